package tierpy.ast;

import tierpy.objects.Abstract;
import tierpy.objects.Py;
import tierpy.objects.PyBytes;
import tierpy.objects.PyComplex;
import tierpy.objects.Strs;

/**
 * The repr of an {@code ast.Constant} value, as ast.dump and ast.unparse print it (PyObject_Repr):
 * the object model's reprs, reached by mapping the AST's own constant values (byte[],
 * {@link Imaginary}, {@link ConstantSingleton}) onto objects.
 */
public final class PyRepr {
    private PyRepr() {}

    /** The Python repr of an AST field value. */
    public static String repr(Object value) {
        return Abstract.repr(switch (value) {
            case null -> Py.None;
            case ConstantSingleton s -> s == ConstantSingleton.None ? Py.None : Py.Ellipsis;
            case Integer i -> (long) i; // node fields such as lineno
            case byte[] bytes -> PyBytes.bytes(bytes);
            case Imaginary c -> new PyComplex(0.0, c.imag());
            default -> value;
        });
    }

    /** repr(str), for tierpy.modules' messages. */
    public static String str(String s) {
        return Strs.repr(s);
    }
}
