package tierpy.compile;

import static tierpy.code.Opcodes.*;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import tierpy.code.Const;
import tierpy.objects.Abstract;
import tierpy.objects.PyException;

/**
 * Mirrors Python/flowgraph.c: eval_const_binop, eval_const_unaryop and their const_folding_safe_*
 * guards, evaluating through the object model as CPython does through PyNumber_*. Every method
 * answers null where the evaluation would raise or where folding is refused, so that the
 * instruction is left alone.
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

    private static boolean isReal(Object o) {
        return isInt(o) || o instanceof Double;
    }

    private static double toDouble(Object o) {
        return o instanceof Double d ? d : big(o).doubleValue();
    }

    /**
     * eval_const_binop: the object model's number protocol (PyNumber_*) on the constants, behind the
     * const_folding_safe_* limits; null when not folded (refused, or the operation would raise).
     */
    static Object binop(Object left, int op, Object right) {
        if (!safe(left, op, right)) return null;
        Object v = Const.toObject(left), w = Const.toObject(right);
        try {
            return Const.fromObject(switch (op) {
                case NB_ADD -> Abstract.add(v, w);
                case NB_SUBTRACT -> Abstract.sub(v, w);
                case NB_MULTIPLY -> Abstract.mul(v, w);
                case NB_TRUE_DIVIDE -> Abstract.truediv(v, w);
                case NB_FLOOR_DIVIDE -> Abstract.floordiv(v, w);
                case NB_REMAINDER -> Abstract.mod(v, w);
                case NB_POWER -> Abstract.pow(v, w);
                case NB_LSHIFT -> Abstract.lshift(v, w);
                case NB_RSHIFT -> Abstract.rshift(v, w);
                case NB_OR -> Abstract.or(v, w);
                case NB_XOR -> Abstract.xor(v, w);
                case NB_AND -> Abstract.and(v, w);
                case NB_SUBSCR -> Abstract.getitem(v, w);
                default -> null;
            });
        } catch (PyException e) {
            return null;
        }
    }

    /** The const_folding_safe_* guards: results that would be too large, and str/bytes % formatting. */
    private static boolean safe(Object v, int op, Object w) {
        return switch (op) {
            case NB_MULTIPLY -> safeMultiply(v, w);
            case NB_REMAINDER -> !(v instanceof String || v instanceof Const.Bytes);
            case NB_POWER -> !(isInt(v) && isInt(w) && big(v).signum() != 0 && big(w).signum() > 0)
                    || (big(w).bitLength() <= 31 && (long) big(v).abs().bitLength() <= MAX_INT_SIZE / big(w).intValue());
            case NB_LSHIFT -> !(isInt(v) && isInt(w) && big(v).signum() != 0 && big(w).signum() != 0)
                    || (big(w).signum() > 0 && big(w).compareTo(BigInteger.valueOf(MAX_INT_SIZE)) <= 0
                        && big(v).abs().bitLength() <= MAX_INT_SIZE - big(w).intValue());
            default -> true;
        };
    }

    private static boolean safeMultiply(Object v, Object w) {
        if (isInt(v) && isInt(w)) {
            BigInteger a = big(v), b = big(w);
            return a.signum() == 0 || b.signum() == 0 || a.abs().bitLength() + b.abs().bitLength() <= MAX_INT_SIZE;
        }
        if (isInt(w) && !isInt(v)) return safeMultiply(w, v);
        int size = switch (w) {
            case String s -> s.codePointCount(0, s.length());
            case Const.Bytes b -> b.data().length;
            case Const.Tuple t -> t.items().size();
            default -> 0;
        };
        if (!isInt(v) || size == 0) return true;
        BigInteger n = big(v);
        int limit = w instanceof Const.Tuple ? MAX_COLLECTION_SIZE : MAX_STR_SIZE;
        if (n.signum() < 0 || n.compareTo(BigInteger.valueOf(limit / size)) > 0) return false;
        return !(w instanceof Const.Tuple) || n.signum() == 0 || complexity(w, MAX_TOTAL_ITEMS / n.intValue()) >= 0;
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

    /** eval_const_unaryop; ~bool is left to run time, where it warns (DeprecationWarning). */
    static Object unaryop(Object operand, int opcode, int oparg) {
        if (opcode == UNARY_INVERT && operand instanceof Boolean) return null;
        if (opcode == CALL_INTRINSIC_1 && oparg != INTRINSIC_UNARY_POSITIVE) return null;
        Object v = Const.toObject(operand);
        try {
            return Const.fromObject(switch (opcode) {
                case UNARY_NEGATIVE -> Abstract.neg(v);
                case UNARY_INVERT -> Abstract.invert(v);
                case UNARY_NOT -> Abstract.not(v);
                case CALL_INTRINSIC_1 -> Abstract.pos(v);
                default -> null;
            });
        } catch (PyException e) {
            return null;
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
