package tierpy.parse;

/**
 * Mirrors Parser/string_parser.c: warn_invalid_escape_sequence's PyErr_WarnExplicitObject call: where
 * the parser sends the SyntaxWarnings CPython's parser emits, such as invalid escape sequences.
 */
@FunctionalInterface
public interface SyntaxWarnings {
    SyntaxWarnings IGNORE = (message, lineno, colOffset) -> { };

    /** One warning: its message and the 1-based line and 0-based byte column of the literal. */
    void warn(String message, int lineno, int colOffset);
}
