package tierpy.vm.ops;

/**
 * Mirrors Include/internal/pycore_opcode_metadata.h: the HAS_*_FLAG bits that are properties of an
 * op's body. HAS_ARG is not listed: it is derived from an {@link Oparg} parameter.
 */
public enum Flag {
    CONST, NAME, JUMP, FREE, LOCAL, EVAL_BREAK, DEOPT, ERROR, ESCAPES, EXIT, PURE, ERROR_NO_POP, NO_SAVE_IP;

    /** The name opcodes.json uses. */
    public String cpythonName() {
        return "HAS_" + name() + "_FLAG";
    }
}
