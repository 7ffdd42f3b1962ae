package tierpy.embed;

import java.util.List;

/**
 * A stage shown: {@code text} exactly as the matching Python module prints it (ast.dump, dis.dis)
 * and, for instruction-shaped stages, the same content as rows for rich renderings.
 */
public record StageView(String text, List<InstructionRow> rows) {
    public StageView {
        rows = List.copyOf(rows);
    }

    /**
     * One instruction as {@code dis.Instruction} describes it. A header row (a code object's
     * "Disassembly of ..." title) has a null opname and the title in {@code argrepr}.
     *
     * @param line        source line starting here, or null
     * @param offset      byte offset
     * @param label       jump-target label ("L1") or null
     * @param opname      the executed name, possibly a specialized form ({@code LOAD_ATTR_INSTANCE_VALUE})
     * @param baseOpname  the generic instruction it specializes ({@code LOAD_ATTR}); equals opname if none
     * @param arg         the oparg, or null
     * @param argrepr     the human-readable argument
     */
    public record InstructionRow(Integer line, int offset, String label, String opname, String baseOpname,
                                 Integer arg, String argrepr) {
        public boolean specialized() {
            return opname != null && !opname.equals(baseOpname);
        }
    }
}
