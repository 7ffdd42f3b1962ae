package tierpy.vm;

import tierpy.code.CodeObject;
import tierpy.objects.Exceptions;
import tierpy.objects.Py;
import tierpy.objects.PyException;
import tierpy.objects.PyObject;

/**
 * Mirrors Objects/genobject.c: generators and coroutines. The generator owns its suspended frame;
 * {@code send}, {@code throw} and {@code close} resume it where YIELD_VALUE left it.
 */
public final class PyGenerator extends PyObject {
    public final Frame frame;
    public final String name;
    public final String qualname;
    private boolean started;
    private boolean running;
    private boolean finished;

    /** The exception being handled inside the generator while it is suspended (gi_exc_state). */
    private Object handled = Py.None;

    PyGenerator(Frame frame) {
        super((frame.code.co.flags & CodeObject.CO_COROUTINE) != 0 ? VmTypes.COROUTINE : VmTypes.GENERATOR);
        this.frame = frame;
        this.name = frame.function == null ? frame.code.co.name : frame.function.name;
        this.qualname = frame.function == null ? frame.code.co.qualname : frame.function.qualname;
    }

    private String kind() {
        return type == VmTypes.COROUTINE ? "coroutine" : "generator";
    }

    /** gen.send(value): the next yielded value; raises StopIteration(return value) at the end. */
    public Object send(Object value) {
        Object result = resume(value, null);
        if (finished) throw Exceptions.stopIteration(result);
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

    /** gen.throw(exc): raises {@code exc} at the suspended yield. */
    public Object throwIn(PyException exc) {
        Object result = resume(null, exc);
        if (finished) throw Exceptions.stopIteration(result);
        return result;
    }

    /** gen.close(): throws GeneratorExit in and expects the generator to finish. */
    public Object close() {
        if (finished || !started) {
            finished = true;
            return Py.None;
        }
        try {
            resume(null, Exceptions.raise(Exceptions.GeneratorExit));
        } catch (PyException e) {
            if (e.matches(Exceptions.GeneratorExit) || e.matches(Exceptions.StopIteration)) return Py.None;
            throw e;
        }
        if (!finished) throw Exceptions.runtimeError(kind() + " ignored GeneratorExit");
        return Py.None;
    }

    /** gen_send_ex2: runs the frame until its next yield or its end. */
    Object resume(Object value, PyException exc) {
        if (running) throw Exceptions.valueError(kind() + " already executing");
        if (finished) {
            if (exc != null) throw exc;
            if (type == VmTypes.COROUTINE) throw Exceptions.runtimeError("cannot reuse already awaited coroutine");
            throw Exceptions.stopIteration(Py.None);
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

    @Override
    public String toString() {
        return "<" + kind() + " object " + qualname + " at 0x"
                + Long.toHexString(0x7f0000000000L + ((long) System.identityHashCode(this) << 4)) + ">";
    }
}
