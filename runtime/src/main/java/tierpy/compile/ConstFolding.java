package tierpy.compile;

import static tierpy.code.Opcodes.*;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import tierpy.code.Const;

/**
 * The constant arithmetic behind flowgraph.c's folding (eval_const_binop, eval_const_unaryop and
 * their const_folding_safe_* guards), with Python's semantics for int, float, complex, str, bytes
 * and tuple constants. Every method answers null where CPython's evaluation would raise or where
 * folding is refused, so that the instruction is left alone.
 */
final class ConstFolding {
    private ConstFolding() {}

    private static final int MAX_INT_SIZE = 128;
    private static final int MAX_COLLECTION_SIZE = 256;
    private static final int MAX_STR_SIZE = 4096;
    private static final int MAX_TOTAL_ITEMS = 1024;

    static boolean isInt(Object o) {
        return o instanceof Long || o instanceof BigInteger || o instanceof Boolean;
    }

    static BigInteger big(Object o) {
        return switch (o) {
            case Boolean b -> b ? BigInteger.ONE : BigInteger.ZERO;
            case Long l -> BigInteger.valueOf(l);
            default -> (BigInteger) o;
        };
    }

    static Object normalize(BigInteger v) {
        return v.bitLength() < 64 ? (Object) v.longValue() : v;
    }

    private static boolean isReal(Object o) {
        return isInt(o) || o instanceof Double;
    }

    private static boolean isNumber(Object o) {
        return isReal(o) || o instanceof Const.Complex;
    }

    private static double toDouble(Object o) {
        return o instanceof Double d ? d : big(o).doubleValue();
    }

    private static Const.Complex toComplex(Object o) {
        return o instanceof Const.Complex c ? c : new Const.Complex(toDouble(o), 0.0);
    }

    private static Object doubleResult(double d) {
        return d;
    }

    /** eval_const_binop with the const_folding_safe_* limits; null when not folded. */
    static Object binop(Object left, int op, Object right) {
        try {
            return switch (op) {
                case NB_ADD -> add(left, right);
                case NB_SUBTRACT -> arith(left, right, BigInteger::subtract, (a, b) -> a - b, ConstFolding::csub);
                case NB_MULTIPLY -> multiply(left, right);
                case NB_TRUE_DIVIDE -> trueDivide(left, right);
                case NB_FLOOR_DIVIDE -> floorDivide(left, right);
                case NB_REMAINDER -> remainder(left, right);
                case NB_POWER -> power(left, right);
                case NB_LSHIFT -> lshift(left, right);
                case NB_RSHIFT -> isInt(left) && isInt(right) && big(right).signum() >= 0
                        ? normalize(big(left).shiftRight(big(right).min(BigInteger.valueOf(1 << 20)).intValue())) : null;
                case NB_OR, NB_XOR, NB_AND -> bitwise(left, op, right);
                case NB_SUBSCR -> subscript(left, right);
                default -> null;
            };
        } catch (ArithmeticException | IndexOutOfBoundsException e) {
            return null;
        }
    }

    private interface IntOp {
        BigInteger apply(BigInteger a, BigInteger b);
    }

    private interface FloatOp {
        double apply(double a, double b);
    }

    private interface ComplexOp {
        Const.Complex apply(Const.Complex a, Const.Complex b);
    }

    private static Object arith(Object l, Object r, IntOp i, FloatOp f, ComplexOp c) {
        if (isInt(l) && isInt(r)) return normalize(i.apply(big(l), big(r)));
        if (isReal(l) && isReal(r)) return doubleResult(f.apply(toDouble(l), toDouble(r)));
        if (isNumber(l) && isNumber(r)) return c.apply(toComplex(l), toComplex(r));
        return null;
    }

    private static Const.Complex cadd(Const.Complex a, Const.Complex b) {
        return new Const.Complex(a.real() + b.real(), a.imag() + b.imag());
    }

    private static Const.Complex csub(Const.Complex a, Const.Complex b) {
        return new Const.Complex(a.real() - b.real(), a.imag() - b.imag());
    }

    private static Const.Complex cmul(Const.Complex a, Const.Complex b) {
        return new Const.Complex(a.real() * b.real() - a.imag() * b.imag(), a.real() * b.imag() + a.imag() * b.real());
    }

    private static Object add(Object l, Object r) {
        if (l instanceof String a && r instanceof String b) return a + b;
        if (l instanceof Const.Bytes a && r instanceof Const.Bytes b) {
            byte[] out = new byte[a.data().length + b.data().length];
            System.arraycopy(a.data(), 0, out, 0, a.data().length);
            System.arraycopy(b.data(), 0, out, a.data().length, b.data().length);
            return new Const.Bytes(out);
        }
        if (l instanceof Const.Tuple a && r instanceof Const.Tuple b) {
            List<Object> items = new ArrayList<>(a.items());
            items.addAll(b.items());
            return new Const.Tuple(items);
        }
        return arith(l, r, BigInteger::add, (a, b) -> a + b, ConstFolding::cadd);
    }

    private static int length(Object seq) {
        return switch (seq) {
            case String s -> s.codePointCount(0, s.length());
            case Const.Bytes b -> b.data().length;
            case Const.Tuple t -> t.items().size();
            default -> -1;
        };
    }

    /** const_folding_check_complexity. */
    private static int complexity(Object obj, int limit) {
        if (obj instanceof Const.Tuple t) {
            limit -= t.items().size();
            for (int i = 0; limit >= 0 && i < t.items().size(); i++) {
                limit = complexity(t.items().get(i), limit);
                if (limit < 0) return limit;
            }
        }
        return limit;
    }

    private static Object multiply(Object v, Object w) {
        if (isInt(v) && isInt(w)) {
            BigInteger a = big(v), b = big(w);
            if (a.signum() != 0 && b.signum() != 0 && a.abs().bitLength() + b.abs().bitLength() > MAX_INT_SIZE) return null;
            return normalize(a.multiply(b));
        }
        if (isInt(w) && (v instanceof Const.Tuple || v instanceof String || v instanceof Const.Bytes)) return multiply(w, v);
        if (isInt(v) && (w instanceof Const.Tuple || w instanceof String || w instanceof Const.Bytes)) {
            int size = length(w);
            BigInteger n = big(v);
            if (size > 0) {
                int limit = w instanceof Const.Tuple ? MAX_COLLECTION_SIZE : MAX_STR_SIZE;
                if (n.signum() < 0 || n.compareTo(BigInteger.valueOf(limit / size)) > 0) return null;
                if (w instanceof Const.Tuple && n.signum() != 0 && complexity(w, MAX_TOTAL_ITEMS / n.intValue()) < 0) {
                    return null;
                }
            }
            int count = Math.max(0, n.min(BigInteger.valueOf(Integer.MAX_VALUE)).intValue());
            if (size == 0) count = 0;
            return switch (w) {
                case String s -> s.repeat(count);
                case Const.Bytes b -> {
                    byte[] out = new byte[b.data().length * count];
                    for (int i = 0; i < count; i++) System.arraycopy(b.data(), 0, out, i * b.data().length, b.data().length);
                    yield new Const.Bytes(out);
                }
                default -> {
                    List<Object> items = new ArrayList<>();
                    for (int i = 0; i < count; i++) items.addAll(((Const.Tuple) w).items());
                    yield new Const.Tuple(items);
                }
            };
        }
        return arith(v, w, BigInteger::multiply, (a, b) -> a * b, ConstFolding::cmul);
    }

    private static Object trueDivide(Object l, Object r) {
        if (isInt(l) && isInt(r)) {
            BigInteger a = big(l), b = big(r);
            if (b.signum() == 0) return null;
            if (a.abs().bitLength() <= 53 && b.abs().bitLength() <= 53) return a.doubleValue() / b.doubleValue();
            return new BigDecimal(a).divide(new BigDecimal(b), MathContext.DECIMAL128).doubleValue();
        }
        if (isReal(l) && isReal(r)) {
            double b = toDouble(r);
            if (b == 0.0) return null;
            return toDouble(l) / b;
        }
        if (isNumber(l) && isNumber(r)) {
            Const.Complex a = toComplex(l), b = toComplex(r);
            double d = b.real() * b.real() + b.imag() * b.imag();
            if (d == 0.0) return null;
            return new Const.Complex((a.real() * b.real() + a.imag() * b.imag()) / d,
                    (a.imag() * b.real() - a.real() * b.imag()) / d);
        }
        return null;
    }

    /** float_divmod: Python's floor division and modulo for floats. */
    private static double[] floatDivmod(double vx, double wx) {
        if (wx == 0.0) throw new ArithmeticException("float divmod()");
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

    private static Object floorDivide(Object l, Object r) {
        if (isInt(l) && isInt(r)) {
            BigInteger b = big(r);
            if (b.signum() == 0) return null;
            BigInteger[] qr = big(l).divideAndRemainder(b);
            BigInteger q = qr[0];
            if (qr[1].signum() != 0 && (qr[1].signum() != b.signum())) q = q.subtract(BigInteger.ONE);
            return normalize(q);
        }
        if (isReal(l) && isReal(r)) return floatDivmod(toDouble(l), toDouble(r))[0];
        return null;
    }

    private static Object remainder(Object l, Object r) {
        if (l instanceof String || l instanceof Const.Bytes) return null;
        if (isInt(l) && isInt(r)) {
            BigInteger b = big(r);
            if (b.signum() == 0) return null;
            BigInteger m = big(l).mod(b.abs());
            if (b.signum() < 0 && m.signum() != 0) m = m.add(b);
            return normalize(m);
        }
        if (isReal(l) && isReal(r)) return floatDivmod(toDouble(l), toDouble(r))[1];
        return null;
    }

    private static Object power(Object v, Object w) {
        if (isInt(v) && isInt(w)) {
            BigInteger a = big(v), b = big(w);
            if (b.signum() < 0) {
                if (a.signum() == 0) return null;
                return Math.pow(a.doubleValue(), b.doubleValue());
            }
            if (a.signum() != 0 && b.signum() > 0) {
                if (b.bitLength() > 31) return null;
                if ((long) a.abs().bitLength() > MAX_INT_SIZE / b.intValue()) return null;
            }
            return normalize(a.pow(b.intValue()));
        }
        if (isReal(v) && isReal(w)) {
            double a = toDouble(v), b = toDouble(w);
            if (a == 0.0 && b < 0) return null;
            if (a < 0 && b != Math.rint(b)) return null;
            double result = Math.pow(a, b);
            if (Double.isInfinite(result) && !Double.isInfinite(a) && !Double.isInfinite(b)) return null;
            return result;
        }
        return null;
    }

    private static Object lshift(Object v, Object w) {
        if (!isInt(v) || !isInt(w)) return null;
        BigInteger a = big(v), b = big(w);
        if (b.signum() < 0) return null;
        if (a.signum() != 0 && b.signum() != 0) {
            if (b.compareTo(BigInteger.valueOf(MAX_INT_SIZE)) > 0) return null;
            if (a.abs().bitLength() > MAX_INT_SIZE - b.intValue()) return null;
        }
        if (a.signum() == 0) return 0L;
        return normalize(a.shiftLeft(b.intValue()));
    }

    private static Object bitwise(Object l, int op, Object r) {
        if (l instanceof Boolean a && r instanceof Boolean b) {
            return switch (op) {
                case NB_OR -> a | b;
                case NB_XOR -> a ^ b;
                default -> a & b;
            };
        }
        if (!isInt(l) || !isInt(r)) return null;
        BigInteger a = big(l), b = big(r);
        return normalize(switch (op) {
            case NB_OR -> a.or(b);
            case NB_XOR -> a.xor(b);
            default -> a.and(b);
        });
    }

    private static Object subscript(Object container, Object index) {
        int n = length(container);
        if (n < 0) return null;
        if (index instanceof Const.Slice slice) {
            int[] r = sliceIndices(slice, n);
            if (r == null) return null;
            List<Integer> positions = new ArrayList<>();
            for (int i = r[0]; r[2] > 0 ? i < r[1] : i > r[1]; i += r[2]) positions.add(i);
            return switch (container) {
                case String s -> {
                    int[] cps = s.codePoints().toArray();
                    StringBuilder sb = new StringBuilder();
                    for (int p : positions) sb.appendCodePoint(cps[p]);
                    yield sb.toString();
                }
                case Const.Bytes b -> {
                    byte[] out = new byte[positions.size()];
                    for (int i = 0; i < out.length; i++) out[i] = b.data()[positions.get(i)];
                    yield new Const.Bytes(out);
                }
                default -> {
                    List<Object> items = new ArrayList<>();
                    for (int p : positions) items.add(((Const.Tuple) container).items().get(p));
                    yield new Const.Tuple(items);
                }
            };
        }
        if (!isInt(index)) return null;
        BigInteger i = big(index);
        if (i.signum() < 0) i = i.add(BigInteger.valueOf(n));
        if (i.signum() < 0 || i.compareTo(BigInteger.valueOf(n)) >= 0) return null;
        int k = i.intValue();
        return switch (container) {
            case String s -> new String(Character.toChars(s.codePoints().toArray()[k]));
            case Const.Bytes b -> (long) (b.data()[k] & 0xff);
            default -> ((Const.Tuple) container).items().get(k);
        };
    }

    /** PySlice_GetIndicesEx for int (or None) parts; null for other parts. */
    private static int[] sliceIndices(Const.Slice s, int length) {
        Object stepObj = s.step();
        long step = 1;
        if (stepObj != Const.NONE) {
            if (!isInt(stepObj)) return null;
            step = big(stepObj).max(BigInteger.valueOf(-Long.MAX_VALUE)).min(BigInteger.valueOf(Long.MAX_VALUE)).longValue();
            if (step == 0) return null;
        }
        long lower = step < 0 ? -1 : 0;
        long upper = step < 0 ? length - 1 : length;
        Long start = bound(s.start(), length, lower, upper);
        Long stop = bound(s.stop(), length, lower, upper);
        if ((s.start() != Const.NONE && start == null) || (s.stop() != Const.NONE && stop == null)) return null;
        long st = start != null ? start : step < 0 ? upper : lower;
        long sp = stop != null ? stop : step < 0 ? lower : upper;
        return new int[] {(int) st, (int) sp, (int) Math.max(Math.min(step, Integer.MAX_VALUE), -Integer.MAX_VALUE)};
    }

    private static Long bound(Object v, int length, long lower, long upper) {
        if (v == Const.NONE || !isInt(v)) return null;
        BigInteger b = big(v);
        if (b.signum() < 0) {
            b = b.add(BigInteger.valueOf(length));
            return b.compareTo(BigInteger.valueOf(lower)) < 0 ? lower : b.longValue();
        }
        return b.compareTo(BigInteger.valueOf(upper)) > 0 ? upper : b.longValue();
    }

    /** eval_const_unaryop; ~bool is left to run time, where it warns (DeprecationWarning). */
    static Object unaryop(Object operand, int opcode, int oparg) {
        switch (opcode) {
            case UNARY_NEGATIVE -> {
                if (isInt(operand)) return normalize(big(operand).negate());
                if (operand instanceof Double d) return -d;
                if (operand instanceof Const.Complex c) return new Const.Complex(-c.real(), -c.imag());
                return null;
            }
            case UNARY_INVERT -> {
                if (!isInt(operand) || operand instanceof Boolean) return null;
                return normalize(big(operand).not());
            }
            case UNARY_NOT -> {
                return !Const.isTrue(operand);
            }
            case CALL_INTRINSIC_1 -> {
                if (oparg != INTRINSIC_UNARY_POSITIVE) return null;
                if (isInt(operand)) return normalize(big(operand));
                if (operand instanceof Double || operand instanceof Const.Complex) return operand;
                return null;
            }
            default -> {
                return null;
            }
        }
    }

    // ---- frozenset constants in CPython's iteration order ----

    private static final long HASH_MODULUS = (1L << 61) - 1;

    /** hash() of an int, float, bool or tuple-of-those constant; null for other types (str hashes are random). */
    private static Long hash(Object o) {
        if (o instanceof Const.Tuple t) {
            long acc = 2870177450012600261L;
            for (Object item : t.items()) {
                Long lane = hash(item);
                if (lane == null) return null;
                acc += lane * -4417276706812531889L;
                acc = Long.rotateLeft(acc, 31);
                acc *= -7046029288634856825L;
            }
            acc += t.items().size() ^ (2870177450012600261L ^ 3527539L);
            return acc == -1 ? 1546275796L : acc;
        }
        if (isInt(o)) {
            BigInteger v = big(o);
            long h = v.abs().mod(BigInteger.valueOf(HASH_MODULUS)).longValue();
            if (v.signum() < 0) h = -h;
            return h == -1 ? -2 : h;
        }
        if (o instanceof Double d) {
            if (Double.isNaN(d) || Double.isInfinite(d)) return null;
            if (d == Math.rint(d) && Math.abs(d) < 9.0e18) return hash(BigInteger.valueOf((long) (double) d));
            BigDecimal exact = new BigDecimal(d);
            BigInteger num = exact.unscaledValue();
            int scale = exact.scale();
            // hash(m / 10**scale) = m * inverse(10**scale) mod P
            BigInteger p = BigInteger.valueOf(HASH_MODULUS);
            BigInteger inv = BigInteger.TEN.pow(scale).modInverse(p);
            long h = num.abs().multiply(inv).mod(p).longValue();
            if (num.signum() < 0) h = -h;
            return h == -1 ? -2 : h;
        }
        return null;
    }

    private static boolean pyEquals(Object a, Object b) {
        if (isReal(a) && isReal(b)) {
            if (isInt(a) && isInt(b)) return big(a).equals(big(b));
            return toDouble(a) == toDouble(b);
        }
        return Const.key(a).equals(Const.key(b));
    }

    /** PyFrozenSet_New(tuple): duplicates dropped, items in set-table order where hashes are known. */
    static Const.FrozenSet frozenset(List<Object> items) {
        List<Object> unique = new ArrayList<>();
        for (Object item : items) {
            boolean seen = false;
            for (Object u : unique) seen |= pyEquals(u, item);
            if (!seen) unique.add(item);
        }
        List<Long> hashes = new ArrayList<>();
        for (Object u : unique) {
            Long h = hash(u);
            if (h == null) return new Const.FrozenSet(unique);
            hashes.add(h);
        }
        int mask = 7;
        Object[] table = new Object[8];
        long[] tableHash = new long[8];
        int fill = 0;
        for (int n = 0; n < unique.size(); n++) {
            insertClean(table, tableHash, mask, unique.get(n), hashes.get(n));
            fill++;
            if ((long) fill * 5 >= (long) mask * 3) {
                int newsize = 8;
                while (newsize <= fill * 4) newsize <<= 1;
                Object[] newTable = new Object[newsize];
                long[] newHash = new long[newsize];
                for (int i = 0; i < table.length; i++) {
                    if (table[i] != null) insertClean(newTable, newHash, newsize - 1, table[i], tableHash[i]);
                }
                table = newTable;
                tableHash = newHash;
                mask = newsize - 1;
            }
        }
        List<Object> ordered = new ArrayList<>();
        for (Object o : table) if (o != null) ordered.add(o);
        return new Const.FrozenSet(ordered);
    }

    /** set_insert_clean: linear probes then perturbed jumps (Objects/setobject.c). */
    private static void insertClean(Object[] table, long[] hashes, int mask, Object key, long hash) {
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            int probes = i + 9 <= mask ? 9 : 0;
            int j = i;
            do {
                if (table[j] == null) {
                    table[j] = key;
                    hashes[j] = hash;
                    return;
                }
                j++;
            } while (probes-- > 0 && j <= mask);
            perturb >>>= 5;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }
}
