package tierpy.compile;

import java.util.ArrayList;
import java.util.List;
import tierpy.code.Opcodes;
import tierpy.code.StackEffects;

/**
 * Mirrors Python/instruction_sequence.c: the flat list of (pseudo-)instructions codegen emits,
 * with jump targets as label ids until {@link #applyLabelMap()} turns them into instruction
 * indexes. The assembler reuses it for the final instruction list, where each instruction also
 * carries its exception handler and byte offset.
 */
public final class InstrSequence {
    /** One instruction (_PyInstruction). */
    public static final class Instr {
        public int opcode;
        public int oparg;
        public Location loc;
        /** Instruction index of the jump target once labels are applied; -1 otherwise. */
        public int target = -1;
        /** Exception handler: label (instruction index), start depth and lasti flag; label -1 for none. */
        public int handlerLabel = -1;
        public int handlerStartDepth;
        public boolean handlerPreserveLasti;
        /** Offset in code units, set by the assembler. */
        public int offset;

        Instr(int opcode, int oparg, Location loc) {
            this.opcode = opcode;
            this.oparg = oparg;
            this.loc = loc;
        }

        @Override
        public String toString() {
            return Opcodes.OPNAME[opcode] + " " + oparg + " @" + loc.lineno();
        }
    }

    /** Location meaning "the location of the next instruction" (codegen's NEXT_LOCATION). */
    public static final Location NEXT_LOCATION = new Location(-2, -2, -2, -2);

    public final List<Instr> instrs = new ArrayList<>();
    private final List<Integer> labelMap = new ArrayList<>();
    /** Module annotation code injected at ANNOTATIONS_PLACEHOLDER (no jumps inside). */
    public InstrSequence annotationsCode;

    public static boolean hasTarget(int opcode) {
        return Opcodes.HAS_JUMP[opcode] || StackEffects.isBlockPush(opcode);
    }

    /** _PyInstructionSequence_NewLabel. */
    public int newLabel() {
        labelMap.add(-111);
        return labelMap.size() - 1;
    }

    /** _PyInstructionSequence_UseLabel: the label marks the next instruction. */
    public void useLabel(int label) {
        labelMap.set(label, instrs.size());
    }

    public Instr addop(int opcode, int oparg, Location loc) {
        Instr instr = new Instr(opcode, oparg, loc);
        instrs.add(instr);
        return instr;
    }

    /** _PyInstructionSequence_InsertInstruction: insert and shift labels that pointed past pos. */
    public void insert(int pos, int opcode, int oparg, Location loc) {
        instrs.add(pos, new Instr(opcode, oparg, loc));
        for (int i = 0; i < labelMap.size(); i++) {
            if (labelMap.get(i) >= pos) labelMap.set(i, labelMap.get(i) + 1);
        }
    }

    public int size() {
        return instrs.size();
    }

    /** _PyInstructionSequence_ApplyLabelMap: jump opargs become instruction indexes. */
    public void applyLabelMap() {
        for (Instr instr : instrs) {
            if (hasTarget(instr.opcode)) {
                instr.oparg = labelMap.get(instr.oparg);
            }
        }
        labelMap.clear();
    }

    /** Gives NEXT_LOCATION instructions the location of the instruction after them. */
    void resolveNextLocations() {
        for (int i = instrs.size() - 1; i >= 0; i--) {
            Instr instr = instrs.get(i);
            if (instr.loc == NEXT_LOCATION) {
                instr.loc = i + 1 < instrs.size() ? instrs.get(i + 1).loc : Location.NO_LOCATION;
            }
        }
    }
}
