package tierpy.vm.ops;

import tierpy.objects.Abstract;
import tierpy.objects.CmpOp;
import tierpy.objects.Py;
import tierpy.objects.PyDict;
import tierpy.objects.PySet;
import tierpy.vm.Frame;
import tierpy.vm.Specializer;

/** Mirrors Python/bytecodes.c: COMPARE_OP, IS_OP and CONTAINS_OP. */
@Family(name = "COMPARE_OP", members = {"COMPARE_OP_FLOAT", "COMPARE_OP_INT", "COMPARE_OP_STR"})
@Family(name = "CONTAINS_OP", members = {"CONTAINS_OP_SET", "CONTAINS_OP_DICT"})
@Macro("COMPARE_OP = _SPECIALIZE_COMPARE_OP + _COMPARE_OP")
@Macro("COMPARE_OP_INT = _GUARD_TOS_INT + _GUARD_NOS_INT + unused/1 + _COMPARE_OP_INT")
@Macro("COMPARE_OP_FLOAT = _GUARD_TOS_FLOAT + _GUARD_NOS_FLOAT + unused/1 + _COMPARE_OP_FLOAT")
@Macro("COMPARE_OP_STR = _GUARD_TOS_UNICODE + _GUARD_NOS_UNICODE + unused/1 + _COMPARE_OP_STR")
@Macro("CONTAINS_OP_SET = _GUARD_TOS_ANY_SET + unused/1 + _CONTAINS_OP_SET")
@Macro("CONTAINS_OP_DICT = _GUARD_TOS_DICT + unused/1 + _CONTAINS_OP_DICT")
@Macro("IS_OP = _IS_OP")
@Macro("CONTAINS_OP = _SPECIALIZE_CONTAINS_OP + _CONTAINS_OP")
public final class CompareOps {
    private CompareOps() {}

    private static final CmpOp[] CMP = CmpOp.values();
    /** COMPARE_OP's oparg bit asking for a bool result (the comparison feeds a truth test). */
    static final int COMPARE_MASK_BOOL = 16;

    @Op(name = "_SPECIALIZE_COMPARE_OP", stack = "(counter/1, left, right -- left, right)", specializing = true)
    public static void specializeCompareOp(Frame f, @Oparg int oparg, Object left, Object right) {
        Specializer.compareOp(f, oparg, left, right);
    }

    /** The comparison {@code oparg >> 5} (Py_LT .. Py_GE) on an ordering of two values. */
    private static boolean holds(int oparg, int order) {
        return switch (oparg >> 5) {
            case 0 -> order < 0;
            case 1 -> order <= 0;
            case 2 -> order == 0;
            case 3 -> order != 0;
            case 4 -> order > 0;
            default -> order >= 0;
        };
    }

    /** Null (deoptimize) unless both ints are compact. */
    @Op(name = "_COMPARE_OP_INT", stack = "(left, right -- res)", flags = Flag.DEOPT)
    public static Object compareOpInt(@Oparg int oparg, Object left, Object right) {
        if (!NumberOps.isCompactInt(left) || !NumberOps.isCompactInt(right)) return null;
        return Py.bool(holds(oparg, Long.compare((Long) left, (Long) right)));
    }

    /** IEEE comparisons: every ordering with a NaN is false, != is true. */
    @Op(name = "_COMPARE_OP_FLOAT", stack = "(left, right -- res)")
    public static Object compareOpFloat(@Oparg int oparg, Object left, Object right) {
        double a = (Double) left, b = (Double) right;
        boolean r = switch (oparg >> 5) {
            case 0 -> a < b;
            case 1 -> a <= b;
            case 2 -> a == b;
            case 3 -> a != b;
            case 4 -> a > b;
            default -> a >= b;
        };
        return Py.bool(r);
    }

    /** Specialized for == and != only. */
    @Op(name = "_COMPARE_OP_STR", stack = "(left, right -- res)")
    public static Object compareOpStr(@Oparg int oparg, Object left, Object right) {
        return Py.bool(left.equals(right) == ((oparg >> 5) == 2));
    }

    @Op(name = "_COMPARE_OP", stack = "(left, right -- res)", flags = {Flag.ERROR, Flag.ESCAPES})
    public static Object compareOp(@Oparg int oparg, Object left, Object right) {
        CmpOp op = CMP[oparg >> 5];
        if ((oparg & COMPARE_MASK_BOOL) != 0) return Py.bool(Abstract.compareBool(left, right, op));
        return Abstract.richCompare(left, right, op);
    }

    @Op(name = "_IS_OP", stack = "(left, right -- b)")
    public static Object isOp(@Oparg int oparg, Object left, Object right) {
        return Py.bool(Py.is(left, right) ^ (oparg != 0));
    }

    @Op(name = "_SPECIALIZE_CONTAINS_OP", stack = "(counter/1, left, right -- left, right)", specializing = true)
    public static void specializeContainsOp(Frame f, Object left, Object right) {
        Specializer.containsOp(f, right);
    }

    /** PyAnySet_CheckExact. */
    public static boolean isExactAnySet(Object o) {
        return o instanceof PySet s && (s.type == Py.SET || s.type == Py.FROZENSET);
    }

    @Op(name = "_GUARD_TOS_ANY_SET", stack = "(tos -- tos)", flags = Flag.DEOPT)
    public static boolean guardTosAnySet(Object tos) {
        return isExactAnySet(tos);
    }

    @Op(name = "_CONTAINS_OP_SET", stack = "(left, right -- b)", flags = {Flag.ERROR, Flag.ESCAPES})
    public static Object containsOpSet(@Oparg int oparg, Object left, Object right) {
        return Py.bool(((PySet) right).contains(left) ^ (oparg != 0));
    }

    @Op(name = "_CONTAINS_OP_DICT", stack = "(left, right -- b)", flags = {Flag.ERROR, Flag.ESCAPES})
    public static Object containsOpDict(@Oparg int oparg, Object left, Object right) {
        return Py.bool((((PyDict) right).getItemOrNull(left) != null) ^ (oparg != 0));
    }

    @Op(name = "_CONTAINS_OP", stack = "(left, right -- b)", flags = {Flag.ERROR, Flag.ESCAPES})
    public static Object containsOp(@Oparg int oparg, Object left, Object right) {
        return Py.bool(Abstract.contains(right, left) ^ (oparg != 0));
    }
}
