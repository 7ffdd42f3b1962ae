package tierpy.parse;

import java.nio.charset.StandardCharsets;

/**
 * A Python SyntaxError (or its subclasses IndentationError and TabError) with the fields CPython
 * sets: msg, filename, lineno, offset, end_lineno, end_offset (offsets are 1-based character
 * columns, 0 when unknown) and text (the source line, with its newline when it has one).
 * Mirrors Parser/pegen_errors.c: _PyPegen_raise_error_known_location.
 */
public final class PySyntaxError extends RuntimeException {
    private final String type;
    private final String msg;
    private final String filename;
    private final int lineno;
    private final int offset;
    private final int endLineno;
    private final int endOffset;
    private final String text;

    public PySyntaxError(String type, String msg, String filename, int lineno, int offset, int endLineno,
                         int endOffset, String text) {
        super(type + ": " + msg + " (" + filename + ", line " + lineno + ")", null, false, false);
        this.type = type;
        this.msg = msg;
        this.filename = filename;
        this.lineno = lineno;
        this.offset = offset;
        this.endLineno = endLineno;
        this.endOffset = endOffset;
        this.text = text;
    }

    /** "SyntaxError", "IndentationError" or "TabError". */
    public String type() { return type; }
    public String msg() { return msg; }
    public String filename() { return filename; }
    public int lineno() { return lineno; }
    public int offset() { return offset; }
    public int endLineno() { return endLineno; }
    public int endOffset() { return endOffset; }
    /** The offending source line, or null. */
    public String text() { return text; }

    /** Converts a 0-based UTF-8 byte column of a line into CPython's 1-based character offset. */
    static int characterOffset(byte[] lineBytes, int byteColumn) {
        int column = Math.max(0, Math.min(byteColumn, lineBytes.length));
        String prefix = new String(lineBytes, 0, column, StandardCharsets.UTF_8);
        return prefix.codePointCount(0, prefix.length()) + 1;
    }
}
