package tierpy.lex;

import java.util.AbstractList;
import java.util.Arrays;

/**
 * Mirrors Parser/pegen.h: the parser's token array (p->tokens), stored column-wise in primitive arrays so a large
 * source does not leave millions of small objects for the garbage collector to trace. Token objects
 * are made on request.
 */
public final class TokenBuffer extends AbstractList<Token> {
    private static final TokenKind[] KINDS = TokenKind.values();

    private byte[] kinds = new byte[1024];
    private String[] texts = new String[1024];
    private int[] positions = new int[1024 * 6];
    private int size;

    void add(TokenKind kind, String text, int lineno, int colOffset, int endLineno, int endColOffset, int start, int end) {
        if (size == kinds.length) {
            kinds = Arrays.copyOf(kinds, size * 2);
            texts = Arrays.copyOf(texts, size * 2);
            positions = Arrays.copyOf(positions, size * 12);
        }
        kinds[size] = (byte) kind.ordinal();
        texts[size] = text;
        int base = size * 6;
        positions[base] = lineno;
        positions[base + 1] = colOffset;
        positions[base + 2] = endLineno;
        positions[base + 3] = endColOffset;
        positions[base + 4] = start;
        positions[base + 5] = end;
        size++;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Token get(int i) {
        int base = i * 6;
        return new Token(KINDS[kinds[i]], texts[i], positions[base], positions[base + 1], positions[base + 2],
                positions[base + 3], positions[base + 4], positions[base + 5]);
    }

    public TokenKind kind(int i) {
        return KINDS[kinds[i]];
    }

    public String text(int i) {
        return texts[i];
    }

    public int lineno(int i) {
        return positions[i * 6];
    }

    public int colOffset(int i) {
        return positions[i * 6 + 1];
    }

    public int endLineno(int i) {
        return positions[i * 6 + 2];
    }

    public int endColOffset(int i) {
        return positions[i * 6 + 3];
    }

    /** Byte offset of the token's start in the source. */
    public int start(int i) {
        return positions[i * 6 + 4];
    }

    /** Byte offset just past the token in the source. */
    public int end(int i) {
        return positions[i * 6 + 5];
    }
}
