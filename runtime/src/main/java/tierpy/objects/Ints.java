package tierpy.objects;

import java.math.BigInteger;

/**
 * Mirrors Objects/longobject.c (and boolobject.c): Python int as Long with BigInteger
 * overflow, CPython's modular hash, floor division/modulo, correctly rounded true division,
 * shifts, bit operations, int(x, base) parsing (PyLong_FromString) and the 4300-digit
 * int/str conversion limit.
 */
public final class Ints {
    private Ints() {}

    /** _PyHASH_MODULUS = 2**61 - 1. */
    static final long MODULUS = (1L << 61) - 1;
    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(MODULUS);
    /** sys.get_int_max_str_digits() default. */
    public static int maxStrDigits = 4300;

    /** The int value of o (Long or BigInteger) if o is an int (bool and int subclasses too), else null. */
    public static Object value(Object o) {
        if (o instanceof Long || o instanceof BigInteger) return o;
        if (o instanceof Boolean b) return b ? 1L : 0L;
        if (o instanceof PyInstance i && (i.payload instanceof Long || i.payload instanceof BigInteger)) {
            return i.payload;
        }
        return null;
    }

    static BigInteger big(Object i) {
        return i instanceof Long l ? BigInteger.valueOf(l) : (BigInteger) i;
    }

    static int signum(Object i) {
        return i instanceof Long l ? Long.signum(l) : ((BigInteger) i).signum();
    }

    // ---------------------------------------------------------------- arithmetic on Long|BigInteger

    public static Object add(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            long r = x + y;
            if (((x ^ r) & (y ^ r)) >= 0) return r;
        }
        return Py.of(big(a).add(big(b)));
    }

    public static Object sub(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            long r = x - y;
            if (((x ^ y) & (x ^ r)) >= 0) return r;
        }
        return Py.of(big(a).subtract(big(b)));
    }

    public static Object mul(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            long hi = Math.multiplyHigh(x, y), lo = x * y;
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) return lo;
        }
        return Py.of(big(a).multiply(big(b)));
    }

    private static void checkDivisor(Object b) {
        if (signum(b) == 0) throw Exceptions.zeroDivision("division by zero");
    }

    public static Object floordiv(Object a, Object b) {
        checkDivisor(b);
        if (a instanceof Long x && b instanceof Long y && !(x == Long.MIN_VALUE && y == -1)) {
            return Math.floorDiv(x, y);
        }
        return Py.of(bigDivmod(big(a), big(b))[0]);
    }

    public static Object mod(Object a, Object b) {
        checkDivisor(b);
        if (a instanceof Long x && b instanceof Long y) return y == -1 ? 0L : Math.floorMod(x, y);
        return Py.of(bigDivmod(big(a), big(b))[1]);
    }

    public static PyTuple divmod(Object a, Object b) {
        return PyTuple.of(floordiv(a, b), mod(a, b));
    }

    private static BigInteger[] bigDivmod(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) {
            qr[0] = qr[0].subtract(BigInteger.ONE);
            qr[1] = qr[1].add(b);
        }
        return qr;
    }

    /** Mirrors Objects/longobject.c: long_true_divide (correctly rounded). */
    public static double truediv(Object a, Object b) {
        checkDivisor(b);
        if (a instanceof Long x && b instanceof Long y && Math.abs(x) <= (1L << 53) && Math.abs(y) <= (1L << 53)) {
            return (double) x / (double) y;
        }
        BigInteger n = big(a), d = big(b);
        boolean negative = n.signum() * d.signum() < 0;
        n = n.abs();
        d = d.abs();
        if (n.signum() == 0) return negative ? -0.0 : 0.0;
        int shift = n.bitLength() - d.bitLength() - 55;
        BigInteger[] qr = shift >= 0 ? n.divideAndRemainder(d.shiftLeft(shift)) : n.shiftLeft(-shift).divideAndRemainder(d);
        BigInteger q = qr[0];
        if (qr[1].signum() != 0) q = q.shiftLeft(1).setBit(0);
        else q = q.shiftLeft(1);
        double r = Math.scalb(q.doubleValue(), shift - 1);
        if (Double.isInfinite(r)) throw Exceptions.overflowError("integer division result too large for a float");
        return negative ? -r : r;
    }

    /** int ** int: float for negative exponents, as long_pow. */
    public static Object pow(Object a, Object b) {
        if (signum(b) < 0) {
            if (signum(a) == 0) throw Exceptions.zeroDivision("zero to a negative power");
            return Floats.pow(toDouble(a), toDouble(b));
        }
        if (a instanceof Long x && b instanceof Long y) {
            long base = x, result = 1, e = y;
            boolean overflow = false;
            while (e > 0) {
                if ((e & 1) != 0) {
                    long hi = Math.multiplyHigh(result, base), lo = result * base;
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) { overflow = true; break; }
                    result = lo;
                }
                e >>= 1;
                if (e > 0) {
                    long hi = Math.multiplyHigh(base, base), lo = base * base;
                    if (hi != 0 || lo < 0) { overflow = true; break; }
                    base = lo;
                }
            }
            if (!overflow) return result;
        }
        BigInteger base = big(a);
        if (base.abs().equals(BigInteger.ONE) || base.signum() == 0) {
            if (base.signum() == 0) return 0L;
            return base.signum() > 0 || !big(b).testBit(0) ? 1L : -1L;
        }
        if (!(b instanceof Long y) || y > Integer.MAX_VALUE) throw Exceptions.raise(Exceptions.MemoryError);
        return Py.of(base.pow((int) (long) y));
    }

    /** pow(a, b, m) as long_pow with a modulus. */
    public static Object powMod(Object a, Object b, Object m) {
        if (signum(m) == 0) throw Exceptions.valueError("pow() 3rd argument cannot be 0");
        BigInteger mod = big(m), abs = mod.abs();
        BigInteger base = big(a), e = big(b);
        if (e.signum() < 0) {
            try {
                base = base.modInverse(abs);
            } catch (ArithmeticException ex) {
                throw Exceptions.valueError("base is not invertible for the given modulus");
            }
            e = e.negate();
        }
        BigInteger r = abs.equals(BigInteger.ONE) ? BigInteger.ZERO : base.mod(abs).modPow(e, abs);
        if (mod.signum() < 0 && r.signum() != 0) r = r.add(mod);
        return Py.of(r);
    }

    public static Object neg(Object a) {
        if (a instanceof Long x && x != Long.MIN_VALUE) return -x;
        return Py.of(big(a).negate());
    }

    public static Object abs(Object a) {
        return signum(a) < 0 ? neg(a) : a;
    }

    public static Object invert(Object a) {
        if (a instanceof Long x) return ~x;
        return Py.of(big(a).not());
    }

    public static Object lshift(Object a, Object b) {
        if (signum(b) < 0) throw Exceptions.valueError("negative shift count");
        if (signum(a) == 0) return 0L;
        if (!(b instanceof Long s) || s > Integer.MAX_VALUE) throw Exceptions.overflowError("too many digits in integer");
        if (a instanceof Long x && s < 63) {
            long r = x << s;
            if (r >> s == x) return r;
        }
        return Py.of(big(a).shiftLeft((int) (long) s));
    }

    public static Object rshift(Object a, Object b) {
        if (signum(b) < 0) throw Exceptions.valueError("negative shift count");
        if (!(b instanceof Long s) || s > Integer.MAX_VALUE) return signum(a) < 0 ? -1L : 0L;
        if (a instanceof Long x) return x >> Math.min(s, 63);
        return Py.of(big(a).shiftRight((int) (long) s));
    }

    public static Object and(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) return x & y;
        return Py.of(big(a).and(big(b)));
    }

    public static Object or(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) return x | y;
        return Py.of(big(a).or(big(b)));
    }

    public static Object xor(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) return x ^ y;
        return Py.of(big(a).xor(big(b)));
    }

    public static int compare(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) return Long.compare(x, y);
        return big(a).compareTo(big(b));
    }

    /** Mirrors Objects/longobject.c: long_hash (value mod 2**61-1, sign kept, -1 becomes -2). */
    public static long hash(Object i) {
        long h;
        if (i instanceof Long l && l != Long.MIN_VALUE) {
            long v = l;
            h = v < 0 ? -(-v % MODULUS) : v % MODULUS;
        } else {
            BigInteger b = big(i);
            h = b.abs().mod(BIG_MODULUS).longValue();
            if (b.signum() < 0) h = -h;
        }
        return h == -1 ? -2 : h;
    }

    /** int -> float (PyLong_AsDouble: round-half-even, OverflowError when too large). */
    public static double toDouble(Object i) {
        if (i instanceof Long l) return (double) l;
        double d = ((BigInteger) i).doubleValue();
        if (Double.isInfinite(d)) throw Exceptions.overflowError("int too large to convert to float");
        return d;
    }

    // ---------------------------------------------------------------- str <-> int

    /** repr/str of an int, honouring sys.set_int_max_str_digits. */
    public static String toString(Object i) {
        if (i instanceof Long l) return Long.toString(l);
        BigInteger b = (BigInteger) i;
        if (maxStrDigits > 0 && b.bitLength() > 14000 && b.bitLength() * 0.30102999566398 > maxStrDigits + 1) {
            throw strLimit();
        }
        String s = b.toString();
        if (maxStrDigits > 0 && s.length() - (b.signum() < 0 ? 1 : 0) > maxStrDigits) throw strLimit();
        return s;
    }

    private static PyException strLimit() {
        return Exceptions.valueError("Exceeds the limit (" + maxStrDigits
                + " digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
    }

    /**
     * Mirrors Objects/longobject.c: PyLong_FromString as int(s, base) uses it: whitespace,
     * sign, base prefixes, single underscores between digits, Unicode decimal digits.
     */
    public static Object parse(String original, int base) {
        checkBase(base);
        Object r = parseAscii(asciiDigits(original).strip(), base);
        if (r == null) throw invalidLiteral(base, original);
        return r;
    }

    /**
     * _PyLong_FromBytes: int(b'...', base) reads ASCII digits between ASCII whitespace; an error
     * shows the repr of the first 200 bytes.
     */
    static Object parse(PyBytes b, int base) {
        checkBase(base);
        String text = b.latin1();
        int start = 0, end = text.length();
        while (start < end && PyBytes.isSpace(text.charAt(start))) start++;
        while (end > start && PyBytes.isSpace(text.charAt(end - 1))) end--;
        String s = text.substring(start, end);
        Object r = s.chars().allMatch(c -> c < 128) ? parseAscii(s, base) : null;
        if (r == null) throw invalidLiteral(base, PyBytes.bytes(java.util.Arrays.copyOf(b.data, Math.min(b.size, 200))));
        return r;
    }

    private static void checkBase(long base) {
        if ((base != 0 && base < 2) || base > 36) {
            throw Exceptions.valueError("int() base must be >= 2 and <= 36, or 0");
        }
    }

    /** "... with base %d: %.200R": the repr cut to 200 characters. */
    private static PyException invalidLiteral(int base, Object shown) {
        String repr = Abstract.repr(shown);
        if (Strs.length(repr) > 200) repr = Strs.substring(repr, 0, 200);
        return Exceptions.valueError("invalid literal for int() with base " + base + ": " + repr);
    }

    /** _PyUnicode_TransformDecimalAndSpaceToASCII: Unicode digits to ASCII, spaces to ' '. */
    static String asciiDigits(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            int n = Character.charCount(c);
            char mapped;
            if (c < 128) mapped = (char) c;
            else if (Strs.isSpace(c)) mapped = ' ';
            else if (Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) mapped = (char) ('0' + Character.digit(c, 10));
            else mapped = '?';
            if (sb == null && (c >= 128)) sb = new StringBuilder(s.substring(0, i));
            if (sb != null) sb.append(mapped);
            i += n;
        }
        return sb == null ? s : sb.toString();
    }

    private static Object parseAscii(String s, int base) {
        int i = 0, n = s.length();
        boolean negative = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) negative = s.charAt(i++) == '-';
        boolean prefixed = false;
        if (i + 1 < n && s.charAt(i) == '0') {
            char p = Character.toLowerCase(s.charAt(i + 1));
            int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
            if (pb != 0 && (base == 0 || base == pb)) {
                base = pb;
                i += 2;
                prefixed = true;
            }
        }
        boolean base0Decimal = base == 0;
        if (base == 0) base = 10;
        int start = i;
        StringBuilder digits = new StringBuilder(n - i);
        boolean lastUnderscore = prefixed;
        if (i < n && s.charAt(i) == '_' && !prefixed) return null;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c == '_') {
                if (lastUnderscore && !(prefixed && i == start)) return null;
                if (i == start && !prefixed) return null;
                lastUnderscore = true;
                continue;
            }
            int d = Character.digit(c, base);
            if (d < 0 || c > 127) return null;
            digits.append(c);
            lastUnderscore = false;
        }
        if (digits.isEmpty() || (lastUnderscore && i > start)) return null;
        if (base0Decimal && digits.charAt(0) == '0') {
            for (int k = 0; k < digits.length(); k++) if (digits.charAt(k) != '0') return null;
        }
        if (maxStrDigits > 0 && (base & (base - 1)) != 0 && digits.length() > maxStrDigits) {
            throw Exceptions.valueError("Exceeds the limit (" + maxStrDigits
                    + " digits) for integer string conversion: value has " + digits.length()
                    + " digits; use sys.set_int_max_str_digits() to increase the limit");
        }
        String ds = (negative ? "-" : "") + digits;
        if (digits.length() <= 12) return Long.parseLong(ds, base);
        return Py.of(new BigInteger(ds, base));
    }

    // ---------------------------------------------------------------- the int and bool types

    /** The operators int implements: its nb slots, and the exact-operand fast path of Abstract.binaryOp. */
    private static final BinOp[] OPS = {BinOp.ADD, BinOp.SUBTRACT, BinOp.MULTIPLY, BinOp.FLOOR_DIVIDE,
            BinOp.REMAINDER, BinOp.DIVMOD, BinOp.TRUE_DIVIDE, BinOp.POWER, BinOp.LSHIFT, BinOp.RSHIFT,
            BinOp.AND, BinOp.OR, BinOp.XOR};

    /** int's binary operator on int values; null for an operator int does not implement. */
    static Object binary(BinOp op, Object a, Object b) {
        return switch (op) {
            case ADD -> add(a, b);
            case SUBTRACT -> sub(a, b);
            case MULTIPLY -> mul(a, b);
            case FLOOR_DIVIDE -> floordiv(a, b);
            case REMAINDER -> mod(a, b);
            case DIVMOD -> divmod(a, b);
            case TRUE_DIVIDE -> truediv(a, b);
            case POWER -> pow(a, b);
            case LSHIFT -> lshift(a, b);
            case RSHIFT -> rshift(a, b);
            case AND -> and(a, b);
            case OR -> or(a, b);
            case XOR -> xor(a, b);
            default -> null;
        };
    }

    /** A number slot from an int operation: NotImplemented unless both operands are ints. */
    private static Slots.Binary slot(BinOp op) {
        return (v, w) -> {
            Object a = value(v), b = value(w);
            if (a == null || b == null) return Py.NotImplemented;
            return binary(op, a, b);
        };
    }

    /** The int value of self in a method of int (self may be a bool or an int subclass instance). */
    static Object self(Object self) {
        return value(self);
    }

    static void install() {
        PyType t = Py.INT;
        for (BinOp op : OPS) t.nb[op.ordinal()] = slot(op);
        t.neg = v -> neg(value(v));
        t.pos = v -> value(v);
        t.abs = v -> abs(value(v));
        t.invert = v -> invert(value(v));
        t.index = v -> value(v);
        t.asInt = v -> value(v);
        t.asFloat = v -> toDouble(value(v));
        t.bool = v -> signum(value(v)) != 0;
        t.hash = v -> hash(value(v));
        t.repr = v -> toString(value(v));
        t.richcompare = (v, w, op) -> {
            Object a = value(v), b = value(w);
            if (a == null || b == null) return Py.NotImplemented;
            return Py.bool(op.test(compare(a, b)));
        };
        t.tpNew = Ints::intNew;
        Def.method0(t, "bit_length", self -> {
            Object v = value(self);
            if (v instanceof Long l) return (long) (64 - Long.numberOfLeadingZeros(l == Long.MIN_VALUE ? l : Math.abs(l)));
            return (long) ((BigInteger) v).abs().bitLength();
        });
        Def.method0(t, "bit_count", self -> {
            Object v = value(self);
            if (v instanceof Long l && l != Long.MIN_VALUE) return (long) Long.bitCount(Math.abs(l));
            return (long) big(v).abs().bitCount();
        });
        Def.method0(t, "conjugate", Ints::self);
        Def.method0(t, "is_integer", self -> Boolean.TRUE);
        Def.method0(t, "as_integer_ratio", self -> PyTuple.of(value(self), 1L));
        Def.method0(t, "__trunc__", Ints::self);
        Def.method0(t, "__floor__", Ints::self);
        Def.method0(t, "__ceil__", Ints::self);
        Def.method0(t, "__getnewargs__", self -> PyTuple.of(value(self)));
        Def.methodV(t, "__round__", (self, a, off, n, kw) -> {
            Args.check("__round__", n, kw, 0, 1);
            if (n == 0 || a[off] == Py.None) return value(self);
            return round(value(self), Abstract.index(a[off]));
        });
        Def.method1(t, "__format__", (self, spec) -> Format.builtin(self, spec, (v, sp) -> Format.formatInt(value(v), sp)));
        Def.methodV(t, "to_bytes", (self, a, off, n, kw) -> {
            Object[] p = Args.bind("to_bytes", a, off, n, kw, new String[] {"length", "byteorder", "signed"}, 2, 0);
            long length = p[0] == null ? 1 : Abstract.asSsize(p[0], true);
            if (length < 0) throw Exceptions.valueError("length argument must be non-negative");
            return PyBytes.bytes(toBytes(big(value(self)), (int) length, littleEndian(p[1]),
                    p[2] != null && Abstract.isTrue(p[2])));
        });
        Def.classMethod(t, "from_bytes", (cls, a, off, n, kw) -> {
            Object[] p = Args.bind("from_bytes", a, off, n, kw, new String[] {"bytes", "byteorder", "signed"}, 2, 1);
            PyBytes b = PyBytes.value(p[0]);
            // PyObject_Bytes: like bytes(x), but neither a str nor a count is accepted
            if (b == null && (p[0] instanceof String || Py.type(p[0]).index != null)) {
                throw Exceptions.typeError("cannot convert '" + Py.type(p[0]).name + "' object to bytes");
            }
            byte[] d = b != null ? b.toArray() : ((PyBytes) Abstract.call(Py.BYTES, p[0])).toArray();
            if (littleEndian(p[1])) {
                for (int i = 0, j = d.length - 1; i < j; i++, j--) { byte x = d[i]; d[i] = d[j]; d[j] = x; }
            }
            boolean signed = p[2] != null && Abstract.isTrue(p[2]);
            Object r = Py.of(d.length == 0 ? BigInteger.ZERO : signed ? new BigInteger(d) : new BigInteger(1, d));
            return cls == Py.INT ? r : Abstract.call(cls, r);
        });
        Def.getter(t, "real", Ints::self);
        Def.getter(t, "imag", self -> 0L);
        Def.getter(t, "numerator", Ints::self);
        Def.getter(t, "denominator", self -> 1L);

        PyType b = Py.BOOL;
        b.repr = v -> ((Boolean) v) ? "True" : "False";
        b.invert = v -> {
            Exceptions.warn(Exceptions.DeprecationWarning, "Bitwise inversion '~' on bool is deprecated and will be removed"
                    + " in Python 3.16. This returns the bitwise inversion of the underlying int object and is usually not"
                    + " what you expect from negating a bool. Use the 'not' operator for boolean negation or ~int(x) if"
                    + " you really want the bitwise inversion of the underlying int.", 1);
            return invert(value(v));
        };
        b.tpNew = (type, a, off, n, kw) -> {
            Args.noKeywords("bool", kw);
            Args.check("bool", n, null, 0, 1);
            return Py.bool(n == 1 && Abstract.isTrue(a[off]));
        };
        for (BinOp op : new BinOp[] {BinOp.AND, BinOp.OR, BinOp.XOR}) {
            Slots.Binary intSlot = t.nb[op.ordinal()];
            b.nb[op.ordinal()] = (v, w) -> {
                if (v instanceof Boolean x && w instanceof Boolean y) {
                    return switch (op) {
                        case AND -> Py.bool(x & y);
                        case OR -> Py.bool(x | y);
                        default -> Py.bool(x ^ y);
                    };
                }
                return intSlot.apply(v, w);
            };
        }
    }

    private static boolean littleEndian(Object order) {
        String o = order == null ? "big" : Args.str("to_bytes", order);
        if (!o.equals("little") && !o.equals("big")) {
            throw Exceptions.valueError("byteorder must be either 'little' or 'big'");
        }
        return o.equals("little");
    }

    /** int.to_bytes: two's complement (signed) or magnitude, sign-extended to length. */
    static byte[] toBytes(BigInteger v, int length, boolean little, boolean signed) {
        if (!signed && v.signum() < 0) throw Exceptions.overflowError("can't convert negative int to unsigned");
        byte[] raw = v.toByteArray();
        int skip = !signed && raw.length > 1 && raw[0] == 0 ? 1 : 0;
        if (raw.length - skip > length) {
            // _PyLong_AsByteArray lets 0, and -1 when signed (pure sign extension), into no bytes
            boolean empty = v.signum() == 0 || signed && v.equals(BigInteger.ONE.negate());
            if (!(empty && length == 0)) throw Exceptions.overflowError("int too big to convert");
            return new byte[0];
        }
        byte[] out = new byte[length];
        byte pad = (byte) (v.signum() < 0 ? 0xff : 0);
        int lead = length - (raw.length - skip);
        java.util.Arrays.fill(out, 0, lead, pad);
        System.arraycopy(raw, skip, out, lead, raw.length - skip);
        if (little) {
            for (int i = 0, j = length - 1; i < j; i++, j--) { byte x = out[i]; out[i] = out[j]; out[j] = x; }
        }
        return out;
    }

    /** int.__round__ with ndigits: round half to even at 10**-ndigits. */
    static Object round(Object v, Object ndigits) {
        if (signum(ndigits) >= 0) return v;
        if (!(ndigits instanceof Long nd) || nd < -100000) return 0L;
        BigInteger pow = BigInteger.TEN.pow((int) -nd);
        BigInteger x = big(v);
        BigInteger[] qr = bigDivmod(x, pow);
        int cmp = qr[1].shiftLeft(1).compareTo(pow);
        BigInteger q = qr[0];
        if (cmp > 0 || (cmp == 0 && q.testBit(0))) q = q.add(BigInteger.ONE);
        return Py.of(q.multiply(pow));
    }

    /** Mirrors Objects/longobject.c: long_new_impl and PyNumber_Long. */
    static Object intNew(PyType type, Object[] a, int off, int n, String[] kwnames) {
        Object x = null, baseArg = null;
        int nkw = kwnames == null ? 0 : kwnames.length;
        // long_vectorcall counts positionals alone; with keywords, Argument Clinic counts them all
        if (nkw == 0 && n > 2) throw Exceptions.typeError("int expected at most 2 arguments, got " + n);
        if (n + nkw > 2) throw Exceptions.typeError("int() takes at most 2 arguments (" + (n + nkw) + " given)");
        if (n >= 1) x = a[off];
        if (n == 2) baseArg = a[off + 1];
        for (int k = 0; k < nkw; k++) {
            if (!kwnames[k].equals("base")) throw Exceptions.unexpectedKeyword("int", kwnames[k], "base");
            baseArg = a[off + n + k];
        }
        Object result;
        if (x == null) {
            if (baseArg != null) throw Exceptions.typeError("int() missing string argument");
            result = 0L;
        } else if (baseArg != null) {
            long base = Abstract.asSsize(baseArg, false);
            checkBase(base);
            String s = Strs.value(x);
            PyBytes b = s == null && !(x instanceof PyMemoryView) ? PyBytes.value(x) : null;
            if (s == null && b == null) {
                throw Exceptions.typeError("int() can't convert non-string with explicit base");
            }
            result = s != null ? parse(s, (int) base) : parse(b, (int) base);
        } else {
            result = toInt(x);
        }
        if (type == Py.INT) return result;
        PyInstance inst = new PyInstance(type);
        inst.payload = result;
        return inst;
    }

    /** PyNumber_Long: int(x) for one argument. */
    public static Object toInt(Object x) {
        if (x instanceof Long || x instanceof BigInteger) return x;
        if (x instanceof Double d) return Floats.toInt(d);
        if (x instanceof String s) return parse(s, 10);
        PyType t = Py.type(x);
        if (t.asInt != null) {
            Object r = t.asInt.apply(x);
            Object i = value(r);
            if (i == null) throw Exceptions.typeError("__int__ returned non-int (type " + Py.type(r).name + ")");
            if (r != i) Abstract.warnStrictSubclass("__int__ returned non-int", r, "int");
            return i;
        }
        if (t.index != null) return Abstract.index(x);
        Object payload = x instanceof PyInstance inst ? inst.payload : null;
        if (payload instanceof String s) return parse(s, 10);
        PyBytes bytes = PyBytes.value(x);
        if (bytes != null) return parse(bytes, 10);
        throw Exceptions.typeError("int() argument must be a string, a bytes-like object or a real number, not '"
                + t.name + "'");
    }
}
