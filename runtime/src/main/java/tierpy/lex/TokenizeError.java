package tierpy.lex;

/**
 * A tokenizer error, as Parser/lexer/lexer.c reports them through syntaxerror(): the exception type
 * name (SyntaxError, IndentationError, TabError), CPython's message and the byte range it points at.
 */
public final class TokenizeError extends RuntimeException {
    private final String type;
    private final int lineno;
    private final int colOffset;
    private final int endLineno;
    private final int endColOffset;

    public TokenizeError(String type, String message, int lineno, int colOffset, int endLineno, int endColOffset) {
        super(message, null, false, false);
        this.type = type;
        this.lineno = lineno;
        this.colOffset = colOffset;
        this.endLineno = endLineno;
        this.endColOffset = endColOffset;
    }

    public String type() { return type; }
    public int lineno() { return lineno; }
    /** 0-based byte column of the error start. */
    public int colOffset() { return colOffset; }
    public int endLineno() { return endLineno; }
    /** 0-based byte column of the error end (exclusive), or -1 when CPython gives none. */
    public int endColOffset() { return endColOffset; }
}
