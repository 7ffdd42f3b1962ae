package tierpy.vm;

import tierpy.objects.PyDict;

/**
 * Mirrors Include/internal/pycore_interpframe.h: _PyInterpreterFrame. Locals, cells, free variables
 * and the value stack share one array, {@link #localsplus}: slots {@code [0, code.nlocalsplus)} hold
 * the named variables and the stack grows from there. The instruction pointer is a code-unit index.
 */
public final class Frame {
    public final PyCode code;
    public final Object[] localsplus;
    public final PyDict globals;
    public final PyDict builtins;
    /** The locals mapping of module and class bodies (f_locals); null in optimized frames. */
    public Object locals;
    /** The function being run, or null for module and exec code. */
    public final PyFunction function;
    public final ThreadState ts;
    /** The caller, while this frame runs. */
    public Frame back;
    /** Where the dispatch loop continues (code units). */
    public int ip;
    /** Index in {@link #localsplus} of the first free stack slot. */
    public int sp;
    /** The instruction being executed, or last executed (CPython's instr_ptr, as an index). */
    public int lasti;
    /** Set by YIELD_VALUE: the frame left the dispatch loop suspended rather than finished. */
    public boolean suspended;
    /**
     * frame->return_offset: where this frame continues, in code units after the current instruction
     * and its caches, when a frame it pushed (_PUSH_FRAME) returns rather than yields.
     */
    public int returnOffset;
    /** The frame object Python code sees (PyFrameObject), made on first request so identity holds. */
    VmTypes.FrameView frameObject;

    public Frame(ThreadState ts, PyCode code, PyFunction function, PyDict globals, PyDict builtins, Object locals) {
        this.ts = ts;
        this.code = code;
        this.function = function;
        this.globals = globals;
        this.builtins = builtins;
        this.locals = locals;
        // One spare slot: a specialized instruction may hold an intermediate value one above the
        // generic form's stack (CPython keeps it in a C local), e.g. BINARY_OP_SUBSCR_GETITEM's getitem.
        this.localsplus = new Object[code.nlocalsplus + code.co.stacksize + 1];
        this.sp = code.nlocalsplus;
    }

    /** Reads a cache operand of {@code size} code units (1, 2 or 4, little-endian) of the current instruction. */
    public long cache(int offset, int size) {
        char[] units = code.units;
        int first = lasti + 1 + offset;
        // Unrolled: the handlers pass constant sizes (1, 2 or 4), so each call folds to that many loads.
        return switch (size) {
            case 1 -> units[first];
            case 2 -> units[first] | (long) units[first + 1] << 16;
            default -> units[first] | (long) units[first + 1] << 16 | (long) units[first + 2] << 32
                    | (long) units[first + 3] << 48;
        };
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
