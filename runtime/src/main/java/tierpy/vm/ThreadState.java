package tierpy.vm;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

import tierpy.objects.NativeRecursion;
import tierpy.objects.Py;

/**
 * Mirrors Include/cpython/pystate.h: PyThreadState: the running frame, the recursion budget,
 * the exception being handled ({@code sys.exception()}), and the eval breaker that RESUME and
 * JUMP_BACKWARD poll (Python/ceval_gil.c: _Py_HandlePending).
 */
public final class ThreadState {
    /** Bit set by {@link #interrupt()}: raise KeyboardInterrupt at the next check. */
    static final int INTERRUPT_BIT = 1;

    /** CPython's eval_breaker: nonzero when the running code must stop at its next check. */
    volatile int evalBreaker;

    /** The innermost running frame. */
    public Frame frame;
    /** Python-level recursion depth (CPython's py_recursion_remaining, counted upwards). */
    public int depth;
    /** sys.getrecursionlimit(). */
    public int recursionLimit = 1000;
    /** The exception currently being handled (exc_info->exc_value), Py.None when none. */
    public Object handled = Py.None;
    /** sys.set_asyncgen_hooks: called on an async generator's first iteration, and kept for its finalization. */
    public Object asyncGenFirstiter = Py.None, asyncGenFinalizer = Py.None;
    /** Set by RERAISE and bare raise: the next unwind adds no traceback entry (CPython skips PyTraceBack_Here). */
    boolean reraising;

    /** Requests a KeyboardInterrupt in the Python code this thread runs; callable from any thread. */
    public void interrupt() {
        synchronized (this) {
            evalBreaker |= INTERRUPT_BIT;
        }
    }

    /**
     * Whether a check must stop, polled by RESUME, CALL and backward jumps. An opaque read (as
     * CPython's relaxed atomic load): no ordering barrier in the hot loop, yet never hoisted out
     * of it, so an interrupt is still seen at the next check.
     */
    public boolean evalBreakerSet() {
        return (int) EVAL_BREAKER.getOpaque(this) != 0;
    }

    private static final VarHandle EVAL_BREAKER;

    static {
        try {
            EVAL_BREAKER = MethodHandles.lookup().findVarHandle(ThreadState.class, "evalBreaker", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Consumes pending requests; called only by the running thread when {@link #evalBreaker} is nonzero. */
    int takePending() {
        synchronized (this) {
            int pending = evalBreaker;
            evalBreaker = 0;
            return pending;
        }
    }

    private static final ThreadLocal<ThreadState> CURRENT = ThreadLocal.withInitial(ThreadState::new);

    /** The state of the calling thread (created on first use). */
    public static ThreadState current() {
        if (Thread.currentThread() instanceof InterpreterThread t) return t.state;
        return CURRENT.get();
    }

    /** A thread that carries its state in a field: {@link #current()} needs no ThreadLocal lookup on it. */
    public static final class InterpreterThread extends NativeRecursion.CountingThread {
        final ThreadState state = new ThreadState();

        public InterpreterThread(Runnable body, String name, long stackSize) {
            super(body, name, stackSize);
        }
    }
}
