package tierpy.vm.ops;

import tierpy.objects.Abstract;
import tierpy.objects.Exceptions;
import tierpy.objects.Py;
import tierpy.objects.PyBaseException;
import tierpy.objects.PyException;
import tierpy.objects.PyType;
import tierpy.vm.Generators;
import tierpy.vm.Raise;

/** Mirrors Python/bytecodes.c: GET_AITER, GET_ANEXT (with ceval.c: _PyEval_GetANext) and END_ASYNC_FOR. */
@Macro("GET_AITER = _GET_AITER")
@Macro("GET_ANEXT = _GET_ANEXT")
public final class AsyncOps {
    private AsyncOps() {}

    @Op(name = "_GET_AITER", stack = "(obj -- iter)", flags = {Flag.ERROR, Flag.ESCAPES})
    public static Object getAiter(Object obj) {
        PyType type = Py.type(obj);
        Object getter = Abstract.lookupSpecial(obj, "__aiter__");
        if (getter == null) {
            throw Exceptions.typeError("'async for' requires an object with __aiter__ method, got " + type.name);
        }
        Object iter = Abstract.callBound(getter, obj);
        if (Abstract.lookupSpecial(iter, "__anext__") == null) {
            throw Exceptions.typeError("'async for' received an object from __aiter__ that does not implement __anext__: "
                    + Py.type(iter).name);
        }
        return iter;
    }

    @Op(name = "_GET_ANEXT", stack = "(aiter -- aiter, awaitable)", flags = {Flag.ERROR, Flag.ERROR_NO_POP, Flag.ESCAPES})
    public static Object getAnext(Object aiter) {
        Object getter = Abstract.lookupSpecial(aiter, "__anext__");
        if (getter == null) {
            throw Exceptions.typeError("'async for' requires an iterator with __anext__ method, got " + Py.type(aiter).name);
        }
        Object next = Abstract.callBound(getter, aiter);
        try {
            return Generators.awaitable(next, 0);
        } catch (PyException e) {
            if (!Py.type(e.value).isSubtype(Exceptions.TypeError)) throw e;
            // _PyErr_FormatFromCause: the awaitable's own complaint becomes the cause.
            PyException wrapped = Exceptions.typeError("'async for' received an invalid object from __anext__: "
                    + Py.type(next).name);
            wrapped.value.cause = e.value;
            wrapped.value.context = e.value;
            wrapped.value.suppressContext = true;
            throw wrapped;
        }
    }

    /** Ends the loop when the awaited __anext__() raised StopAsyncIteration; any other exception goes on. */
    @Inst(name = "END_ASYNC_FOR", stack = "(awaitable, exc --)", flags = {Flag.ERROR, Flag.ESCAPES})
    public static void endAsyncFor(Object awaitable, Object exc) {
        if (!(exc instanceof PyBaseException e) || !Py.type(e).isSubtype(Exceptions.StopAsyncIteration)) {
            throw Raise.reraise(exc);
        }
    }
}
