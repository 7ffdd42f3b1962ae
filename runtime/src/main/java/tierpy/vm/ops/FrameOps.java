package tierpy.vm.ops;

import tierpy.objects.Py;
import tierpy.vm.Calls;
import tierpy.vm.Frame;
import tierpy.vm.Generators;
import tierpy.vm.Interpreter;
import tierpy.vm.PyFunction;
import tierpy.vm.PyGenerator;
import tierpy.vm.Specializer;
import tierpy.vm.VmTypes;

/**
 * Mirrors Python/bytecodes.c: the ops specialized instructions use to enter another frame
 * (_CHECK_PEP_523, _PUSH_FRAME) and the frames FOR_ITER_GEN, SEND_GEN and BINARY_OP_SUBSCR_GETITEM push.
 */
public final class FrameOps {
    private FrameOps() {}

    /** DEOPT_IF(tstate->interp->eval_frame): tierpy has no PEP 523 frame evaluators, so this always passes. */
    @Op(name = "_CHECK_PEP_523", stack = "(--)", flags = Flag.DEOPT)
    public static boolean checkPep523() {
        return true;
    }

    /**
     * A call's frame becomes current and null comes back: the dispatch loop runs it and, when it
     * returns, puts its result in {@code res}. Generators and __init__ frames run to their exit here.
     */
    @Op(name = "_PUSH_FRAME", stack = "(new_frame -- res)", jump = Jump.PUSH_FRAME)
    public static Object pushFrame(Frame f, Object newFrame) {
        if (newFrame instanceof Frame callee) {
            Interpreter.pushFrame(callee);
            return null;
        }
        return Generators.pushFrame(f, newFrame);
    }

    /** What BINARY_OP_SUBSCR_GETITEM keeps in the side table (CPython: the type's _spec_cache). */
    public record GetItemCache(PyFunction getitem, int typeVersion) {}

    /** The cached __getitem__, or null (deoptimize) once the container's type changed. */
    @Op(name = "_BINARY_OP_SUBSCR_CHECK_FUNC", stack = "(container, unused -- container, unused, getitem)", flags = Flag.DEOPT)
    public static Object binaryOpSubscrCheckFunc(Frame f, Object container) {
        return Specializer.cachedObject(f) instanceof GetItemCache c && Py.type(container).currentVersionTag() == c.typeVersion
                && Calls.isSimple(c.getitem, 2) ? c.getitem : null;
    }

    @Op(name = "_BINARY_OP_SUBSCR_INIT_CALL", stack = "(container, sub, getitem -- new_frame)")
    public static Object binaryOpSubscrInitCall(Frame f, Object container, Object sub, Object getitem) {
        Frame frame = Calls.pushUnchecked(f, (PyFunction) getitem);
        frame.localsplus[0] = container;
        frame.localsplus[1] = sub;
        f.returnOffset = 0;
        return frame;
    }

    /** Null (deoptimize) unless an exact generator can take None now; a return lands on END_FOR. */
    @Op(name = "_FOR_ITER_GEN_FRAME", stack = "(iter -- iter, gen_frame)", flags = Flag.DEOPT)
    public static Object forIterGenFrame(Frame f, @Oparg int oparg, Object iter) {
        if (!(iter instanceof PyGenerator g) || g.type != VmTypes.GENERATOR || !g.pushValue(Py.None)) {
            return null;
        }
        f.returnOffset = oparg;
        return g;
    }

    /** Null (deoptimize) unless an exact generator or coroutine can take {@code v} now; a return lands on END_SEND. */
    @Op(name = "_SEND_GEN_FRAME", stack = "(receiver, v -- receiver, gen_frame)", flags = Flag.DEOPT)
    public static Object sendGenFrame(Frame f, @Oparg int oparg, Object receiver, Object v) {
        if (!(receiver instanceof PyGenerator g) || g.type == VmTypes.ASYNC_GENERATOR || !g.pushValue(v)) return null;
        f.returnOffset = oparg;
        return g;
    }
}
