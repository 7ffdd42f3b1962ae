package tierpy.vm;

import java.util.Arrays;

import tierpy.code.Opcodes;
import tierpy.objects.Exceptions;
import tierpy.objects.Py;
import tierpy.objects.PyBaseException;
import tierpy.objects.PyException;

/**
 * Mirrors Python/ceval.c: _PyEval_EvalFrameDefault around the generated dispatch loop
 * ({@link Tier1#dispatch}): frame entry and exit, the recursion limit, exception_unwind over the
 * exception table, and _Py_HandlePending for the eval breaker.
 */
public final class Interpreter {
    private Interpreter() {}

    /** Runs (or resumes) a frame until it returns or yields; Python exceptions propagate as {@link PyException}. */
    public static Object run(Frame f) {
        return run(f, null);
    }

    /**
     * Runs a frame, first raising {@code thrown} at its current instruction when not null (gen.throw).
     * Frames that specialized calls push run in the same dispatch loop; an exception unwinds through
     * them, innermost first, until a handler takes it or {@code entry} lets it propagate.
     */
    static Object run(Frame entry, PyException thrown) {
        ThreadState ts = entry.ts;
        int depth = ts.depth;
        pushFrame(entry);
        try {
            Frame f = thrown == null ? entry : unwindFrames(entry, thrown);
            for (;;) {
                try {
                    return Tier1.dispatch(entry, f);
                } catch (PyException e) {
                    f = unwindFrames(entry, e);
                } catch (RuntimeException e) {
                    f = unwindFrames(entry, internalError(e));
                } catch (StackOverflowError e) {
                    f = unwindFrames(entry, recursionError());
                } catch (OutOfMemoryError e) {
                    f = unwindFrames(entry, Exceptions.raise(Exceptions.MemoryError));
                }
            }
        } finally {
            popFrame(entry);
            // Frames pushed above entry are still counted when a Java error escaped the unwinding.
            ts.depth = depth;
        }
    }

    /**
     * _PUSH_FRAME: {@code callee} becomes the thread's current frame, its caller the frame that was
     * current. At the recursion limit the call raises RecursionError in the caller instead.
     */
    public static void pushFrame(Frame callee) {
        ThreadState ts = callee.ts;
        Frame caller = ts.frame;
        if (ts.depth >= ts.recursionLimit) {
            callee.release(caller);
            throw recursionError();
        }
        ts.depth++;
        callee.back = caller;
        ts.frame = callee;
    }

    /** A frame returned (or let an exception out): its caller is current again. */
    static Frame popFrame(Frame f) {
        Frame caller = f.back;
        ThreadState ts = f.ts;
        ts.frame = caller;
        ts.depth--;
        // A finished frame keeps its f_back (take_ownership); a generator's has none while suspended.
        if (f.generator != null) f.back = null;
        f.release(caller);
        return caller;
    }

    /**
     * exception_unwind across the frames pushed since {@code entry}: the innermost frame with a handler
     * for {@code e} becomes current and is returned; frames without one are popped. Throws {@code e}
     * once {@code entry} has no handler either.
     */
    private static Frame unwindFrames(Frame entry, PyException e) {
        Frame f = entry.ts.frame;
        while (!unwind(f, e)) {
            if (f == entry) throw e;
            f = popFrame(f);
        }
        return f;
    }

    /** A bug in tierpy itself surfaces as SystemError, never as a Java stack trace. */
    static PyException internalError(RuntimeException e) {
        return Exceptions.raise(Exceptions.SystemError, "tierpy internal error: " + e);
    }

    static PyException recursionError() {
        return Exceptions.raise(Exceptions.RecursionError, "maximum recursion depth exceeded");
    }

    /**
     * exception_unwind: records the frame in the traceback, then jumps to the innermost handler
     * covering the failing instruction with the stack cut to the handler's depth. False if none.
     */
    static boolean unwind(Frame f, PyException e) {
        PyBaseException exc = e.value;
        if (f.ts.reraising) {
            f.ts.reraising = false;
        } else {
            if (exc.traceback == Py.None) chainContext(f.ts, exc);
            if (!f.code.builtinFrame && !standsInForC(f)) exc.traceback = PyTraceback.here(exc.traceback, f);
        }
        int h = f.code.handlerFor(f.lasti);
        if (h < 0) return false;
        int[] table = f.code.exceptionTable;
        int sp = f.code.nlocalsplus + table[h + 3];
        Object[] s = f.localsplus;
        Arrays.fill(s, sp, s.length, null);
        if (table[h + 4] != 0) s[sp++] = (long) f.lasti;
        s[sp++] = exc;
        f.sp = sp;
        f.ip = table[h + 2];
        return true;
    }

    /** _PyErr_SetObject's implicit chaining: the exception being handled becomes __context__. */
    /**
     * A frame of a library module written in Python in place of CPython's C module (it sets
     * {@code __tierpy_c_module__}): like C functions, it leaves no traceback entry.
     */
    private static boolean standsInForC(Frame f) {
        return f.globals != null && f.globals.getItemOrNull("__tierpy_c_module__") == Boolean.TRUE;
    }

    static void chainContext(ThreadState ts, PyBaseException exc) {
        Object handled = ts.handled;
        if (handled == Py.None || handled == exc || exc.context != Py.None) return;
        // Break a cycle the new context would close (as _PyErr_SetObject does).
        Object o = handled;
        while (o instanceof PyBaseException b) {
            if (b.context == exc) {
                b.context = Py.None;
                break;
            }
            o = b.context;
        }
        exc.context = handled;
    }

    static PyException unknownOpcode(Frame f, int opcode) {
        return Exceptions.raise(Exceptions.SystemError, "tierpy: opcode " + opcode + " (" + Opcodes.OPNAME[opcode]
                + ") is not implemented yet");
    }

    /** _Py_HandlePending: the eval breaker was set; raise what was requested. */
    public static void handlePending(ThreadState ts) {
        int pending = ts.takePending();
        if ((pending & ThreadState.INTERRUPT_BIT) != 0) throw Exceptions.raise(Exceptions.KeyboardInterrupt);
    }
}
