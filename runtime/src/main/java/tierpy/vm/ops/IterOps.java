package tierpy.vm.ops;

import tierpy.objects.Abstract;
import tierpy.objects.Exceptions;
import tierpy.objects.Py;
import tierpy.objects.PyException;
import tierpy.objects.PyIterator;
import tierpy.objects.Slots;
import tierpy.vm.Frame;
import tierpy.vm.Specializer;

/** Mirrors Python/bytecodes.c: GET_ITER and FOR_ITER. */
@Macro("GET_ITER = _GET_ITER")
@Family(name = "FOR_ITER", members = {"FOR_ITER_LIST", "FOR_ITER_TUPLE", "FOR_ITER_RANGE", "FOR_ITER_GEN"})
@Macro("FOR_ITER = _SPECIALIZE_FOR_ITER + _FOR_ITER")
@Macro("FOR_ITER_LIST = unused/1 + _ITER_CHECK_LIST + _ITER_JUMP_LIST + _ITER_NEXT_LIST")
@Macro("FOR_ITER_TUPLE = unused/1 + _ITER_CHECK_TUPLE + _ITER_JUMP_TUPLE + _ITER_NEXT_TUPLE")
@Macro("FOR_ITER_RANGE = unused/1 + _ITER_CHECK_RANGE + _ITER_JUMP_RANGE + _ITER_NEXT_RANGE")
@Macro("FOR_ITER_GEN = unused/1 + _CHECK_PEP_523 + _FOR_ITER_GEN_FRAME + _PUSH_FRAME")
public final class IterOps {
    private IterOps() {}

    @Op(name = "_GET_ITER", stack = "(iterable -- iter)", flags = {Flag.ERROR, Flag.ESCAPES})
    public static Object getIter(Object iterable) {
        return Abstract.iter(iterable);
    }

    @Op(name = "_SPECIALIZE_FOR_ITER", stack = "(counter/1, iter -- iter)", specializing = true)
    public static void specializeForIter(Frame f, Object iter) {
        Specializer.forIter(f, iter);
    }

    @Op(name = "_ITER_CHECK_LIST", stack = "(iter -- iter)", flags = Flag.EXIT)
    public static boolean iterCheckList(Object iter) {
        return Py.type(iter) == Py.LIST_ITERATOR;
    }

    @Op(name = "_ITER_JUMP_LIST", stack = "(iter -- iter)", jump = Jump.EXIT_LOOP_IF)
    public static boolean iterJumpList(Object iter) {
        return ((PyIterator) iter).exhausted();
    }

    /** The list may shrink under the loop between the check and here (CPython's free-threaded build re-checks too). */
    @Op(name = "_ITER_NEXT_LIST", stack = "(iter -- iter, next)", jump = Jump.FORWARD_IF_NULL)
    public static Object iterNextList(Object iter) {
        return ((PyIterator) iter).nextOrNull();
    }

    @Op(name = "_ITER_CHECK_TUPLE", stack = "(iter -- iter)", flags = Flag.EXIT)
    public static boolean iterCheckTuple(Object iter) {
        return Py.type(iter) == Py.TUPLE_ITERATOR;
    }

    @Op(name = "_ITER_JUMP_TUPLE", stack = "(iter -- iter)", jump = Jump.EXIT_LOOP_IF)
    public static boolean iterJumpTuple(Object iter) {
        return ((PyIterator) iter).exhausted();
    }

    @Op(name = "_ITER_NEXT_TUPLE", stack = "(iter -- iter, next)")
    public static Object iterNextTuple(Object iter) {
        return ((PyIterator) iter).nextOrNull();
    }

    @Op(name = "_ITER_CHECK_RANGE", stack = "(iter -- iter)", flags = Flag.EXIT)
    public static boolean iterCheckRange(Object iter) {
        return Py.type(iter) == Py.RANGE_ITERATOR;
    }

    @Op(name = "_ITER_JUMP_RANGE", stack = "(iter -- iter)", jump = Jump.EXIT_LOOP_IF)
    public static boolean iterJumpRange(Object iter) {
        return ((PyIterator) iter).exhausted();
    }

    @Op(name = "_ITER_NEXT_RANGE", stack = "(iter -- iter, next)", flags = Flag.ERROR)
    public static Object iterNextRange(Object iter) {
        return ((PyIterator) iter).nextOrNull();
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
