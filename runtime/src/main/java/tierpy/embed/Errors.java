package tierpy.embed;

import java.util.List;

import tierpy.objects.Abstract;
import tierpy.objects.Py;
import tierpy.objects.PyBaseException;
import tierpy.objects.PyException;
import tierpy.parse.PySyntaxError;
import tierpy.vm.Tracebacks;

/**
 * Mirrors ipykernel's error reply (ipykernel/ipkernel.py: do_execute with IPython's
 * InteractiveShell.showtraceback): ename, evalue and the traceback lines, here CPython 3.14's plain
 * traceback format from the VM's formatter.
 */
final class Errors {
    private Errors() {}

    static PythonError of(PyException e) {
        PyBaseException exc = e.value;
        String evalue;
        try {
            evalue = Abstract.str(exc);
        } catch (PyException failed) {
            evalue = "<exception str() failed>";
        }
        return new PythonError(Py.type(exc).name, evalue, lines(Tracebacks.format(exc)));
    }

    /** A SyntaxError from the parser or compiler: the located source line with its carets. */
    static PythonError of(PySyntaxError e) {
        String evalue = e.msg() + (e.lineno() > 0 ? " (" + e.filename() + ", line " + e.lineno() + ")" : "");
        return new PythonError(e.type(), evalue, lines(Tracebacks.formatSyntaxError(e)));
    }

    private static List<String> lines(String text) {
        return List.of(text.stripTrailing().split("\n", -1));
    }
}
