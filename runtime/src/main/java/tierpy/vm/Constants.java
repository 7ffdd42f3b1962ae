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

    private static Object[] all(List<Object> items) {
        Object[] out = new Object[items.size()];
        for (int i = 0; i < out.length; i++) out[i] = toRuntime(items.get(i));
        return out;
    }
}
