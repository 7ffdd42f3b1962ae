package tierpy.lex;

/**
 * Mirrors Parser/lexer/lexer.c: _syntaxerror_range, a tokenizer error: the exception type
 * name (SyntaxError, IndentationError, TabError), CPython's message and the byte range it points at.
 */
public final class TokenizeError extends RuntimeException {
    private final String type;
    private final int lineno;
    private final int offset;
    private final int endLineno;
    private final int endOffset;

    public TokenizeError(String type, String message, int lineno, int offset, int endLineno, int endOffset) {
        super(message, null, false, false);
        this.type = type;
        this.lineno = lineno;
        this.offset = offset;
        this.endLineno = endLineno;
        this.endOffset = endOffset;
    }

    public String type() { return type; }
    public int lineno() { return lineno; }
    /** CPython's 1-based offset, counted in bytes of the line; 0 or -1 are passed on as they are. */
    public int offset() { return offset; }
    public int endLineno() { return endLineno; }
    /** CPython's 1-based end offset, counted in bytes of the line; 0 or -1 are passed on as they are. */
    public int endOffset() { return endOffset; }
}
