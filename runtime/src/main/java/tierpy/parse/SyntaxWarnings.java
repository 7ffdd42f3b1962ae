package tierpy.parse;

/**
 * Where the parser sends the SyntaxWarnings CPython's parser emits (PyErr_WarnExplicitObject with
 * category SyntaxWarning), such as invalid escape sequences in string literals.
 */
@FunctionalInterface
public interface SyntaxWarnings {
    SyntaxWarnings IGNORE = (message, lineno, colOffset) -> { };

    /** One warning: its message and the 1-based line and 0-based byte column of the literal. */
    void warn(String message, int lineno, int colOffset);
}
