package tierpy.vm;

import tierpy.code.CodeObject;
import tierpy.code.Opcodes;
import tierpy.objects.Abstract;
import tierpy.objects.Exceptions;
import tierpy.objects.Py;
import tierpy.objects.PyException;
import tierpy.objects.PyObject;
import tierpy.objects.PyType;

/**
 * Mirrors Objects/genobject.c: generators and coroutines (async generators extend this in
 * {@link PyAsyncGenerator}). The generator owns its suspended frame; {@code send}, {@code throw} and
 * {@code close} resume it where YIELD_VALUE left it.
 */
public class PyGenerator extends PyObject {
    public final Frame frame;
    /** __name__ and __qualname__, which Python code may set. */
    public String name, qualname;
    private boolean started;
    private boolean running;
    private boolean finished;

    /** The exception being handled inside the generator while it is suspended (gi_exc_state). */
    private Object handled = Py.None;

    PyGenerator(Frame frame, PyType type) {
        super(type);
        this.frame = frame;
        frame.generator = this;
        this.name = frame.function == null ? frame.code.co.name : frame.function.name;
        this.qualname = frame.function == null ? frame.code.co.qualname : frame.function.qualname;
    }

    /** The word CPython's messages use for this object. */
    String kind() {
        return type == VmTypes.COROUTINE ? "coroutine" : type == VmTypes.ASYNC_GENERATOR ? "async generator" : "generator";
    }

    /** gen_send_ex: what a return becomes; an async generator's end is StopAsyncIteration. */
    private PyException returned(Object result) {
        return type == VmTypes.ASYNC_GENERATOR ? Exceptions.raise(Exceptions.StopAsyncIteration)
                : Exceptions.stopIteration(result);
    }

    /** gen.send(value): the next yielded value; raises StopIteration(return value) at the end. */
    public Object send(Object value) {
        Object result = resume(value, null);
        if (finished) throw returned(result);
        return result;
    }

    /**
     * gen_iternext: the next yielded value, or null when the generator returns. The return value is
     * dropped here (iteration ignores it); {@code next(gen)} goes through {@link #send} to keep it.
     */
    public Object nextOrNull() {
        if (finished) return null;
        Object result = resume(Py.None, null);
        return finished ? null : result;
    }

    /**
     * gen.throw(exc): _gen_throw. While suspended in {@code yield from}/{@code await} the exception
     * goes to the delegate first; what the delegate raises (StopIteration included, which
     * CLEANUP_THROW turns into the value) is then raised at this generator's yield.
     */
    public Object throwIn(PyException exc) {
        return throwIn(exc, true);
    }

    /**
     * _gen_throw; {@code closeOnGenExit} false (athrow and aclose) lets an async generator's awaits
     * see GeneratorExit rather than closing the awaited object at once.
     */
    Object throwIn(PyException exc, boolean closeOnGenExit) {
        Object yf = delegate();
        if (yf != null) {
            running = true;
            try {
                if (closeOnGenExit && exc.matches(Exceptions.GeneratorExit)) {
                    closeIter(yf);
                } else if (yf instanceof PyGenerator g && !(g instanceof PyAsyncGenerator)) {
                    return g.throwIn(exc, closeOnGenExit);
                } else {
                    Object method = Abstract.getattrOrNull(yf, "throw");
                    if (method != null) return Abstract.call(method, exc.value);
                }
            } catch (PyException fromDelegate) {
                running = false;
                exc = fromDelegate;
            } finally {
                running = false;
            }
        }
        Object result = resume(null, exc);
        if (finished) throw returned(result);
        return result;
    }

    /** _PyGen_yf: the iterator a {@code yield from} or {@code await} suspended in this frame delegates to. */
    private Object delegate() {
        if (!started || finished || running) return null;
        byte[] code = frame.code.co.code;
        int unit = frame.lasti;
        boolean inYieldFrom = (code[2 * unit] & 0xff) == Opcodes.YIELD_VALUE && code[2 * unit + 1] == 1;
        return inYieldFrom ? frame.localsplus[frame.sp - 1] : null;
    }

    /** gen_close_iter. */
    private static void closeIter(Object yf) {
        if (yf instanceof PyGenerator g && !(g instanceof PyAsyncGenerator)) {
            g.close();
            return;
        }
        Object method = Abstract.getattrOrNull(yf, "close");
        if (method != null) Abstract.call(method);
    }

    /** gen.close(): closes the delegate, then throws GeneratorExit in and expects the generator to finish. */
    public Object close() {
        if (finished || !started) {
            finished = true;
            return Py.None;
        }
        PyException exc = null;
        Object yf = delegate();
        if (yf != null) {
            running = true;
            try {
                closeIter(yf);
            } catch (PyException fromDelegate) {
                exc = fromDelegate;
            } finally {
                running = false;
            }
        }
        if (exc == null) exc = Exceptions.raise(Exceptions.GeneratorExit);
        Object returned;
        try {
            returned = resume(null, exc);
        } catch (PyException e) {
            if (e.matches(Exceptions.GeneratorExit) || e.matches(Exceptions.StopIteration)) return Py.None;
            throw e;
        }
        if (!finished) throw Exceptions.runtimeError(kind() + " ignored GeneratorExit");
        return returned; // since 3.13 close() hands back a value the generator returns
    }

    /** gen_send_ex2: runs the frame until its next yield or its end. */
    Object resume(Object value, PyException exc) {
        if (running) throw Exceptions.valueError(kind() + " already executing");
        if (finished) {
            if (exc != null) throw exc;
            if (type == VmTypes.COROUTINE) throw Exceptions.runtimeError("cannot reuse already awaited coroutine");
            throw returned(Py.None);
        }
        if (!started && exc == null && value != Py.None) {
            throw Exceptions.typeError("can't send non-None value to a just-started " + kind());
        }
        if (exc == null) frame.localsplus[frame.sp++] = value;
        return run(exc);
    }

    /**
     * _FOR_ITER_GEN_FRAME / _SEND_GEN_FRAME: pushes the value to send onto the suspended frame, as
     * _PyFrame_StackPush does; false (deoptimize) when the generator cannot take it here: running,
     * finished, or just started and sent something other than None.
     */
    public boolean pushValue(Object value) {
        if (running || finished || (!started && value != Py.None)) return false;
        frame.localsplus[frame.sp++] = value;
        return true;
    }

    /** _PUSH_FRAME of a generator given its value by {@link #pushValue}: runs to the next yield or the end. */
    Object resumePushed() {
        return run(null);
    }

    private Object run(PyException exc) {
        started = true;
        running = true;
        ThreadState ts = frame.ts;
        Object outer = ts.handled;
        ts.handled = handled;
        frame.suspended = false;
        try {
            Object result = Interpreter.run(frame, exc);
            if (!frame.suspended) finished = true;
            return result;
        } catch (PyException e) {
            finished = true;
            throw e;
        } finally {
            running = false;
            handled = ts.handled;
            ts.handled = outer;
        }
    }

    boolean isFinished() {
        return finished;
    }

    /** gi_running. */
    boolean isRunning() {
        return running;
    }

    /** gi_suspended: stopped at a yield, neither new, running nor finished. */
    boolean isSuspended() {
        return started && !running && !finished;
    }

    /** gi_yieldfrom: the delegate of a suspended yield from / await, or None. */
    Object yieldFrom() {
        Object yf = delegate();
        return yf == null ? Py.None : yf;
    }

    @Override
    public String toString() {
        return "<" + type.name + " object " + qualname + " at 0x"
                + Long.toHexString(0x7f0000000000L + ((long) System.identityHashCode(this) << 4)) + ">";
    }
}
