package tierpy.vm.ops;

/**
 * How an op moves the instruction pointer; CPython's bodies say {@code JUMPBY(...)}, ours declare it.
 * Offsets count code units from the instruction after this one's inline caches.
 */
public enum Jump {
    /** Falls through to the next instruction. */
    NONE,
    /** Always {@code next + oparg}. */
    FORWARD,
    /** Always {@code next - oparg}. */
    BACKWARD,
    /** The op returns boolean: true jumps to {@code next + oparg}. */
    FORWARD_IF,
    /**
     * The op returns boolean: true jumps to {@code next + oparg + 1}, past the loop's END_FOR, as an
     * exhausted FOR_ITER does; false falls through to the macro's next op (CPython's _ITER_JUMP_*).
     */
    EXIT_LOOP_IF,
    /**
     * CPython's _PUSH_FRAME: the op runs the frame the op before it made and returns what that frame
     * yielded or returned; the instruction continues at {@code next + frame.returnOffset}, which the
     * op leaves at 0 when the pushed frame yielded.
     */
    PUSH_FRAME,
    /**
     * CPython's DISPATCH_INLINED from an instruction's own body: the op returns the frame to enter, or
     * null to deoptimize; the handler then runs that frame as _PUSH_FRAME does.
     */
    DISPATCH_INLINED,
    /** The op returns its output or null when exhausted: null jumps to {@code next + oparg + 1}, pushing nothing. */
    FORWARD_IF_NULL
}
