package tierpy.vm;

import tierpy.objects.PyDict;

/**
 * Mirrors Include/internal/pycore_interpframe.h: _PyInterpreterFrame. Locals, cells, free variables
 * and the value stack share one array, {@link #localsplus}: slots {@code [0, code.nlocalsplus)} hold
 * the named variables and the stack grows from there. The instruction pointer is a code-unit index.
 *
 * <p>Function frames are reused as CPython reuses its data stack (Python/pystate.c:
 * _PyThreadState_PushFrame): a frame that returned and that nothing can still see is kept, cleared, as
 * its caller's {@link #spare}, and the caller's next call runs in it. Memory that is already in the
 * cache makes a call cheaper than a fresh allocation. A frame that may be seen after it returns (its
 * frame object, a traceback, a generator) is {@link #pinned} and never reused.
 */
public final class Frame {
    public PyCode code;
    public final Object[] localsplus;
    public PyDict globals;
    public PyDict builtins;
    /** The locals mapping of module and class bodies (f_locals); null in optimized frames. */
    public Object locals;
    /** The function being run, or null for module and exec code. */
    public PyFunction function;
    public final ThreadState ts;
    /** The caller, while this frame runs. */
    public Frame back;
    /** Where the dispatch loop continues (code units). */
    public int ip;
    /** Index in {@link #localsplus} of the first free stack slot. */
    public int sp;

    /**
     * Drops the values popped from the stack above {@code top}: the interpreter leaves them in
     * their slots, where they would keep objects alive for the JVM's collector (and weak
     * references to them alive) as long as the frame runs. Called before generic calls, one of
     * which is gc.collect().
     */
    public void clearAbove(int top) {
        java.util.Arrays.fill(localsplus, top, localsplus.length, null);
    }
    /** The instruction being executed, or last executed (CPython's instr_ptr, as an index). */
    public int lasti;
    /** Set by YIELD_VALUE: the frame left the dispatch loop suspended rather than finished. */
    public boolean suspended;
    /**
     * frame->return_offset: where this frame continues, in code units after the current instruction
     * and its caches, when a frame it pushed (_PUSH_FRAME) returns rather than yields.
     */
    public int returnOffset;
    /** The generator, coroutine or async generator that owns this frame (f_generator), or null. */
    PyGenerator generator;
    /** The frame object Python code sees (PyFrameObject), made on first request so identity holds. */
    VmTypes.FrameView frameObject;
    /** A function frame that can be reused once it returns (see {@link #pin}). */
    private final boolean reusable;
    /** Something may still see this frame after it returns: it is never reused. */
    private boolean pinned;
    /** A cleared frame this frame's next call can run in. */
    private Frame spare;

    public Frame(ThreadState ts, PyCode code, PyFunction function, PyDict globals, PyDict builtins, Object locals) {
        this.ts = ts;
        this.code = code;
        this.function = function;
        this.globals = globals;
        this.builtins = builtins;
        this.locals = locals;
        this.localsplus = new Object[code.frameSize];
        this.sp = code.nlocalsplus;
        this.reusable = false;
    }

    /** A reusable frame for a call of {@code fn}. */
    private Frame(ThreadState ts, PyFunction fn, int size) {
        this.ts = ts;
        this.code = fn.code;
        this.function = fn;
        this.globals = fn.globals;
        this.builtins = fn.builtins;
        this.localsplus = new Object[size];
        this.sp = code.nlocalsplus;
        this.reusable = true;
    }

    /**
     * _PyFrame_PushUnchecked: a frame for a call of {@code fn} made by {@code caller}, with every slot
     * empty: the caller's spare frame when it is large enough, else a new one.
     */
    static Frame forCall(Frame caller, PyFunction fn) {
        PyCode c = fn.code;
        Frame f = caller.spare;
        if (f == null || f.localsplus.length < c.frameSize) return new Frame(caller.ts, fn, c.frameSize);
        if (f.function != fn || f.code != c) {
            // A recursive or repeated call finds these in place: no stores (and no card marks).
            f.code = c;
            f.function = fn;
            f.globals = fn.globals;
            f.builtins = fn.builtins;
        }
        f.ip = 0;
        f.sp = c.nlocalsplus;
        return f;
    }

    /** Marks this frame as visible beyond its run (a frame object, a traceback entry, a generator). */
    void pin() {
        pinned = true;
    }

    /**
     * _PyThreadState_PopFrame: once this frame has returned to {@code caller} (null at the top),
     * clears it and keeps it as the caller's spare, unless something may still see it.
     */
    void release(Frame caller) {
        if (!reusable || caller == null) return;
        if (pinned) {
            if (caller.spare == this) caller.spare = null;
            return;
        }
        Object[] s = localsplus;
        for (int i = code.frameSize - 1; i >= 0; i--) s[i] = null;
        if (caller.spare != this) caller.spare = this;
    }

    // Cache operands (little-endian code units after the instruction): one reader per size, each small
    // enough that every compiler tier inlines it into the generated handlers, with no loop to unroll.

    /** A one-unit cache operand of the current instruction. */
    public long cache1(int offset) {
        return code.units[lasti + 1 + offset];
    }

    /** A two-unit cache operand of the current instruction. */
    public long cache2(int offset) {
        char[] units = code.units;
        int i = lasti + 1 + offset;
        return units[i] | (long) units[i + 1] << 16;
    }

    /** A four-unit cache operand of the current instruction. */
    public long cache4(int offset) {
        char[] units = code.units;
        int i = lasti + 1 + offset;
        return units[i] | (long) units[i + 1] << 16 | (long) units[i + 2] << 32 | (long) units[i + 3] << 48;
    }

    /** locals() / f_locals: the namespace of a module or class body, else a snapshot of the bound fast locals. */
    public Object localsMapping() {
        if (locals != null) return locals;
        PyDict d = new PyDict();
        java.util.List<String> names = code.co.localsplusnames;
        for (int i = 0; i < names.size(); i++) {
            Object v = localsplus[i];
            if (v instanceof PyCell c) v = c.ref;
            if (v != null) d.setItem(names.get(i), v);
        }
        return d;
    }

    /** The source line of the current instruction, or -1. */
    public int lineno() {
        return code.lineAt(lasti);
    }
}
