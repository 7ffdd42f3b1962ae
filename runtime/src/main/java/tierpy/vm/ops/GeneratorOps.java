package tierpy.vm.ops;

import tierpy.objects.Abstract;
import tierpy.objects.Exceptions;
import tierpy.objects.Py;
import tierpy.objects.PyBaseException;
import tierpy.code.CodeObject;
import tierpy.objects.PyType;
import tierpy.vm.Frame;
import tierpy.vm.VmTypes;
import tierpy.vm.Generators;
import tierpy.vm.Raise;
import tierpy.vm.Specializer;

/** Mirrors Python/bytecodes.c: RETURN_GENERATOR, YIELD_VALUE, SEND and END_SEND. */
@Macro(value = "RETURN_GENERATOR = _RETURN_GENERATOR", exit = Exit.RETURN)
@Macro(value = "YIELD_VALUE = _YIELD_VALUE", exit = Exit.YIELD)
@Family(name = "SEND", members = {"SEND_GEN"})
@Macro("SEND = _SPECIALIZE_SEND + _SEND")
@Macro("SEND_GEN = unused/1 + _CHECK_PEP_523 + _SEND_GEN_FRAME + _PUSH_FRAME")
@Macro("END_SEND = _END_SEND")
@Macro("GET_YIELD_FROM_ITER = _GET_YIELD_FROM_ITER")
@Macro("GET_AWAITABLE = _GET_AWAITABLE")
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
    public static void specializeSend(Frame f, Object receiver) {
        Specializer.send(f, receiver);
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

    @Op(name = "_GET_AWAITABLE", stack = "(iterable -- iter)", flags = {Flag.ERROR, Flag.ESCAPES})
    public static Object getAwaitable(@Oparg int oparg, Object iterable) {
        return Generators.awaitable(iterable, oparg);
    }

    @Op(name = "_GET_YIELD_FROM_ITER", stack = "(iterable -- iter)", flags = {Flag.ERROR, Flag.ERROR_NO_POP, Flag.ESCAPES})
    public static Object getYieldFromIter(Frame f, Object iterable) {
        PyType type = Py.type(iterable);
        if (type == VmTypes.COROUTINE) {
            if ((f.code.co.flags & (CodeObject.CO_COROUTINE | CodeObject.CO_ITERABLE_COROUTINE)) == 0) {
                throw Exceptions.typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
            }
            return iterable;
        }
        return type == VmTypes.GENERATOR ? iterable : Abstract.iter(iterable);
    }

    /** After a throw() into a delegating generator: StopIteration ends the yield from with its value. */
    @Inst(name = "CLEANUP_THROW", stack = "(sub_iter, last_sent_val, exc_value -- none[1], value[1])",
            flags = {Flag.ERROR, Flag.ESCAPES})
    public static void cleanupThrow(Frame f, Object subIter, Object lastSentVal, Object excValue, int none, int value) {
        if (!(excValue instanceof PyBaseException e) || !Py.type(e).isSubtype(Exceptions.StopIteration)) {
            throw Raise.reraise(excValue);
        }
        f.localsplus[none] = Py.None;
        f.localsplus[value] = e.args.size() > 0 ? e.args.get(0) : Py.None;
    }
}
