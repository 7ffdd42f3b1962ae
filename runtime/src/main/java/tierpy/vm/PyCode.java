package tierpy.vm;

import java.util.List;

import tierpy.code.CodeObject;
import tierpy.objects.PyObject;

/**
 * Mirrors Objects/codeobject.c: the runtime side of a code object. Wraps the compiler's
 * {@link CodeObject} with what the interpreter reads on every call: the adaptive code units (which
 * the specializer rewrites in place), runtime constants, names, the decoded exception table.
 */
public final class PyCode extends PyObject {
    public final CodeObject co;
    /** co_code_adaptive, shared with {@link CodeObject#adaptive}: what the dispatch loop reads and the specializer rewrites. */
    public final char[] units;
    public final Object[] consts;
    public final String[] names;
    public final int nlocalsplus;
    /** co_argcount, read by every specialized call's argument check. */
    public final int argcount;
    /**
     * Length of a frame's {@link Frame#localsplus}: the named variables, the value stack, and one spare
     * slot (a specialized instruction may hold an intermediate value one above the generic form's
     * stack, as CPython keeps it in a C local: BINARY_OP_SUBSCR_GETITEM's getitem).
     */
    final int frameSize;
    /** Exception table entries as {start, end, target, depth, lasti} in code units, flattened. */
    final int[] exceptionTable;
    private int[] lines;
    /**
     * Library code standing for a C function of CPython (see _tierpy_traceback.builtin_frames): C
     * functions have no frame, so tracebacks leave this code's frames out.
     */
    boolean builtinFrame;

    public PyCode(CodeObject co) {
        this(co, runtimeConsts(co));
    }

    /** A code object whose runtime constants are given (code.replace(co_consts=...)). */
    PyCode(CodeObject co, Object[] consts) {
        super(VmTypes.CODE);
        this.co = co;
        Specializer.quicken(co);
        this.units = co.adaptive;
        this.consts = consts;
        this.names = co.names.toArray(new String[0]);
        // Interned as CPython interns co_names: name lookups in dicts and caches then hit by identity.
        for (int i = 0; i < names.length; i++) names[i] = names[i].intern();
        this.nlocalsplus = co.localsplusnames.size();
        this.frameSize = nlocalsplus + co.stacksize + 1;
        this.argcount = co.argcount;
        List<CodeObject.ExceptionEntry> entries = co.exceptionEntries();
        this.exceptionTable = new int[entries.size() * 5];
        for (int i = 0; i < entries.size(); i++) {
            CodeObject.ExceptionEntry e = entries.get(i);
            exceptionTable[5 * i] = e.start() / 2;
            exceptionTable[5 * i + 1] = e.end() / 2;
            exceptionTable[5 * i + 2] = e.target() / 2;
            exceptionTable[5 * i + 3] = e.depth();
            exceptionTable[5 * i + 4] = e.lasti() ? 1 : 0;
        }
    }

    private static Object[] runtimeConsts(CodeObject co) {
        Object[] consts = new Object[co.consts.size()];
        for (int i = 0; i < consts.length; i++) consts[i] = Constants.toRuntime(co.consts.get(i));
        return consts;
    }

    /** Marks this code and the functions, lambdas and comprehensions nested in it as {@link #builtinFrame}. */
    public void markBuiltinFrame() {
        builtinFrame = true;
        for (Object c : consts) if (c instanceof PyCode nested) nested.markBuiltinFrame();
    }

    /** Index into {@link #exceptionTable} (a multiple of 5) of the handler covering {@code unit}, or -1. */
    int handlerFor(int unit) {
        for (int i = 0; i < exceptionTable.length; i += 5) {
            if (unit >= exceptionTable[i] && unit < exceptionTable[i + 1]) return i;
        }
        return -1;
    }

    /** Source line of the code unit, or -1 (PyCode_Addr2Line). */
    public int lineAt(int unit) {
        if (lines == null) {
            List<CodeObject.Position> positions = co.positions();
            int[] table = new int[positions.size()];
            for (int i = 0; i < table.length; i++) table[i] = positions.get(i).lineno();
            lines = table;
        }
        return unit >= 0 && unit < lines.length ? lines[unit] : -1;
    }

    /** Source span of the code unit (co_positions()). */
    public CodeObject.Position positionAt(int unit) {
        List<CodeObject.Position> positions = co.positions();
        return unit >= 0 && unit < positions.size() ? positions.get(unit) : CodeObject.Position.NONE;
    }

    public boolean isGenerator() {
        return (co.flags & (CodeObject.CO_GENERATOR | CodeObject.CO_COROUTINE | CodeObject.CO_ASYNC_GENERATOR)) != 0;
    }

    @Override
    public String toString() {
        return co.toString();
    }
}
