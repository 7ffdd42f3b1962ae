package tierpy.code;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import tierpy.ast.ConstantSingleton;
import tierpy.ast.Imaginary;
import tierpy.objects.Abstract;
import tierpy.objects.Py;
import tierpy.objects.FloatFormat;
import tierpy.objects.PyBytes;
import tierpy.objects.PyComplex;
import tierpy.objects.PySlice;
import tierpy.objects.PyTuple;
import tierpy.objects.Strs;

/**
 * Mirrors Objects/codeobject.c: _PyCode_ConstantKey, and the repr of every constant type a code
 * object can hold (the scalars' reprs are the object model's). This is the one place that knows how compile-time constants are represented:
 * Boolean, Long/BigInteger, Double, {@link Complex}, String, {@link Bytes}, {@link ConstantSingleton}
 * (None, Ellipsis), {@link Tuple}, {@link FrozenSet} and nested {@link CodeObject}s. Moving to the
 * runtime object model later means changing this class only.
 */
public final class Const {
    private Const() {}

    public static final Object NONE = ConstantSingleton.None;
    public static final Object ELLIPSIS = ConstantSingleton.Ellipsis;

    public record Tuple(List<Object> items) {
        public Tuple {
            items = List.copyOf(items);
        }
    }

    /** A frozenset constant; items keep CPython's iteration order as given by the builder. */
    public record FrozenSet(List<Object> items) {
        public FrozenSet {
            items = List.copyOf(items);
        }
    }

    public record Complex(double real, double imag) {}

    /** A slice constant (codegen folds constant slices such as x[1:3]); null parts are None. */
    public record Slice(Object start, Object stop, Object step) {}

    /** An immutable bytes value with value equality. */
    public record Bytes(byte[] data) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Bytes b && Arrays.equals(data, b.data);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(data);
        }
    }

    /** Converts an ast.Constant value to its code-object representation. */
    public static Object fromAst(Object value) {
        return switch (value) {
            case byte[] b -> new Bytes(b.clone());
            case Imaginary im -> new Complex(0.0, im.imag());
            case BigInteger big when big.bitLength() < 64 -> big.longValue();
            case Integer i -> (long) i;
            default -> value;
        };
    }

    /** The object-model value of a constant, for evaluating it (constant folding). */
    public static Object toObject(Object value) {
        return switch (value) {
            case ConstantSingleton s -> s == ConstantSingleton.None ? Py.None : Py.Ellipsis;
            case Complex c -> new PyComplex(c.real(), c.imag());
            case Bytes b -> PyBytes.bytes(b.data().clone());
            case Tuple t -> PyTuple.of(t.items().stream().map(Const::toObject).toArray());
            case Slice sl -> new PySlice(toObject(sl.start()), toObject(sl.stop()), toObject(sl.step()));
            default -> value;
        };
    }

    /** The constant for an object-model value, or null where a code object cannot hold it. */
    public static Object fromObject(Object value) {
        return switch (value) {
            case null -> null;
            case Boolean b -> b;
            case Long l -> l;
            case BigInteger big -> big.bitLength() < 64 ? (Object) big.longValue() : big;
            case Double d -> d;
            case String s -> s;
            case PyComplex c -> new Complex(c.real, c.imag);
            case PyBytes b when b.type == Py.BYTES -> new Bytes(b.toArray());
            case PyTuple t -> {
                List<Object> items = new ArrayList<>(t.size());
                for (int i = 0; i < t.size(); i++) {
                    Object item = fromObject(t.get(i));
                    if (item == null) yield null;
                    items.add(item);
                }
                yield new Tuple(items);
            }
            default -> value == Py.None ? NONE : value == Py.Ellipsis ? ELLIPSIS : null;
        };
    }

    /**
     * The key under which equal constants are merged (_PyCode_ConstantKey): it keeps apart values
     * Python calls equal but a code object must not merge (1, 1.0, True, 0.0 and -0.0).
     */
    public static Object key(Object value) {
        return switch (value) {
            case Double d -> List.of(Double.class, Double.doubleToLongBits(d));
            case Complex c -> List.of(Complex.class, Double.doubleToLongBits(c.real()), Double.doubleToLongBits(c.imag()));
            case Tuple t -> List.of(Tuple.class, keys(t.items()));
            case FrozenSet f -> List.of(FrozenSet.class, new java.util.HashSet<>(keys(f.items())));
            case CodeObject code -> code.constantKey();
            case Slice sl -> List.of(Slice.class, key(sl.start()), key(sl.stop()), key(sl.step()));
            case Long l -> List.of(BigInteger.class, BigInteger.valueOf(l));
            case null -> throw new IllegalArgumentException("null constant");
            default -> List.of(value.getClass(), value);
        };
    }

    static List<Object> keys(List<Object> items) {
        List<Object> keys = new ArrayList<>(items.size());
        for (Object item : items) keys.add(key(item));
        return keys;
    }

    /** Python's truth value of a constant. */
    public static boolean isTrue(Object value) {
        return switch (value) {
            case Boolean b -> b;
            case Long l -> l != 0;
            case BigInteger big -> big.signum() != 0;
            case Double d -> d != 0.0;
            case Complex c -> c.real() != 0.0 || c.imag() != 0.0;
            case String s -> !s.isEmpty();
            case Bytes b -> b.data().length > 0;
            case Tuple t -> !t.items().isEmpty();
            case FrozenSet f -> !f.items().isEmpty();
            case ConstantSingleton s -> s == ConstantSingleton.Ellipsis;
            default -> true;
        };
    }

    /** repr() of a constant, as CPython prints it. */
    public static String repr(Object value) {
        return switch (value) {
            case ConstantSingleton s -> s.name();
            case Boolean b -> b ? "True" : "False";
            case Long l -> Long.toString(l);
            case BigInteger big -> big.toString();
            case Double d -> FloatFormat.repr(d);
            case Complex c -> Abstract.repr(new PyComplex(c.real(), c.imag()));
            case String s -> Strs.repr(s);
            case Bytes b -> Abstract.repr(PyBytes.bytes(b.data()));
            case Tuple t -> tupleRepr(t.items());
            case FrozenSet f -> f.items().isEmpty() ? "frozenset()" : "frozenset({" + joined(f.items()) + "})";
            case CodeObject code -> code.toString();
            case Slice sl -> "slice(" + repr(sl.start()) + ", " + repr(sl.stop()) + ", " + repr(sl.step()) + ")";
            default -> String.valueOf(value);
        };
    }

    private static String tupleRepr(List<Object> items) {
        if (items.size() == 1) return "(" + repr(items.get(0)) + ",)";
        return "(" + joined(items) + ")";
    }

    private static String joined(List<Object> items) {
        StringBuilder sb = new StringBuilder();
        for (Object item : items) {
            if (!sb.isEmpty()) sb.append(", ");
            sb.append(repr(item));
        }
        return sb.toString();
    }
}
