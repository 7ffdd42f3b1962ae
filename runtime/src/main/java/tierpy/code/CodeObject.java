package tierpy.code;

import java.util.ArrayList;
import java.util.List;

/**
 * Mirrors Objects/codeobject.c (PyCodeObject) and Objects/locations.md: a code object with its
 * code units (inline caches in place), constants, names, the 3.11+ "localsplus" layout and the
 * location and exception tables, byte for byte as CPython 3.14 builds them.
 *
 * <p>{@link #code} is the compiled form (co_code); the interpreter runs {@link #adaptive}, the copy the
 * specializer rewrites in place (co_code_adaptive).
 */
public final class CodeObject {
    public static final int CO_OPTIMIZED = 0x1;
    public static final int CO_NEWLOCALS = 0x2;
    public static final int CO_VARARGS = 0x4;
    public static final int CO_VARKEYWORDS = 0x8;
    public static final int CO_NESTED = 0x10;
    public static final int CO_GENERATOR = 0x20;
    public static final int CO_NOFREE = 0x40;
    public static final int CO_COROUTINE = 0x80;
    public static final int CO_ITERABLE_COROUTINE = 0x100;
    public static final int CO_ASYNC_GENERATOR = 0x200;
    public static final int CO_HAS_DOCSTRING = 0x4000000;
    public static final int CO_METHOD = 0x8000000;

    /** Kinds of localsplus slots (Include/internal/pycore_code.h: CO_FAST_*). */
    public static final int CO_FAST_HIDDEN = 0x10;
    public static final int CO_FAST_LOCAL = 0x20;
    public static final int CO_FAST_CELL = 0x40;
    public static final int CO_FAST_FREE = 0x80;

    public final String filename;
    public final String name;
    public final String qualname;
    public final int flags;
    public final int argcount;
    public final int posonlyargcount;
    public final int kwonlyargcount;
    public final int stacksize;
    public final int firstlineno;
    /** co_code: two bytes per code unit (opcode, oparg), CACHE units in place. */
    public final byte[] code;
    public final List<Object> consts;
    public final List<String> names;
    public final List<String> localsplusnames;
    public final byte[] localspluskinds;
    public final byte[] linetable;
    public final byte[] exceptiontable;
    /**
     * co_code_adaptive: one char per code unit ({@code opcode | oparg << 8}, or one 16-bit cache entry),
     * made by the VM when the code first becomes runnable, then quickened and specialized in place.
     * Null until then. dis(adaptive=True) shows it.
     */
    public char[] adaptive;
    /**
     * The objects inline caches refer to, which CPython keeps as pointers inside the cache units,
     * indexed by the code unit of the instruction owning the cache. Made when first needed.
     */
    public Object[] cacheObjects;

    public CodeObject(String filename, String name, String qualname, int flags, int argcount, int posonlyargcount,
            int kwonlyargcount, int stacksize, int firstlineno, byte[] code, List<Object> consts, List<String> names,
            List<String> localsplusnames, byte[] localspluskinds, byte[] linetable, byte[] exceptiontable) {
        this.filename = filename;
        this.name = name;
        this.qualname = qualname;
        this.flags = flags;
        this.argcount = argcount;
        this.posonlyargcount = posonlyargcount;
        this.kwonlyargcount = kwonlyargcount;
        this.stacksize = stacksize;
        this.firstlineno = firstlineno;
        this.code = code;
        this.consts = List.copyOf(consts);
        this.names = List.copyOf(names);
        this.localsplusnames = List.copyOf(localsplusnames);
        this.localspluskinds = localspluskinds;
        this.linetable = linetable;
        this.exceptiontable = exceptiontable;
    }

    /** A copy with localsplus slot 0 renamed (codegen names __annotate__'s ".format" parameter "format"). */
    public CodeObject withFirstLocalName(String newName) {
        List<String> renamed = new ArrayList<>(localsplusnames);
        renamed.set(0, newName);
        return new CodeObject(filename, name, qualname, flags, argcount, posonlyargcount, kwonlyargcount, stacksize,
                firstlineno, code, consts, names, renamed, localspluskinds, linetable, exceptiontable);
    }

    private List<String> namesOfKind(int kind) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < localsplusnames.size(); i++) {
            if ((localspluskinds[i] & kind) != 0) out.add(localsplusnames.get(i));
        }
        return out;
    }

    public List<String> varnames() {
        return namesOfKind(CO_FAST_LOCAL);
    }

    public List<String> cellvars() {
        return namesOfKind(CO_FAST_CELL);
    }

    public List<String> freevars() {
        return namesOfKind(CO_FAST_FREE);
    }

    public int nlocals() {
        return varnames().size();
    }

    /** code._varname_from_oparg: the localsplus name an oparg refers to. */
    public String varnameFromOparg(int oparg) {
        return localsplusnames.get(oparg);
    }

    public int codeUnits() {
        return code.length / 2;
    }

    /** One source span; -1 stands for Python's None. */
    public record Position(int lineno, int endLineno, int colOffset, int endColOffset) {
        public static final Position NONE = new Position(-1, -1, -1, -1);
    }

    /** co_positions(): one entry per code unit, decoded from the location table. */
    public List<Position> positions() {
        List<Position> out = new ArrayList<>(codeUnits());
        int line = firstlineno;
        int i = 0;
        int[] pos = new int[1];
        while (i < linetable.length) {
            int first = linetable[i++] & 0xff;
            int code = (first >> 3) & 15;
            int length = (first & 7) + 1;
            Position p;
            switch (code) {
                case 15 -> p = Position.NONE;
                case 14 -> {
                    pos[0] = i;
                    line += readSvarint(pos);
                    int endLine = line + readVarint(pos);
                    int col = readVarint(pos) - 1;
                    int endCol = readVarint(pos) - 1;
                    i = pos[0];
                    p = new Position(line, endLine, col, endCol);
                }
                case 13 -> {
                    pos[0] = i;
                    line += readSvarint(pos);
                    i = pos[0];
                    p = new Position(line, line, -1, -1);
                }
                case 10, 11, 12 -> {
                    line += code - 10;
                    int col = linetable[i++] & 0xff;
                    int endCol = linetable[i++] & 0xff;
                    p = new Position(line, line, col, endCol);
                }
                default -> {
                    int second = linetable[i++] & 0xff;
                    int col = code * 8 + (second >> 4);
                    p = new Position(line, line, col, col + (second & 15));
                }
            }
            for (int k = 0; k < length; k++) out.add(p);
        }
        return out;
    }

    private int readVarint(int[] pos) {
        int b = linetable[pos[0]++] & 0xff;
        int value = b & 63;
        int shift = 0;
        while ((b & 64) != 0) {
            b = linetable[pos[0]++] & 0xff;
            shift += 6;
            value |= (b & 63) << shift;
        }
        return value;
    }

    private int readSvarint(int[] pos) {
        int u = readVarint(pos);
        return (u & 1) != 0 ? -(u >> 1) : (u >> 1);
    }

    /** One co_lines() entry: byte offsets [start, end) on a line (-1 for None). */
    public record LineRange(int start, int end, int line) {}

    /** co_lines(): address ranges with consecutive entries of the same line merged (lineiter_next). */
    public List<LineRange> lines() {
        List<Position> positions = positions();
        List<LineRange> out = new ArrayList<>();
        int unit = 0;
        while (unit < positions.size()) {
            int line = positions.get(unit).lineno();
            int end = unit;
            while (end < positions.size() && positions.get(end).lineno() == line) end++;
            out.add(new LineRange(2 * unit, 2 * end, line));
            unit = end;
        }
        return out;
    }

    /**
     * co_lnotab (codeobject.c: decode_linetable): (byte delta, line delta) pairs where the line
     * changes; entries without a location keep the line before them.
     */
    public byte[] lnotab() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        List<Position> positions = positions();
        int line = firstlineno, codeOffset = 0, computed = firstlineno;
        for (int unit = 0; unit < positions.size(); unit++) {
            if (positions.get(unit).lineno() >= 0) computed = positions.get(unit).lineno();
            if (computed == line) continue;
            int bdelta = 2 * unit - codeOffset, ldelta = computed - line;
            for (; bdelta > 255; bdelta -= 255) emitPair(out, 255, 0);
            for (; ldelta > 127; ldelta -= 127, bdelta = 0) emitPair(out, bdelta, 127);
            for (; ldelta < -128; ldelta += 128, bdelta = 0) emitPair(out, bdelta, -128);
            emitPair(out, bdelta, ldelta);
            codeOffset = 2 * unit;
            line = computed;
        }
        return out.toByteArray();
    }

    private static void emitPair(java.io.ByteArrayOutputStream out, int bdelta, int ldelta) {
        out.write(bdelta);
        out.write(ldelta);
    }

    /** One decoded exception-table entry, in byte offsets. */
    public record ExceptionEntry(int start, int end, int target, int depth, boolean lasti) {}

    /** dis._parse_exception_table. */
    public List<ExceptionEntry> exceptionEntries() {
        List<ExceptionEntry> out = new ArrayList<>();
        int[] pos = {0};
        while (pos[0] < exceptiontable.length) {
            int start = readExceptVarint(pos) * 2;
            int length = readExceptVarint(pos) * 2;
            int target = readExceptVarint(pos) * 2;
            int dl = readExceptVarint(pos);
            out.add(new ExceptionEntry(start, start + length, target, dl >> 1, (dl & 1) != 0));
        }
        return out;
    }

    private int readExceptVarint(int[] pos) {
        int b = exceptiontable[pos[0]++] & 0xff;
        int value = b & 63;
        while ((b & 64) != 0) {
            b = exceptiontable[pos[0]++] & 0xff;
            value = (value << 6) | (b & 63);
        }
        return value;
    }

    /**
     * The constant key of a code object (code_richcompare): equal code objects are merged in
     * co_consts, as the two compilations of a generator expression in all()/any()/tuple() calls are.
     */
    public Object constantKey() {
        if (constantKey == null) constantKey = computeConstantKey();
        return constantKey;
    }

    private Object constantKey;

    private Object computeConstantKey() {
        return List.of(CodeObject.class, name, qualname, argcount, posonlyargcount, kwonlyargcount, flags, firstlineno,
                java.util.Arrays.toString(code), Const.keys(consts), names, localsplusnames,
                java.util.Arrays.toString(linetable), java.util.Arrays.toString(exceptiontable));
    }

    /** Address as repr shows it; stable per object, like CPython's id(). */
    public String address() {
        return String.format("0x%012x", 0x7f0000000000L + ((long) System.identityHashCode(this) << 4));
    }

    @Override
    public String toString() {
        return "<code object " + name + " at " + address() + ", file \"" + filename + "\", line " + firstlineno + ">";
    }
}
