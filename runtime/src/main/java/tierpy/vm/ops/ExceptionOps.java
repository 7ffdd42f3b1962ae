package tierpy.vm.ops;

import tierpy.objects.Py;
import tierpy.vm.Frame;
import tierpy.vm.Raise;

/** Mirrors Python/bytecodes.c: raising, re-raising and the except-block bookkeeping. */
@Macro("PUSH_EXC_INFO = _PUSH_EXC_INFO")
@Macro("POP_EXCEPT = _POP_EXCEPT")
@Macro("CHECK_EXC_MATCH = _CHECK_EXC_MATCH")
@Macro("CHECK_EG_MATCH = _CHECK_EG_MATCH")
@Macro("LOAD_COMMON_CONSTANT = _LOAD_COMMON_CONSTANT")
public final class ExceptionOps {
    private ExceptionOps() {}

    @Inst(name = "RAISE_VARARGS", stack = "(args[oparg] --)", flags = {Flag.ERROR, Flag.ESCAPES})
    public static void raiseVarargs(Frame f, @Oparg int oparg, int args) {
        Object[] s = f.localsplus;
        throw switch (oparg) {
            case 0 -> Raise.reraiseHandled(f.ts);
            case 1 -> Raise.doRaise(s[args], null);
            default -> Raise.doRaise(s[args], s[args + 1]);
        };
    }

    /**
     * CPython also restores frame->instr_ptr from the saved lasti when oparg is set; that only
     * changes f_lineno while unwinding (the handler search uses the RERAISE itself), and our
     * traceback entries are recorded when the exception first passes the frame.
     */
    @Inst(name = "RERAISE", stack = "(unused[oparg], exc -- unused[oparg])", flags = {Flag.ERROR, Flag.ESCAPES})
    public static void reraise(Object exc) {
        throw Raise.reraise(exc);
    }

    @Op(name = "_PUSH_EXC_INFO", stack = "(exc[1] -- prev_exc[1], new_exc[1])")
    public static void pushExcInfo(Frame f, int exc, int prevExc, int newExc) {
        Object[] s = f.localsplus;
        Object raised = s[exc];
        s[prevExc] = f.ts.handled;
        s[newExc] = raised;
        f.ts.handled = raised;
    }

    @Op(name = "_POP_EXCEPT", stack = "(exc_value --)", flags = Flag.ESCAPES)
    public static void popExcept(Frame f, Object excValue) {
        f.ts.handled = excValue == null ? Py.None : excValue;
    }

    @Op(name = "_CHECK_EXC_MATCH", stack = "(left, right -- left, b)", flags = {Flag.ERROR, Flag.ERROR_NO_POP, Flag.ESCAPES})
    public static Object checkExcMatch(Object left, Object right) {
        return Py.bool(Raise.matches(left, right));
    }

    /** except*: splits the exception into (rest, match); a match becomes the handled exception. */
    @Op(name = "_CHECK_EG_MATCH", stack = "(exc_value[1], match_type[1] -- rest[1], match[1])",
            flags = {Flag.ERROR, Flag.ESCAPES})
    public static void checkEgMatch(Frame f, int excValue, int matchType, int rest, int match) {
        Object[] s = f.localsplus;
        Object[] split = Raise.exceptionGroupMatch(f, s[excValue], s[matchType]);
        s[rest] = split[0];
        s[match] = split[1];
        if (split[1] != Py.None) f.ts.handled = split[1];
    }

    @Op(name = "_LOAD_COMMON_CONSTANT", stack = "(-- value)")
    public static Object loadCommonConstant(@Oparg int oparg) {
        return Raise.commonConstant(oparg);
    }
}
