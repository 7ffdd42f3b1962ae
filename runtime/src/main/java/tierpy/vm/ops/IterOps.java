package tierpy.vm.ops;

import tierpy.objects.Abstract;
import tierpy.objects.Exceptions;
import tierpy.objects.Py;
import tierpy.objects.PyException;
import tierpy.objects.Slots;
import tierpy.vm.Frame;
import tierpy.vm.Specializer;

/** Mirrors Python/bytecodes.c: GET_ITER and FOR_ITER. */
@Macro("GET_ITER = _GET_ITER")
@Macro("FOR_ITER = _SPECIALIZE_FOR_ITER + _FOR_ITER")
public final class IterOps {
    private IterOps() {}

    @Op(name = "_GET_ITER", stack = "(iterable -- iter)", flags = {Flag.ERROR, Flag.ESCAPES})
    public static Object getIter(Object iterable) {
        return Abstract.iter(iterable);
    }

    @Op(name = "_SPECIALIZE_FOR_ITER", stack = "(counter/1, iter -- iter)", specializing = true)
    public static void specializeForIter(Frame f, Object iter) {
        Specializer.noSpecializer(f);
    }

    /** Returns the next item, or null when the iterator is exhausted (the loop then exits). */
    @Op(name = "_FOR_ITER", stack = "(iter -- iter, next)", flags = {Flag.ERROR, Flag.ESCAPES},
            jump = Jump.FORWARD_IF_NULL)
    public static Object forIter(Object iter) {
        Slots.Unary next = Py.type(iter).next;
        if (next == null) throw Exceptions.typeError("'" + Py.type(iter).name + "' object is not an iterator");
        try {
            return next.apply(iter);
        } catch (PyException e) {
            if (e.matches(Exceptions.StopIteration)) return null;
            throw e;
        }
    }
}
