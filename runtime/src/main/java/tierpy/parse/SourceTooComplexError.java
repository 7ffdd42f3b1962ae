package tierpy.parse;

/**
 * Mirrors Parser/pegen.c: _Pypegen_stack_overflow, which raises MemoryError("Parser stack overflowed -
 * Python source too complex to parse") when the input nests deeper than the parser's stack allows.
 */
public final class SourceTooComplexError extends RuntimeException {
    public SourceTooComplexError() {
        super("Parser stack overflowed - Python source too complex to parse", null, false, false);
    }
}
