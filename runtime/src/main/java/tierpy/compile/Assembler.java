package tierpy.compile;

import static tierpy.code.Opcodes.*;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tierpy.code.CodeObject;
import tierpy.code.Opcodes;

/**
 * Mirrors Python/assemble.c: jump directions and offsets (with EXTENDED_ARG), the code units with
 * their inline CACHE entries, the 3.11+ location table, the exception table and the code object's
 * localsplus layout.
 */
final class Assembler {
    private Assembler() {}

    /** optimize_and_assemble_code_unit: CFG optimization, then assembly into a code object. */
    static CodeObject assembleUnit(Compiler compiler, Compiler.Unit u, int codeFlags) {
        List<Object> consts = new ArrayList<>(u.constValues);
        FlowGraph g = FlowGraph.fromSequence(u.seq);
        g.optimizeCodeUnit(consts, u.varnames.size(), u.ste.varnames.size(), u.firstlineno);
        FlowGraph.Result result = g.toInstructionSequence(u, codeFlags);
        List<InstrSequence.Instr> instrs = result.seq().instrs;
        resolveUnconditionalJumps(instrs);
        resolveJumpOffsets(instrs);
        byte[] code = emitCode(instrs);
        byte[] linetable = locationTable(instrs, u.firstlineno);
        byte[] exceptiontable = exceptionTable(instrs);
        int nlocalsplus = result.nlocalsplus();
        String[] names = new String[nlocalsplus];
        byte[] kinds = new byte[nlocalsplus];
        localsplusInfo(u, names, kinds);
        return new CodeObject(compiler.filename, u.name, u.qualname != null ? u.qualname : u.name, codeFlags,
                u.argcount + u.posonlyargcount, u.posonlyargcount, u.kwonlyargcount, result.stackdepth(), u.firstlineno, code, consts,
                new ArrayList<>(u.names.keySet()), List.of(names), kinds, linetable, exceptiontable);
    }

    private static void resolveUnconditionalJumps(List<InstrSequence.Instr> instrs) {
        for (int i = 0; i < instrs.size(); i++) {
            InstrSequence.Instr instr = instrs.get(i);
            boolean forward = instr.oparg > i;
            if (instr.opcode == JUMP) instr.opcode = forward ? JUMP_FORWARD : JUMP_BACKWARD;
            else if (instr.opcode == JUMP_NO_INTERRUPT) instr.opcode = forward ? JUMP_FORWARD : JUMP_BACKWARD_NO_INTERRUPT;
        }
    }

    /** _PyCompile_InstrSize: code units including EXTENDED_ARG prefixes and caches. */
    static int instrSize(int opcode, int oparg) {
        int extended = (oparg > 0xFFFFFF ? 1 : 0) + (oparg > 0xFFFF ? 1 : 0) + (oparg > 0xFF ? 1 : 0);
        return 1 + extended + Opcodes.cacheEntries(opcode);
    }

    private static boolean isBackwardJump(int op) {
        return op == JUMP_BACKWARD || op == JUMP_BACKWARD_NO_INTERRUPT || op == END_ASYNC_FOR;
    }

    /** resolve_jump_offsets: relative jump opargs, recomputed until EXTENDED_ARG sizes settle. */
    private static void resolveJumpOffsets(List<InstrSequence.Instr> instrs) {
        boolean recompile;
        do {
            int total = 0;
            for (InstrSequence.Instr instr : instrs) {
                instr.offset = total;
                total += instrSize(instr.opcode, instr.oparg);
            }
            recompile = false;
            int offset = 0;
            for (InstrSequence.Instr instr : instrs) {
                int isize = instrSize(instr.opcode, instr.oparg);
                offset += isize;
                if (Opcodes.HAS_JUMP[instr.opcode]) {
                    int target = instrs.get(instr.target).offset;
                    instr.oparg = isBackwardJump(instr.opcode) ? offset - target : target - offset;
                    if (instrSize(instr.opcode, instr.oparg) != isize) recompile = true;
                }
            }
        } while (recompile);
    }

    private static byte[] emitCode(List<InstrSequence.Instr> instrs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (InstrSequence.Instr instr : instrs) {
            int oparg = instr.oparg;
            int ext = instrSize(instr.opcode, oparg) - 1 - Opcodes.cacheEntries(instr.opcode);
            for (int shift = 8 * ext; shift > 0; shift -= 8) {
                out.write(EXTENDED_ARG);
                out.write((oparg >> shift) & 0xFF);
            }
            out.write(instr.opcode);
            out.write(oparg & 0xFF);
            for (int k = 0; k < Opcodes.cacheEntries(instr.opcode); k++) {
                out.write(CACHE);
                out.write(0);
            }
        }
        return out.toByteArray();
    }

    // ---- location table (Objects/locations.md) ----

    private static final class LineTable {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        int lineno;

        void firstByte(int code, int length) {
            out.write(0x80 | (code << 3) | (length - 1));
        }

        void varint(int val) {
            while (val >= 64) {
                out.write(0x40 | (val & 0x3f));
                val >>>= 6;
            }
            out.write(val);
        }

        void signedVarint(int val) {
            varint(val < 0 ? ((-val) << 1) | 1 : val << 1);
        }

        /** write_location_info_entry. */
        void entry(Location loc, int isize) {
            if (loc.lineno() < 0) {
                firstByte(15, isize);
                return;
            }
            int lineDelta = loc.lineno() - lineno;
            int column = loc.colOffset();
            int endColumn = loc.endColOffset();
            if (column < 0 || endColumn < 0) {
                if (loc.endLineno() == loc.lineno() || loc.endLineno() == -1) {
                    firstByte(13, isize);
                    signedVarint(lineDelta);
                    lineno = loc.lineno();
                    return;
                }
            } else if (loc.endLineno() == loc.lineno()) {
                if (lineDelta == 0 && column < 80 && endColumn - column < 16 && endColumn >= column) {
                    firstByte(column >> 3, isize);
                    out.write(((column & 7) << 4) | (endColumn - column));
                    return;
                }
                if (lineDelta >= 0 && lineDelta < 3 && column < 128 && endColumn < 128) {
                    firstByte(10 + lineDelta, isize);
                    out.write(column);
                    out.write(endColumn);
                    lineno = loc.lineno();
                    return;
                }
            }
            firstByte(14, isize);
            signedVarint(loc.lineno() - lineno);
            varint(loc.endLineno() - loc.lineno());
            varint(loc.colOffset() + 1);
            varint(loc.endColOffset() + 1);
            lineno = loc.lineno();
        }

        void emit(Location loc, int isize) {
            while (isize > 8) {
                entry(loc, 8);
                isize -= 8;
            }
            if (isize > 0) entry(loc, isize);
        }
    }

    /** assemble_location_info. */
    private static byte[] locationTable(List<InstrSequence.Instr> instrs, int firstlineno) {
        LineTable t = new LineTable();
        t.lineno = firstlineno;
        Location loc = Location.NO_LOCATION;
        int size = 0;
        for (InstrSequence.Instr instr : instrs) {
            if (!loc.equals(instr.loc)) {
                t.emit(loc, size);
                loc = instr.loc;
                size = 0;
            }
            size += instrSize(instr.opcode, instr.oparg);
        }
        t.emit(loc, size);
        return t.out.toByteArray();
    }

    // ---- exception table ----

    private static void exceptItem(ByteArrayOutputStream out, int value, int msb) {
        if (value >= 1 << 24) {
            out.write((value >> 24) | 64 | msb);
            msb = 0;
        }
        if (value >= 1 << 18) {
            out.write(((value >> 18) & 0x3f) | 64 | msb);
            msb = 0;
        }
        if (value >= 1 << 12) {
            out.write(((value >> 12) & 0x3f) | 64 | msb);
            msb = 0;
        }
        if (value >= 1 << 6) {
            out.write(((value >> 6) & 0x3f) | 64 | msb);
            msb = 0;
        }
        out.write((value & 0x3f) | msb);
    }

    private static void exceptEntry(ByteArrayOutputStream out, int start, int end, InstrSequence.Instr handler,
            List<InstrSequence.Instr> instrs) {
        int target = instrs.get(handler.handlerLabel).offset;
        int depth = handler.handlerStartDepth - 1;
        if (handler.handlerPreserveLasti) depth -= 1;
        int depthLasti = (depth << 1) | (handler.handlerPreserveLasti ? 1 : 0);
        exceptItem(out, start, 1 << 7);
        exceptItem(out, end - start, 0);
        exceptItem(out, target, 0);
        exceptItem(out, depthLasti, 0);
    }

    /** assemble_exception_table: one entry per run of instructions sharing a handler. */
    private static byte[] exceptionTable(List<InstrSequence.Instr> instrs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int ioffset = 0;
        InstrSequence.Instr handler = null;
        int handlerLabel = -1;
        int start = -1;
        for (InstrSequence.Instr instr : instrs) {
            if (instr.handlerLabel != handlerLabel) {
                if (handlerLabel >= 0) exceptEntry(out, start, ioffset, handler, instrs);
                start = ioffset;
                handler = instr;
                handlerLabel = instr.handlerLabel;
            }
            ioffset += instrSize(instr.opcode, instr.oparg);
        }
        if (handlerLabel >= 0) exceptEntry(out, start, ioffset, handler, instrs);
        return out.toByteArray();
    }

    /** compute_localsplus_info. */
    private static void localsplusInfo(Compiler.Unit u, String[] names, byte[] kinds) {
        for (Map.Entry<String, Integer> v : u.varnames.entrySet()) {
            int kind = CodeObject.CO_FAST_LOCAL;
            if (u.fasthidden.containsKey(v.getKey())) kind |= CodeObject.CO_FAST_HIDDEN;
            if (u.cellvars.containsKey(v.getKey())) kind |= CodeObject.CO_FAST_CELL;
            names[v.getValue()] = v.getKey();
            kinds[v.getValue()] = (byte) kind;
        }
        int nlocals = u.varnames.size();
        int numdropped = 0;
        for (Map.Entry<String, Integer> c : u.cellvars.entrySet()) {
            if (u.varnames.containsKey(c.getKey())) {
                numdropped++;
                continue;
            }
            int offset = c.getValue() + nlocals - numdropped;
            names[offset] = c.getKey();
            kinds[offset] = (byte) CodeObject.CO_FAST_CELL;
        }
        for (Map.Entry<String, Integer> f : u.freevars.entrySet()) {
            int offset = f.getValue() + nlocals - numdropped;
            names[offset] = f.getKey();
            kinds[offset] = (byte) CodeObject.CO_FAST_FREE;
        }
    }
}
