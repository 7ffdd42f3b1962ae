package tierpy.vm;

import java.math.BigInteger;
import java.util.List;

import tierpy.ast.ConstantSingleton;
import tierpy.code.CodeObject;
import tierpy.code.Const;
import tierpy.objects.Abstract;
import tierpy.objects.PyBytes;
import tierpy.objects.Py;
import tierpy.objects.PyComplex;
import tierpy.objects.PySlice;
import tierpy.objects.PyTuple;
import tierpy.objects.PyType;

/** Turns the compiler's constant representations (tierpy.code.Const) into runtime Python values. */
final class Constants {
    private Constants() {}

    static Object toRuntime(Object c) {
        return switch (c) {
            case ConstantSingleton s -> switch (s) {
                case None -> Py.None;
                case Ellipsis -> Py.Ellipsis;
                default -> throw new IllegalArgumentException("constant " + s);
            };
            case Long l -> l;
            case BigInteger b -> Py.of(b);
            case Const.Tuple t -> PyTuple.of(all(t.items()));
            case Const.FrozenSet fs -> Abstract.call(Py.FROZENSET, PyTuple.of(all(fs.items())));
            case Const.Complex z -> new PyComplex(z.real(), z.imag());
            case Const.Slice s -> new PySlice(toRuntime(s.start()), toRuntime(s.stop()), toRuntime(s.step()));
            case CodeObject co -> new PyCode(co);
            case Const.Bytes b -> PyBytes.bytes(b.data().clone());
            default -> c;
        };
    }

    /**
     * The compiler's form of a runtime constant, for a code object given new co_consts
     * (code.replace): what dis and code comparison read. Values with no constant form of their own
     * stay as they are (Const.repr shows them by their repr).
     */
    static Object toCompiled(Object v) {
        if (v == Py.None) return Const.NONE;
        if (v == Py.Ellipsis) return Const.ELLIPSIS;
        PyType type = Py.type(v);
        return switch (v) {
            case PyTuple t when type == Py.TUPLE -> new Const.Tuple(compiled(t));
            case PyCode c -> c.co;
            case PyBytes b when type == Py.BYTES -> new Const.Bytes(b.toArray());
            case PyComplex z when type == Py.COMPLEX -> new Const.Complex(z.real, z.imag);
            case PySlice s -> new Const.Slice(toCompiled(s.start), toCompiled(s.stop), toCompiled(s.step));
            default -> type == Py.FROZENSET ? new Const.FrozenSet(compiled(PyTuple.fromIterable(v))) : v;
        };
    }

    private static List<Object> compiled(PyTuple t) {
        List<Object> out = new java.util.ArrayList<>(t.size());
        for (int i = 0; i < t.size(); i++) out.add(toCompiled(t.get(i)));
        return out;
    }

    private static Object[] all(List<Object> items) {
        Object[] out = new Object[items.size()];
        for (int i = 0; i < out.length; i++) out[i] = toRuntime(items.get(i));
        return out;
    }
}
