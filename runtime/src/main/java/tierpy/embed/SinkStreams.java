package tierpy.embed;

import java.util.Map;

import tierpy.objects.Abstract;
import tierpy.objects.Descriptors.BuiltinFunction;
import tierpy.objects.Exceptions;
import tierpy.objects.Py;
import tierpy.objects.PyType;
import tierpy.vm.PyModule;

/**
 * Mirrors ipykernel/iostream.py (OutStream) and ipykernel/kernelbase.py (raw_input, getpass): the
 * interpreter's stdout, stderr and stdin go to the {@link OutputSink} of the running cell.
 */
final class SinkStreams {
    /** IPython.core.error.StdinNotImplementedError: input() from a frontend that takes no input (made on first use). */
    private static final class StdinNotImplemented {
        static final PyType TYPE = PyType.newHeapType(Py.TYPE, "StdinNotImplementedError",
                new PyType[] {Exceptions.NotImplementedError},
                Map.of("__module__", "IPython.core.error", "__qualname__", "StdinNotImplementedError"), null, null);
    }

    private volatile OutputSink sink;

    void attach(OutputSink s) {
        sink = s;
    }

    void detach() {
        sink = null;
    }

    /** The sink of the running cell, or null between cells. */
    OutputSink current() {
        return sink;
    }

    Appendable stdout() {
        return new Forward(false);
    }

    Appendable stderr() {
        return new Forward(true);
    }

    /** Text written between cells (by no one in practice) is dropped, as ipykernel drops it without a parent. */
    private final class Forward implements Appendable {
        private final boolean error;

        Forward(boolean error) {
            this.error = error;
        }

        @Override
        public Appendable append(CharSequence text) {
            OutputSink s = sink;
            if (s != null && !text.isEmpty()) {
                if (error) s.stderr(text.toString());
                else s.stdout(text.toString());
            }
            return this;
        }

        @Override
        public Appendable append(CharSequence text, int start, int end) {
            return append(text.subSequence(start, end));
        }

        @Override
        public Appendable append(char c) {
            return append(String.valueOf(c));
        }
    }

    /** input()/getpass(): one line from the frontend's input_request. */
    String input(String prompt, boolean password) {
        OutputSink s = sink;
        if (s == null) throw Exceptions.raise(Exceptions.EOFError, "EOF when reading a line");
        try {
            return s.input(prompt, password);
        } catch (InputException e) {
            throw switch (e.reason()) {
                case NOT_ALLOWED -> Exceptions.raise(StdinNotImplemented.TYPE, e.getMessage());
                case INTERRUPTED -> Exceptions.raise(Exceptions.KeyboardInterrupt);
            };
        }
    }

    /** The {@code getpass} module: getpass(prompt='Password: ', stream=None) and getuser(). */
    PyModule getpassModule() {
        PyModule m = new PyModule("getpass");
        m.dict.setItem("getpass", new BuiltinFunction("getpass", (self, a, off, n, kw) -> {
            if (n > 2) throw Exceptions.typeError("getpass() takes from 0 to 2 positional arguments but " + n + " were given");
            String prompt = n > 0 ? Abstract.str(a[off]) : "Password: ";
            return input(prompt, true);
        }));
        m.dict.setItem("getuser", new BuiltinFunction("getuser", (self, a, off, n, kw) -> System.getProperty("user.name")));
        return m;
    }
}
