package tierpy.ast;

/**
 * A node with source positions, as CPython reports them: 1-based lines, and columns as 0-based
 * UTF-8 byte offsets into the line.
 */
public interface Located {
    int lineno();

    int colOffset();

    int endLineno();

    int endColOffset();
}
