package tierpy.vm.ops;

import tierpy.vm.Frame;
import tierpy.vm.Generators;

/** Mirrors Python/bytecodes.c: RETURN_GENERATOR, YIELD_VALUE, SEND and END_SEND. */
@Macro(value = "RETURN_GENERATOR = _RETURN_GENERATOR", exit = Exit.RETURN)
@Macro(value = "YIELD_VALUE = _YIELD_VALUE", exit = Exit.YIELD)
@Macro("SEND = _SPECIALIZE_SEND + _SEND")
@Macro("END_SEND = _END_SEND")
public final class GeneratorOps {
    private GeneratorOps() {}

    /** Leaves the frame to a new generator object, which the caller receives as the call's result. */
    @Op(name = "_RETURN_GENERATOR", stack = "(-- res)", flags = {Flag.ERROR, Flag.ESCAPES})
    public static Object returnGenerator(Frame f) {
        return Generators.create(f);
    }

    @Op(name = "_YIELD_VALUE", stack = "(retval -- value)", flags = Flag.ESCAPES)
    public static Object yieldValue(Frame f, @Oparg int oparg, Object retval) {
        f.suspended = true;
        return retval;
    }

    @Op(name = "_SPECIALIZE_SEND", stack = "(counter/1, receiver, unused -- receiver, unused)", specializing = true)
    public static void specializeSend(long counter, Object receiver) {
        // No specializer yet: SEND always runs its generic form.
    }

    /**
     * PyIter_Send: replaces v with what the receiver yields (falls through to YIELD_VALUE) or with its
     * return value (jumps to END_SEND): true means it returned.
     */
    @Op(name = "_SEND", stack = "(receiver, v[1] -- receiver, v[1])", flags = {Flag.ERROR, Flag.ESCAPES},
            jump = Jump.FORWARD_IF)
    public static boolean send(Frame f, Object receiver, int v) {
        return Generators.send(f, receiver, v);
    }

    @Op(name = "_END_SEND", stack = "(receiver, value -- val)", flags = {Flag.ESCAPES, Flag.PURE})
    public static Object endSend(Object receiver, Object value) {
        return value;
    }
}
