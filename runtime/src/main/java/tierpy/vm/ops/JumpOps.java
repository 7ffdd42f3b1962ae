package tierpy.vm.ops;

import tierpy.objects.Py;
import tierpy.vm.Frame;
import tierpy.vm.Interpreter;
import tierpy.vm.Specializer;

/** Mirrors Python/bytecodes.c: jumps, RESUME and the periodic eval-breaker check. */
@Family(name = "JUMP_BACKWARD", members = {"JUMP_BACKWARD_NO_JIT", "JUMP_BACKWARD_JIT"})
@Family(name = "RESUME", members = {"RESUME_CHECK"})
@Macro("RESUME = _QUICKEN_RESUME + _CHECK_PERIODIC_IF_NOT_YIELD_FROM")
@Macro("RESUME_CHECK = _RESUME_CHECK")
@Macro("JUMP_BACKWARD_NO_JIT = unused/1 + _CHECK_PERIODIC + JUMP_BACKWARD_NO_INTERRUPT")
@Macro("JUMP_BACKWARD = unused/1 + _SPECIALIZE_JUMP_BACKWARD + _CHECK_PERIODIC + JUMP_BACKWARD_NO_INTERRUPT")
@Macro("POP_JUMP_IF_TRUE = unused/1 + _POP_JUMP_IF_TRUE")
@Macro("POP_JUMP_IF_FALSE = unused/1 + _POP_JUMP_IF_FALSE")
@Macro("POP_JUMP_IF_NONE = unused/1 + _IS_NONE + _POP_JUMP_IF_TRUE")
@Macro("POP_JUMP_IF_NOT_NONE = unused/1 + _IS_NONE + _POP_JUMP_IF_FALSE")
public final class JumpOps {
    private JumpOps() {}

    /** RESUME's oparg: where the frame resumes (Include/internal/pycore_code.h: RESUME_*). */
    static final int RESUME_AFTER_YIELD_FROM = 2;
    static final int RESUME_OPARG_LOCATION_MASK = 3;

    @Op(name = "_QUICKEN_RESUME", stack = "(--)", specializing = true)
    public static void quickenResume(Frame f) {
        Specializer.quickenResume(f);
    }

    /** Deoptimizes to RESUME, which handles what the eval breaker asks for. */
    @Op(name = "_RESUME_CHECK", stack = "(--)", flags = Flag.DEOPT)
    public static boolean resumeCheck(Frame f) {
        return !f.ts.evalBreakerSet();
    }

    @Op(name = "_CHECK_PERIODIC", stack = "(--)", flags = {Flag.EVAL_BREAK, Flag.ERROR, Flag.ESCAPES})
    public static void checkPeriodic(Frame f) {
        if (f.ts.evalBreakerSet()) Interpreter.handlePending(f.ts);
    }

    @Op(name = "_CHECK_PERIODIC_IF_NOT_YIELD_FROM", stack = "(--)",
            flags = {Flag.EVAL_BREAK, Flag.ERROR, Flag.ESCAPES})
    public static void checkPeriodicIfNotYieldFrom(Frame f, @Oparg int oparg) {
        if ((oparg & RESUME_OPARG_LOCATION_MASK) < RESUME_AFTER_YIELD_FROM && f.ts.evalBreakerSet()) {
            Interpreter.handlePending(f.ts);
        }
    }

    @Op(name = "_SPECIALIZE_JUMP_BACKWARD", stack = "(--)", specializing = true)
    public static boolean specializeJumpBackward(Frame f) {
        return Specializer.specializeJumpBackward(f);
    }

    @Inst(name = "JUMP_BACKWARD_NO_INTERRUPT", stack = "(--)", jump = Jump.BACKWARD)
    public static void jumpBackwardNoInterrupt() {}

    @Inst(name = "JUMP_FORWARD", stack = "(--)", jump = Jump.FORWARD)
    public static void jumpForward() {}

    @Op(name = "_POP_JUMP_IF_TRUE", stack = "(cond --)", jump = Jump.FORWARD_IF)
    public static boolean popJumpIfTrue(Object cond) {
        return (Boolean) cond;
    }

    @Op(name = "_POP_JUMP_IF_FALSE", stack = "(cond --)", jump = Jump.FORWARD_IF)
    public static boolean popJumpIfFalse(Object cond) {
        return !(Boolean) cond;
    }

    @Op(name = "_IS_NONE", stack = "(value -- b)")
    public static Object isNone(Object value) {
        return Py.bool(value == Py.None);
    }

    @Inst(name = "EXTENDED_ARG", stack = "(--)")
    public static void extendedArg() {
        // Handled by the dispatch loop itself, which folds the oparg into the next instruction's.
    }
}
