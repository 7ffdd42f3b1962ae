package tierpy.vm.ops;

import tierpy.objects.Abstract;
import tierpy.objects.CmpOp;
import tierpy.objects.Py;
import tierpy.vm.Frame;
import tierpy.vm.Specializer;

/** Mirrors Python/bytecodes.c: COMPARE_OP, IS_OP and CONTAINS_OP. */
@Macro("COMPARE_OP = _SPECIALIZE_COMPARE_OP + _COMPARE_OP")
@Macro("IS_OP = _IS_OP")
@Macro("CONTAINS_OP = _SPECIALIZE_CONTAINS_OP + _CONTAINS_OP")
public final class CompareOps {
    private CompareOps() {}

    private static final CmpOp[] CMP = CmpOp.values();
    /** COMPARE_OP's oparg bit asking for a bool result (the comparison feeds a truth test). */
    static final int COMPARE_MASK_BOOL = 16;

    @Op(name = "_SPECIALIZE_COMPARE_OP", stack = "(counter/1, left, right -- left, right)", specializing = true)
    public static void specializeCompareOp(Frame f, @Oparg int oparg, Object left, Object right) {
        Specializer.noSpecializer(f);
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
        Specializer.noSpecializer(f);
    }

    @Op(name = "_CONTAINS_OP", stack = "(left, right -- b)", flags = {Flag.ERROR, Flag.ESCAPES})
    public static Object containsOp(@Oparg int oparg, Object left, Object right) {
        return Py.bool(Abstract.contains(right, left) ^ (oparg != 0));
    }
}
