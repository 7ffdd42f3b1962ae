package tierpy.lex;

/**
 * Mirrors Parser/pegen.h: Token. Its kind, its text, and its position (1-based lines,
 * columns as UTF-8 byte offsets). {@code start}/{@code end} are byte offsets into the source.
 * For FSTRING_MIDDLE the text has doubled braces already folded; for NAME it is NFKC-normalized.
 */
public record Token(TokenKind kind, String text, int lineno, int colOffset, int endLineno, int endColOffset,
                    int start, int end) {
    public boolean is(TokenKind k) {
        return kind == k;
    }

    public boolean isName(String keyword) {
        return kind == TokenKind.NAME && text.equals(keyword);
    }
}
