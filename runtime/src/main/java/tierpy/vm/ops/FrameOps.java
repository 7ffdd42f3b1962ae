package tierpy.vm.ops;

import tierpy.objects.Py;
import tierpy.vm.Frame;
import tierpy.vm.Generators;
import tierpy.vm.PyGenerator;
import tierpy.vm.VmTypes;

/**
 * Mirrors Python/bytecodes.c: the ops specialized instructions use to enter another frame
 * (_CHECK_PEP_523, _PUSH_FRAME) and the generator frames FOR_ITER_GEN and SEND_GEN push.
 */
public final class FrameOps {
    private FrameOps() {}

    /** DEOPT_IF(tstate->interp->eval_frame): tierpy has no PEP 523 frame evaluators, so this always passes. */
    @Op(name = "_CHECK_PEP_523", stack = "(--)", flags = Flag.DEOPT)
    public static boolean checkPep523() {
        return true;
    }

    @Op(name = "_PUSH_FRAME", stack = "(new_frame -- res)", jump = Jump.PUSH_FRAME)
    public static Object pushFrame(Frame f, Object newFrame) {
        return Generators.pushFrame(f, newFrame);
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
        if (!(receiver instanceof PyGenerator g) || !g.pushValue(v)) return null;
        f.returnOffset = oparg;
        return g;
    }
}
