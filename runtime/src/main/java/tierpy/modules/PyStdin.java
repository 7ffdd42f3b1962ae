package tierpy.modules;

import java.util.Map;

import tierpy.objects.Abstract;
import tierpy.objects.Descriptors.BuiltinFunction;
import tierpy.objects.Exceptions;
import tierpy.objects.Py;
import tierpy.objects.PyList;
import tierpy.objects.PyObject;
import tierpy.objects.PyType;

/** Mirrors Modules/_io/textio.c as far as sys.stdin needs: line reading from the host's input (the same source as input()). */
final class PyStdin extends PyObject {
    static final PyType TYPE = PyType.newHeapType(Py.TYPE, "TextIOWrapper", new PyType[] {Py.OBJECT},
            Map.of("__module__", "_io", "__qualname__", "TextIOWrapper"), null, null);

    static {
        TYPE.acceptableBase = false;
        TYPE.getattro = PyStdin::getattr;
        TYPE.repr = o -> "<_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'>";
        TYPE.iter = o -> o;
        TYPE.next = o -> {
            String line = ((PyStdin) o).readline(-1);
            return line.isEmpty() ? null : line;
        };
    }

    private boolean closed;

    PyStdin() {
        super(TYPE);
    }

    private String readline(long size) {
        if (closed) throw Exceptions.valueError("I/O operation on closed file.");
        if (size == 0) return "";
        return Input.readLineWithEnd();
    }

    private String readAll() {
        StringBuilder sb = new StringBuilder();
        for (String line; !(line = readline(-1)).isEmpty(); ) sb.append(line);
        return sb.toString();
    }

    private static long sizeArg(String name, Object[] a, int off, int n, String[] kw) {
        Args.noKeywords(name, kw);
        if (n > 1) throw Exceptions.typeError(name + " expected at most 1 argument, got " + n);
        return n == 0 || a[off] == Py.None ? -1 : Abstract.asIndex(a[off]);
    }

    private static Object getattr(Object o, String attr) {
        PyStdin s = (PyStdin) o;
        return switch (attr) {
            case "readline" -> new BuiltinFunction("readline", (self, a, off, n, kw) -> s.readline(sizeArg("readline", a, off, n, kw)));
            case "read" -> new BuiltinFunction("read", (self, a, off, n, kw) -> {
                long size = sizeArg("read", a, off, n, kw);
                if (s.closed) throw Exceptions.valueError("I/O operation on closed file.");
                return size < 0 ? s.readAll() : Input.readChars(size);
            });
            case "readlines" -> new BuiltinFunction("readlines", (self, a, off, n, kw) -> {
                PyList lines = new PyList();
                for (String line; !(line = s.readline(-1)).isEmpty(); ) lines.append(line);
                return lines;
            });
            case "close" -> new BuiltinFunction("close", (self, a, off, n, kw) -> {
                s.closed = true;
                return Py.None;
            });
            case "isatty", "writable", "seekable" -> new BuiltinFunction(attr, (self, a, off, n, kw) -> false);
            case "readable" -> new BuiltinFunction(attr, (self, a, off, n, kw) -> true);
            case "fileno" -> new BuiltinFunction("fileno", (self, a, off, n, kw) -> 0L);
            case "name" -> "<stdin>";
            case "mode" -> "r";
            case "encoding" -> "utf-8";
            case "errors" -> "strict";
            case "closed" -> s.closed;
            case "__class__" -> TYPE;
            default -> throw Exceptions.attributeError("'_io.TextIOWrapper' object has no attribute '" + attr + "'", attr, o);
        };
    }
}
