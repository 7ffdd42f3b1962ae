package tierpy.modules;

import java.io.IOException;
import java.util.Map;

import tierpy.objects.Descriptors.BuiltinFunction;
import tierpy.objects.Exceptions;
import tierpy.objects.Py;
import tierpy.objects.PyObject;
import tierpy.objects.PyType;

/** Mirrors Modules/_io/textio.c as far as sys.stdout and sys.stderr need: write, flush and a few attributes. */
public final class PyTextStream extends PyObject {
    static final PyType TYPE = PyType.newHeapType(Py.TYPE, "TextIOWrapper", new PyType[] {Py.OBJECT},
            Map.of("__module__", "_io", "__qualname__", "TextIOWrapper"), null, null);

    static {
        TYPE.acceptableBase = false;
        TYPE.getattro = PyTextStream::getattr;
        TYPE.repr = o -> "<_io.TextIOWrapper name='<" + ((PyTextStream) o).name + ">' mode='w' encoding='utf-8'>";
    }

    final String name;
    private final Appendable sink;

    public PyTextStream(String name, Appendable sink) {
        super(TYPE);
        this.name = name;
        this.sink = sink;
    }

    public void write(String s) {
        try {
            sink.append(s);
        } catch (IOException e) {
            throw Exceptions.raise(Exceptions.OSError, e.getMessage());
        }
    }

    public void flush() {
        if (sink instanceof java.io.Flushable f) {
            try {
                f.flush();
            } catch (IOException e) {
                throw Exceptions.raise(Exceptions.OSError, e.getMessage());
            }
        }
    }

    private static Object getattr(Object o, String attr) {
        PyTextStream s = (PyTextStream) o;
        return switch (attr) {
            case "write" -> new BuiltinFunction("write", (self, a, off, n, kw) -> {
                if (n != 1) throw Exceptions.typeError("write() takes exactly one argument (" + n + " given)");
                if (!(a[off] instanceof String str)) {
                    throw Exceptions.typeError("write() argument must be str, not " + Py.type(a[off]).name);
                }
                s.write(str);
                return (long) str.codePointCount(0, str.length());
            });
            case "flush" -> new BuiltinFunction("flush", (self, a, off, n, kw) -> {
                s.flush();
                return Py.None;
            });
            case "name" -> "<" + s.name + ">";
            case "encoding" -> "utf-8";
            case "closed" -> false;
            case "isatty" -> new BuiltinFunction("isatty", (self, a, off, n, kw) -> false);
            default -> throw Exceptions.attributeError("'_io.TextIOWrapper' object has no attribute '" + attr + "'", attr, o);
        };
    }
}
