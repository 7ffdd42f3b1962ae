package tierpy.code;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import tierpy.ast.ConstantSingleton;
import tierpy.ast.Imaginary;

/**
 * Mirrors Objects/codeobject.c: _PyCode_ConstantKey, and the repr of every constant type a code
 * object can hold. This is the one place that knows how compile-time constants are represented:
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
            case Double d -> floatRepr(d);
            case Complex c -> complexRepr(c);
            case String s -> strRepr(s);
            case Bytes b -> bytesRepr(b.data());
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

    /** float.__repr__: shortest round-trip digits, fixed notation for exponents in [-4, 16). */
    public static String floatRepr(double d) {
        if (Double.isNaN(d)) return "nan";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        if (d == 0.0) return (1 / d < 0) ? "-0.0" : "0.0";
        String sign = d < 0 ? "-" : "";
        BigDecimal shortest = shortestDigits(Math.abs(d));
        String digits = shortest.unscaledValue().toString();
        int decpt = digits.length() - shortest.scale();
        StringBuilder sb = new StringBuilder(sign);
        if (decpt > -4 && decpt <= 16) {
            if (decpt <= 0) {
                sb.append("0.").append("0".repeat(-decpt)).append(digits);
            } else if (decpt >= digits.length()) {
                sb.append(digits).append("0".repeat(decpt - digits.length())).append(".0");
            } else {
                sb.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length());
            }
        } else {
            sb.append(digits.charAt(0));
            if (digits.length() > 1) sb.append('.').append(digits, 1, digits.length());
            int exp = decpt - 1;
            sb.append('e').append(exp < 0 ? '-' : '+');
            String e = Integer.toString(Math.abs(exp));
            if (e.length() < 2) sb.append('0');
            sb.append(e);
        }
        return sb.toString();
    }

    /** The fewest significant digits that read back as d, correctly rounded (dtoa mode 0). */
    private static BigDecimal shortestDigits(double d) {
        BigDecimal exact = new BigDecimal(d);
        for (int precision = 1; precision <= 17; precision++) {
            BigDecimal candidate = exact.round(new java.math.MathContext(precision, java.math.RoundingMode.HALF_EVEN));
            if (candidate.doubleValue() == d) return candidate.stripTrailingZeros();
        }
        return exact.round(new java.math.MathContext(17)).stripTrailingZeros();
    }

    private static String complexRepr(Complex c) {
        if (c.real() == 0.0 && 1 / c.real() > 0) return complexPart(c.imag()) + "j";
        String imag = complexPart(c.imag());
        String sep = imag.startsWith("-") ? "" : "+";
        return "(" + complexPart(c.real()) + sep + imag + "j)";
    }

    private static String complexPart(double d) {
        String r = floatRepr(d);
        return r.endsWith(".0") ? r.substring(0, r.length() - 2) : r;
    }

    /** str.__repr__ (Objects/unicodeobject.c: unicode_repr). */
    public static String strRepr(String s) {
        boolean hasSingle = s.indexOf('\'') >= 0;
        char quote = hasSingle && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder().append(quote);
        s.codePoints().forEach(cp -> {
            if (cp == quote || cp == '\\') sb.append('\\').appendCodePoint(cp);
            else if (cp == '\t') sb.append("\\t");
            else if (cp == '\n') sb.append("\\n");
            else if (cp == '\r') sb.append("\\r");
            else if (cp < 0x20 || cp == 0x7f) sb.append(String.format("\\x%02x", cp));
            else if (cp < 0x7f || isPrintable(cp)) sb.appendCodePoint(cp);
            else if (cp < 0x100) sb.append(String.format("\\x%02x", cp));
            else if (cp < 0x10000) sb.append(String.format("\\u%04x", cp));
            else sb.append(String.format("\\U%08x", cp));
        });
        return sb.append(quote).toString();
    }

    /** str.isprintable for one code point: not a control, format, surrogate, private, unassigned or separator (but space). */
    static boolean isPrintable(int cp) {
        if (cp == ' ') return true;
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
                 Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    public static String bytesRepr(byte[] data) {
        boolean hasSingle = false, hasDouble = false;
        for (byte b : data) {
            if (b == '\'') hasSingle = true;
            if (b == '"') hasDouble = true;
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder("b").append(quote);
        for (byte b : data) {
            int c = b & 0xff;
            if (c == quote || c == '\\') sb.append('\\').append((char) c);
            else if (c == '\t') sb.append("\\t");
            else if (c == '\n') sb.append("\\n");
            else if (c == '\r') sb.append("\\r");
            else if (c < 0x20 || c >= 0x7f) sb.append(String.format("\\x%02x", c));
            else sb.append((char) c);
        }
        return sb.append(quote).toString();
    }
}
