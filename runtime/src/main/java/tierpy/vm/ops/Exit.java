package tierpy.vm.ops;

/** How an instruction leaves the dispatch loop: the op's return value is what the loop returns. */
public enum Exit {
    NONE,
    /** {@code RETURN_VALUE}: the frame is done. */
    RETURN,
    /** {@code YIELD_VALUE}: the frame is suspended and resumes after this instruction. */
    YIELD
}
