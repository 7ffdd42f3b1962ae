package tierpy.objects;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * Mirrors Objects/floatobject.c: float arithmetic with Python's floor division and modulo
 * (float_floor_div, float_rem), float_pow's special cases, exact int/float comparison
 * (float_richcompare), _Py_HashDouble, float.hex/fromhex, as_integer_ratio, round (double_round
 * with a correctly rounded decimal) and float(str) (PyOS_string_to_double's accepted syntax).
 */
public final class Floats {
    private Floats() {}

    /** The float value of o (float or float subclass instance), else null. */
    public static Double value(Object o) {
        if (o instanceof Double d) return d;
        if (o instanceof PyInstance i && i.payload instanceof Double d) return d;
        return null;
    }

    /** CONVERT_TO_DOUBLE: float or int operand as double, or null (NotImplemented). */
    static Double operand(Object o) {
        Double d = value(o);
        if (d != null) return d;
        Object i = Ints.value(o);
        return i == null ? null : Ints.toDouble(i);
    }

    static boolean compare(double a, double b, CmpOp op) {
        return switch (op) {
            case LT -> a < b; case LE -> a <= b; case EQ -> a == b; case NE -> a != b;
            case GT -> a > b; case GE -> a >= b;
        };
    }

    /** float_richcompare against an int: exact, never through a rounded conversion. */
    static boolean compareWithInt(double d, Object i, CmpOp op) {
        if (Double.isNaN(d)) return op == CmpOp.NE;
        if (Double.isInfinite(d)) return op.test(d > 0 ? 1 : -1);
        if (i instanceof Long l && Math.abs(l) <= (1L << 53)) return compare(d, (double) l, op);
        return op.test(new BigDecimal(d).compareTo(new BigDecimal(Ints.big(i))));
    }

    public static Object floordiv(double vx, double wx) {
        if (wx == 0.0) throw Exceptions.zeroDivision("division by zero");
        return divmod(vx, wx)[0];
    }

    public static double mod(double vx, double wx) {
        if (wx == 0.0) throw Exceptions.zeroDivision("division by zero");
        double mod = vx % wx;
        if (mod != 0.0) {
            if ((wx < 0) != (mod < 0)) mod += wx;
        } else {
            mod = Math.copySign(0.0, wx);
        }
        return mod;
    }

    /** float_divmod: returns {floordiv, mod}. */
    static double[] divmod(double vx, double wx) {
        if (wx == 0.0) throw Exceptions.zeroDivision("division by zero");
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0.0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        double floordiv;
        if (div != 0.0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) floordiv += 1.0;
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return new double[] {floordiv, mod};
    }

    /** Mirrors Objects/floatobject.c: float_pow (C99 pow special cases, Python's errors). */
    public static Object pow(double iv, double iw) {
        if (iw == 0) return 1.0;
        if (Double.isNaN(iv)) return iv == 1.0 ? 1.0 : iv;
        if (Double.isNaN(iw)) return iv == 1.0 ? 1.0 : iw;
        if (Double.isInfinite(iw)) {
            double a = Math.abs(iv);
            if (a == 1.0) return 1.0;
            return (a > 1.0) == (iw > 0) ? Double.POSITIVE_INFINITY : 0.0;
        }
        if (Double.isInfinite(iv)) {
            boolean oddInt = isOddInteger(iw);
            if (iw > 0) return oddInt ? iv : Math.abs(iv);
            return oddInt ? Math.copySign(0.0, iv) : 0.0;
        }
        if (iv == 0.0) {
            if (iw < 0) throw Exceptions.zeroDivision("zero to a negative power");
            return isOddInteger(iw) ? iv : 0.0;
        }
        if (iv < 0.0 && iw != Math.floor(iw)) {
            return PyComplex.pow(new PyComplex(iv, 0), new PyComplex(iw, 0));
        }
        if (iv == 1.0) return 1.0;
        double r = Math.pow(iv, iw);
        if (Double.isInfinite(r)) throw Exceptions.raise(Exceptions.OverflowError, 34L, "Numerical result out of range");
        return r;
    }

    private static boolean isOddInteger(double w) {
        return w == Math.floor(w) && Math.abs(w) < 9007199254740992.0 && ((long) w & 1) == 1;
    }

    /** _Py_HashDouble: consistent with int hashes for integral values; NaN hashes by identity. */
    public static long hash(double v, Object identity) {
        if (Double.isNaN(v)) return System.identityHashCode(identity);
        if (Double.isInfinite(v)) return v > 0 ? 314159 : -314159;
        if (v == 0) return 0;
        long bits = Double.doubleToRawLongBits(v);
        int exp = (int) ((bits >> 52) & 0x7ff);
        long mant = bits & ((1L << 52) - 1);
        if (exp == 0) exp = 1;
        else mant |= 1L << 52;
        exp -= 1075;
        long x = mant % Ints.MODULUS;
        int e = exp >= 0 ? exp % 61 : 60 - ((-1 - exp) % 61);
        x = ((x << e) & Ints.MODULUS) | (x >>> (61 - e));
        if (x >= Ints.MODULUS) x -= Ints.MODULUS;
        if (v < 0) x = -x;
        return x == -1 ? -2 : x;
    }

    /** float -> int by truncation (float___trunc___impl / PyLong_FromDouble). */
    public static Object toInt(double d) {
        if (Double.isNaN(d)) throw Exceptions.valueError("cannot convert float NaN to integer");
        if (Double.isInfinite(d)) throw Exceptions.overflowError("cannot convert float infinity to integer");
        if (Math.abs(d) < 9.2e18) return (long) d;
        return Py.of(new BigDecimal(d).toBigInteger());
    }

    /** round(x): round half to even, to an int. */
    static Object roundToInt(double d) {
        return toInt(Math.rint(d));
    }

    /** Mirrors Objects/floatobject.c: double_round (correctly rounded via the exact decimal). */
    static double round(double x, long ndigits) {
        if (Double.isNaN(x) || Double.isInfinite(x) || x == 0.0) return x;
        if (ndigits > 323) return x;
        if (ndigits < -308) return Math.copySign(0.0, x);
        double r = new BigDecimal(x).setScale((int) ndigits, RoundingMode.HALF_EVEN).doubleValue();
        if (Double.isInfinite(r)) throw Exceptions.overflowError("rounded value too large to represent");
        return r == 0.0 ? Math.copySign(0.0, x) : r;
    }

    static PyTuple asIntegerRatio(double d) {
        if (Double.isInfinite(d)) throw Exceptions.overflowError("cannot convert Infinity to integer ratio");
        if (Double.isNaN(d)) throw Exceptions.valueError("cannot convert NaN to integer ratio");
        if (d == 0) return PyTuple.of(0L, 1L);
        BigDecimal exact = new BigDecimal(d);
        BigInteger num = exact.unscaledValue();
        BigInteger den = BigInteger.ONE;
        if (exact.scale() > 0) den = BigInteger.TEN.pow(exact.scale());
        else num = num.multiply(BigInteger.TEN.pow(-exact.scale()));
        BigInteger g = num.gcd(den);
        return PyTuple.of(Py.of(num.divide(g)), Py.of(den.divide(g)));
    }

    /** float.hex(): "0x1.8000000000000p+0". */
    static String hex(double d) {
        if (Double.isNaN(d)) return "nan";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        String sign = (Double.doubleToRawLongBits(d) < 0) ? "-" : "";
        if (d == 0) return sign + "0x0.0p+0";
        long bits = Double.doubleToRawLongBits(d);
        int exp = (int) ((bits >> 52) & 0x7ff);
        long mant = bits & ((1L << 52) - 1);
        String digits = String.format("%013x", mant);
        if (exp == 0) return sign + "0x0." + digits + "p-1022";
        int e = exp - 1023;
        return sign + "0x1." + digits + "p" + (e >= 0 ? "+" : "") + e;
    }

    private static final Pattern HEX = Pattern.compile(
            "([+-]?)(?:0[xX])?([0-9a-fA-F]*)(?:\\.([0-9a-fA-F]*))?(?:[pP]([+-]?[0-9]+))?");

    /** float.fromhex(s). */
    static double fromHex(String s) {
        String t = s.strip();
        String lower = t.toLowerCase();
        String body = lower.startsWith("+") || lower.startsWith("-") ? lower.substring(1) : lower;
        if (body.equals("inf") || body.equals("infinity") || body.equals("nan")) {
            double v = body.equals("nan") ? Double.NaN : Double.POSITIVE_INFINITY;
            return lower.startsWith("-") ? -v : v;
        }
        var m = HEX.matcher(t);
        String intPart, frac;
        if (!m.matches() || ((intPart = m.group(2)).isEmpty() && ((frac = m.group(3)) == null || frac.isEmpty()))) {
            throw Exceptions.valueError("invalid hexadecimal floating-point string");
        }
        frac = m.group(3) == null ? "" : m.group(3);
        String exp = m.group(4) == null ? "0" : m.group(4);
        BigInteger mant = new BigInteger((intPart + frac).isEmpty() ? "0" : intPart + frac, 16);
        long e = Long.parseLong(exp.length() > 12 ? (exp.startsWith("-") ? "-999999999" : "999999999") : exp)
                - 4L * frac.length();
        double r = scaleExact(mant, e);
        if (Double.isInfinite(r)) throw Exceptions.overflowError("hexadecimal value too large to represent as a float");
        return m.group(1).equals("-") ? -r : r;
    }

    /** mant * 2**e correctly rounded to a double. */
    private static double scaleExact(BigInteger mant, long e) {
        if (mant.signum() == 0) return 0.0;
        if (e > 2000) return Double.POSITIVE_INFINITY;
        if (e < -2000 - mant.bitLength()) return 0.0;
        BigDecimal v = new BigDecimal(mant);
        v = e >= 0 ? v.multiply(new BigDecimal(BigInteger.TWO.pow((int) e)))
                : v.divide(new BigDecimal(BigInteger.TWO.pow((int) -e)));
        return v.doubleValue();
    }

    private static final String DIGITS = "\\d(?:_?\\d)*";
    private static final Pattern DECIMAL = Pattern.compile(
            "[+-]?(?:" + DIGITS + "(?:\\.(?:" + DIGITS + ")?)?|\\." + DIGITS + ")(?:[eE][+-]?" + DIGITS + ")?");

    /** float(str): Python's float literal syntax plus inf/infinity/nan, surrounding whitespace. */
    public static double parse(String original) {
        return parse(Ints.asciiDigits(original).strip(), original);
    }

    /** float(bytes-like): the same syntax in ASCII between ASCII whitespace; errors show the object's repr. */
    static double parse(Object original, PyBytes b) {
        String text = b.latin1();
        int start = 0, end = text.length();
        while (start < end && PyBytes.isSpace(text.charAt(start))) start++;
        while (end > start && PyBytes.isSpace(text.charAt(end - 1))) end--;
        String s = text.substring(start, end);
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) throw notAFloat(original);
        }
        return parse(s, original);
    }

    private static PyException notAFloat(Object original) {
        return Exceptions.valueError("could not convert string to float: " + Abstract.repr(original));
    }

    private static double parse(String s, Object original) {
        String lower = s.toLowerCase();
        String body = lower.startsWith("+") || lower.startsWith("-") ? lower.substring(1) : lower;
        double r;
        if (body.equals("inf") || body.equals("infinity")) {
            r = Double.POSITIVE_INFINITY;
        } else if (body.equals("nan")) {
            r = Double.NaN;
        } else if (DECIMAL.matcher(s).matches()) {
            return Double.parseDouble(s.replace("_", ""));
        } else {
            throw notAFloat(original);
        }
        return lower.startsWith("-") ? -r : r;
    }

    /** PyNumber_Float: float(x) for one argument. */
    public static double toFloat(Object x) {
        if (x instanceof Double d) return d;
        if (x instanceof String s) return parse(s);
        Object i = Ints.value(x);
        if (i != null && !(x instanceof PyInstance)) return Ints.toDouble(i);
        PyType t = Py.type(x);
        if (t.asFloat != null) {
            Object r = t.asFloat.apply(x);
            Double d = value(r);
            if (d == null) {
                throw Exceptions.typeError(t.name + ".__float__ returned non-float (type " + Py.type(r).name + ")");
            }
            if (!(r instanceof Double)) Abstract.warnStrictSubclass(t.name + ".__float__ returned non-float", r, "float");
            return d;
        }
        if (t.index != null) return Ints.toDouble(Abstract.index(x));
        if (x instanceof PyInstance inst && inst.payload instanceof String s) return parse(s);
        PyBytes bytes = PyBytes.value(x);
        if (bytes != null) return parse(x, bytes);
        throw Exceptions.typeError("float() argument must be a string or a real number, not '" + t.name + "'");
    }

    // ---------------------------------------------------------------- the float type

    /** The operators float implements: its nb slots, and the exact-operand fast path of Abstract.binaryOp. */
    private static final BinOp[] OPS = {BinOp.ADD, BinOp.SUBTRACT, BinOp.MULTIPLY, BinOp.TRUE_DIVIDE,
            BinOp.FLOOR_DIVIDE, BinOp.REMAINDER, BinOp.DIVMOD, BinOp.POWER};

    /** float's binary operator on converted operands; null for an operator float does not implement. */
    static Object binary(BinOp op, double a, double b) {
        return switch (op) {
            case ADD -> a + b;
            case SUBTRACT -> a - b;
            case MULTIPLY -> a * b;
            case TRUE_DIVIDE -> {
                if (b == 0.0) throw Exceptions.zeroDivision("division by zero");
                yield a / b;
            }
            case FLOOR_DIVIDE -> floordiv(a, b);
            case REMAINDER -> mod(a, b);
            case DIVMOD -> {
                double[] qr = divmod(a, b);
                yield PyTuple.of(qr[0], qr[1]);
            }
            case POWER -> pow(a, b);
            default -> null;
        };
    }

    private static Slots.Binary slot(BinOp op) {
        return (v, w) -> {
            Double a = operand(v);
            if (a == null) return Py.NotImplemented;
            Double b = operand(w);
            if (b == null) return Py.NotImplemented;
            return binary(op, a, b);
        };
    }

    static void install() {
        PyType t = Py.FLOAT;
        for (BinOp op : OPS) t.nb[op.ordinal()] = slot(op);
        t.neg = v -> -value(v);
        t.pos = v -> value(v);
        t.abs = v -> Math.abs(value(v));
        t.bool = v -> value(v) != 0.0;
        t.asInt = v -> toInt(value(v));
        t.asFloat = v -> value(v);
        t.hash = v -> hash(value(v), v);
        t.repr = v -> FloatFormat.repr(value(v));
        t.richcompare = (v, w, op) -> {
            double a = value(v);
            Double b = value(w);
            if (b != null) return Py.bool(compare(a, b, op));
            Object i = Ints.value(w);
            if (i == null) return Py.NotImplemented;
            return Py.bool(compareWithInt(a, i, op));
        };
        t.tpNew = (type, a, off, n, kw) -> {
            Args.noKeywords("float", kw);
            Args.check("float", n, null, 0, 1);
            double d = n == 0 ? 0.0 : toFloat(a[off]);
            if (type == Py.FLOAT) return d;
            PyInstance inst = new PyInstance(type);
            inst.payload = d;
            return inst;
        };
        Def.method0(t, "is_integer", self -> {
            double d = value(self);
            return Py.bool(!Double.isInfinite(d) && d == Math.floor(d));
        });
        Def.method0(t, "as_integer_ratio", self -> asIntegerRatio(value(self)));
        Def.method0(t, "hex", self -> hex(value(self)));
        Def.method0(t, "conjugate", self -> value(self));
        Def.method0(t, "__trunc__", self -> toInt(value(self)));
        Def.method0(t, "__floor__", self -> toInt(Math.floor(value(self))));
        Def.method0(t, "__ceil__", self -> toInt(Math.ceil(value(self))));
        Def.method0(t, "__getnewargs__", self -> PyTuple.of(value(self)));
        Def.methodV(t, "__round__", (self, a, off, n, kw) -> {
            Args.check("__round__", n, kw, 0, 1);
            if (n == 0 || a[off] == Py.None) return roundToInt(value(self));
            return round(value(self), Abstract.asSsize(a[off], false));
        });
        Def.method1(t, "__format__", (self, spec) -> Format.builtin(self, spec, (v, sp) -> Format.formatFloat(value(v), sp)));
        Def.classMethod1(t, "fromhex", (cls, arg) -> {
            double d = fromHex(Args.str("fromhex", arg));
            return cls == Py.FLOAT ? (Object) d : Abstract.call(cls, d);
        });
        // 3.14: a number only, never a string (PyFloat_AsDouble)
        Def.classMethod1(t, "from_number", (cls, number) -> {
            PyType nt = Py.type(number);
            if (value(number) == null && nt.asFloat == null && nt.index == null) {
                throw Exceptions.typeError("must be real number, not " + nt.name);
            }
            double d = toFloat(number);
            return cls == Py.FLOAT ? (Object) d : Abstract.call(cls, d);
        });
        Def.classMethod1(t, "__getformat__", (cls, arg) -> {
            String typestr = Args.str("__getformat__", arg);
            if (!typestr.equals("double") && !typestr.equals("float")) {
                throw Exceptions.valueError("__getformat__() argument 1 must be 'double' or 'float'");
            }
            return "IEEE, little-endian";
        });
        Def.getter(t, "real", Floats::value);
        Def.getter(t, "imag", self -> 0.0);
    }
}
