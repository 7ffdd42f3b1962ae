package tierpy.vm;

import tierpy.code.CodeObject;
import tierpy.objects.Abstract;
import tierpy.objects.Exceptions;
import tierpy.objects.Py;
import tierpy.objects.PyBaseException;
import tierpy.objects.PyException;
import tierpy.objects.PyType;

/** Mirrors Objects/genobject.c: RETURN_GENERATOR's generator creation, PyIter_Send for SEND, and frame pushes. */
public final class Generators {
    private Generators() {}

    /** The generator that takes over frame {@code f} (which has just executed RETURN_GENERATOR). */
    public static PyGenerator create(Frame f) {
        f.pin();
        int flags = f.code.co.flags;
        if ((flags & CodeObject.CO_ASYNC_GENERATOR) != 0) return new PyAsyncGenerator(f);
        return new PyGenerator(f, (flags & CodeObject.CO_COROUTINE) != 0 ? VmTypes.COROUTINE : VmTypes.GENERATOR);
    }

    /**
     * PyIter_Send: sends {@code s[v]} into {@code receiver} and stores in {@code s[v]} what it yields
     * (returns false) or returns (returns true).
     */
    public static boolean send(Frame f, Object receiver, int v) {
        Object[] s = f.localsplus;
        Object value = s[v];
        if (receiver instanceof PyGenerator g) {
            Object r = g.resume(value, null);
            s[v] = r;
            return g.isFinished();
        }
        try {
            Object r;
            PyType type = Py.type(receiver);
            if (value == Py.None && type.next != null) {
                // a Python __next__ is called itself: its StopIteration carries the yield from's value
                r = type.heap ? Abstract.callMethodOrNull(receiver, "__next__") : null;
                if (r == null) r = type.next.apply(receiver);
                if (r == null) {
                    s[v] = Py.None;
                    return true;
                }
            } else {
                r = Abstract.call(Abstract.getattr(receiver, "send"), value);
            }
            s[v] = r;
            return false;
        } catch (PyException e) {
            if (!e.matches(Exceptions.StopIteration)) throw e;
            s[v] = stopIterationValue(e.value);
            return true;
        }
    }

    /**
     * _PUSH_FRAME of what the dispatch loop does not run itself: a generator given its value by
     * {@link PyGenerator#pushValue}, or an __init__ frame, runs on the Java stack to its next exit. A
     * yield leaves {@code f.returnOffset} at 0 (continue after the instruction); a return keeps the
     * offset the instruction saved.
     */
    public static Object pushFrame(Frame f, Object newFrame) {
        if (newFrame instanceof PyGenerator g) {
            Object r = g.resumePushed();
            if (!g.isFinished()) f.returnOffset = 0;
            return r;
        }
        return InlineCalls.runInit((InlineCalls.InitFrame) newFrame);
    }

    /** StopIteration.value: its first argument, or None. */
    /**
     * GET_AWAITABLE: _PyEval_GetAwaitable. A coroutine awaits itself; anything else goes through
     * {@code __await__}, which must give an iterator that is not a coroutine.
     */
    public static Object awaitable(Object o, int oparg) {
        if (o instanceof PyGenerator g && Py.type(g) == VmTypes.COROUTINE) {
            if (g.yieldFrom() != Py.None) throw Exceptions.runtimeError("coroutine is being awaited already");
            return g;
        }
        // gen_is_coroutine: a generator whose code types.coroutine marked CO_ITERABLE_COROUTINE
        if (o instanceof PyGenerator g && Py.type(g) == VmTypes.GENERATOR
                && (g.frame.code.co.flags & CodeObject.CO_ITERABLE_COROUTINE) != 0) {
            return g;
        }
        Object hook = Abstract.lookupSpecial(o, "__await__");
        if (hook == null) {
            String type = Py.type(o).name;
            if (oparg == 1 || oparg == 2) {
                throw Exceptions.typeError("'async with' received an object from __a" + (oparg == 1 ? "enter" : "exit")
                        + "__ that does not implement __await__: " + type);
            }
            throw Exceptions.typeError("'" + type + "' object can't be awaited");
        }
        Object it = Abstract.callBound(hook, o);
        if (it instanceof PyGenerator g && Py.type(g) == VmTypes.COROUTINE) {
            throw Exceptions.typeError("__await__() returned a coroutine");
        }
        if (Py.type(it).next == null) {
            throw Exceptions.typeError("__await__() returned non-iterator of type '" + Py.type(it).name + "'");
        }
        return it;
    }

    static Object stopIterationValue(PyBaseException e) {
        return e.args.size() > 0 ? e.args.get(0) : Py.None;
    }
}
