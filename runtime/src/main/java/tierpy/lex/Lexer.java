package tierpy.lex;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Mirrors Parser/lexer/lexer.c: tok_get (with tok_get_normal_mode and tok_get_fstring_mode) and
 * Parser/lexer/state.c's tokenizer modes. Works on UTF-8 bytes so columns are CPython's byte offsets.
 * Produces the tokens the parser sees: no COMMENT, NL or ENCODING tokens.
 */
public final class Lexer {
    private static final int TABSIZE = 8;
    private static final int MAXINDENT = 100;
    private static final int MAXLEVEL = 200;

    private final byte[] src;
    private final int length;
    private final TokenBuffer tokens = new TokenBuffer();
    private final List<Integer> lineStarts = new ArrayList<>();
    private int pos;
    private int line = 1;
    private int lineStart;

    private final int[] indents = new int[MAXINDENT + 1];
    private final int[] altIndents = new int[MAXINDENT + 1];
    private int indentLevel;
    private boolean atLineStart = true;

    private final char[] brackets = new char[MAXLEVEL];
    private final int[] bracketLines = new int[MAXLEVEL];
    private final int[] bracketCols = new int[MAXLEVEL];
    private int depth;

    /** Open f-/t-strings, innermost last (tokenizer_mode stack). */
    private final List<StringMode> modes = new ArrayList<>();

    /** Parser/lexer/state.h MAX_EXPR_NESTING: replacement fields open at once in one f-string. */
    private static final int MAX_EXPR_NESTING = 3;

    /** One replacement field of an f-string: the bracket depth just inside its '{'. */
    private static final class Field {
        final int bracketDepth;
        boolean inFormatSpec;

        Field(int bracketDepth) {
            this.bracketDepth = bracketDepth;
        }
    }

    /** An f-string or t-string being tokenized (tokenizer_mode of kind TOK_FSTRING_MODE). */
    private static final class StringMode {
        final byte quote;
        final int quoteSize;
        final boolean raw;
        final boolean template;
        final int startLine;
        final int startCol;
        final List<Field> fields = new ArrayList<>();

        StringMode(byte quote, int quoteSize, boolean raw, boolean template, int startLine, int startCol) {
            this.quote = quote;
            this.quoteSize = quoteSize;
            this.raw = raw;
            this.template = template;
            this.startLine = startLine;
            this.startCol = startCol;
        }

        Field field() {
            return fields.isEmpty() ? null : fields.get(fields.size() - 1);
        }
    }

    public Lexer(byte[] source) {
        this.src = source;
        this.length = source.length;
        if (length >= 3 && (src[0] & 0xff) == 0xEF && (src[1] & 0xff) == 0xBB && (src[2] & 0xff) == 0xBF) {
            // Columns count from after a UTF-8 byte order mark.
            pos = 3;
            lineStart = 3;
        }
        lineStarts.add(pos);
    }

    /** Tokenizes a whole source text. */
    public static TokenBuffer tokenize(String source) {
        return new Lexer(source.getBytes(StandardCharsets.UTF_8)).tokenize();
    }

    private TokenizeError unclosedBracket;

    /** The "'(' was never closed" error when the input ended inside brackets, else null. */
    public TokenizeError unclosedBracket() {
        return unclosedBracket;
    }

    /** Byte offsets of every line start seen so far (index 0 is line 1). */
    public List<Integer> lineStarts() {
        return lineStarts;
    }

    public byte[] source() {
        return src;
    }

    /** Runs the tokenizer to ENDMARKER. */
    public TokenBuffer tokenize() {
        while (true) {
            StringMode mode = modes.isEmpty() ? null : modes.get(modes.size() - 1);
            if (mode != null && (mode.field() == null || mode.field().inFormatSpec)) {
                lexStringMiddle(mode);
                continue;
            }
            if (!lexNormal()) {
                return tokens;
            }
        }
    }

    private int peek(int offset) {
        int at = pos + offset;
        return at < length ? src[at] & 0xff : -1;
    }

    private void newLine(int nextLineStart) {
        line++;
        lineStart = nextLineStart;
        lineStarts.add(nextLineStart);
    }

    private int col(int offset) {
        return offset - lineStart;
    }

    private void add(TokenKind kind, String text, int startLine, int startCol, int start) {
        tokens.add(kind, text, startLine, startCol, line, col(pos), start, pos);
    }

    private TokenizeError error(String message, int errLine, int offset, int endLine, int endOffset) {
        return new TokenizeError("SyntaxError", message, errLine, offset, endLine, endOffset);
    }

    /** lexer.c: syntaxerror() with tok->cur at byte offset {@code at}: offset and end are the chars before it. */
    private TokenizeError errorAtCursor(String message, int at) {
        return error(message, line, col(at), line, col(at));
    }

    // ---- normal mode --------------------------------------------------------------------------

    /** Lexes one token (or a run of DEDENTs) in normal mode; false at ENDMARKER. */
    private boolean lexNormal() {
        if (atLineStart && depth == 0 && modes.isEmpty()) {
            if (!handleIndentation()) {
                return true;
            }
        }
        atLineStart = false;
        skipSpaceAndComments();
        if (pos >= length) {
            return finish();
        }
        int c = src[pos] & 0xff;
        int start = pos;
        int startCol = col(pos);
        if (c == '\n') {
            pos++;
            if (depth > 0 || !hasLogicalContent()) {
                newLine(pos);
                atLineStart = true;
                return true;
            }
            tokens.add(TokenKind.NEWLINE, "", line, startCol, line, startCol, start, pos);
            newLine(pos);
            atLineStart = true;
            return true;
        }
        if (c == '\\') {
            if (peek(1) != '\n') {
                throw error("unexpected character after line continuation character", line, col(pos) + 2, line, 0);
            }
            pos += 2;
            newLine(pos);
            if (pos >= length) {
                throw error("unexpected EOF while parsing", line, 0, line, 0);
            }
            return true;
        }
        if (isIdentifierStart(c)) {
            lexNameOrString();
            return true;
        }
        if (c >= '0' && c <= '9' || c == '.' && isDigit(peek(1))) {
            lexNumber();
            return true;
        }
        if (c == '"' || c == '\'') {
            lexString(start, startCol, false, false, false, false);
            return true;
        }
        lexOperator(c, start, startCol);
        return true;
    }

    /** True when the current logical line has produced a token (a NEWLINE is due). */
    private boolean hasLogicalContent() {
        if (tokens.isEmpty()) {
            return false;
        }
        TokenKind last = tokens.kind(tokens.size() - 1);
        return last != TokenKind.NEWLINE && last != TokenKind.INDENT && last != TokenKind.DEDENT;
    }

    private void skipSpaceAndComments() {
        while (pos < length) {
            int c = src[pos];
            if (c == ' ' || c == '\t' || c == '\f') {
                pos++;
            } else if (c == '#') {
                while (pos < length && src[pos] != '\n') {
                    pos++;
                }
            } else if (c == '\r' && peek(1) == '\n') {
                pos++;
            } else {
                return;
            }
        }
    }

    /** Mirrors the indentation part of tok_get_normal_mode; false when the line is blank. */
    private boolean handleIndentation() {
        int column = 0;
        int altColumn = 0;
        int scan = pos;
        while (scan < length) {
            int c = src[scan];
            if (c == ' ') {
                column++;
                altColumn++;
            } else if (c == '\t') {
                column = (column / TABSIZE + 1) * TABSIZE;
                altColumn++;
            } else if (c == '\f') {
                column = altColumn = 0;
            } else {
                break;
            }
            scan++;
        }
        int c = scan < length ? src[scan] : -1;
        if (c == '#' || c == '\n' || c == '\r' || c == '\\' || c == -1) {
            // Blank lines, comment-only lines and the end of input do not change indentation.
            if (c == -1 || c == '#' || c == '\n' || c == '\r') {
                pos = scan;
                atLineStart = false;
                return true;
            }
        }
        pos = scan;
        if (column == indents[indentLevel]) {
            if (altColumn != altIndents[indentLevel]) {
                throw tabError();
            }
        } else if (column > indents[indentLevel]) {
            if (indentLevel + 1 >= MAXINDENT) {
                throw new TokenizeError("IndentationError", "too many levels of indentation", line, col(pos) + 1, line, -1);
            }
            if (altColumn <= altIndents[indentLevel]) {
                throw tabError();
            }
            indentLevel++;
            indents[indentLevel] = column;
            altIndents[indentLevel] = altColumn;
            tokens.add(TokenKind.INDENT, "", line, 0, line, col(pos), lineStart, pos);
        } else {
            while (indentLevel > 0 && column < indents[indentLevel]) {
                indentLevel--;
                tokens.add(TokenKind.DEDENT, "", line, col(pos), line, col(pos), pos, pos);
            }
            if (column != indents[indentLevel]) {
                throw new TokenizeError("IndentationError", "unindent does not match any outer indentation level",
                        line, col(endOfLine()) + 1, line, -1);
            }
            if (altColumn != altIndents[indentLevel]) {
                throw tabError();
            }
        }
        atLineStart = false;
        return true;
    }

    private TokenizeError tabError() {
        return new TokenizeError("TabError", "inconsistent use of tabs and spaces in indentation", line, 1, line, 0);
    }

    private int endOfLine() {
        int end = pos;
        while (end < length && src[end] != '\n') {
            end++;
        }
        return end;
    }

    private boolean finish() {
        if (!modes.isEmpty()) {
            StringMode mode = modes.get(modes.size() - 1);
            throw unterminatedString(mode.quoteSize == 3, mode.template ? "t" : "f", mode.startLine, mode.startCol);
        }
        if (depth > 0) {
            // Reported by the parser only if it fails at the end of input (raise_unclosed_parentheses_error).
            unclosedBracket = error("'" + brackets[depth - 1] + "' was never closed", bracketLines[depth - 1],
                    bracketCols[depth - 1] + 1, bracketLines[depth - 1], 0);
        }
        if (depth == 0 && hasLogicalContent()) {
            tokens.add(TokenKind.NEWLINE, "", line, col(pos), line, col(pos), pos, pos);
        }
        while (indentLevel > 0) {
            indentLevel--;
            tokens.add(TokenKind.DEDENT, "", line, col(pos), line, col(pos), pos, pos);
        }
        int endLine = line;
        int endCol = col(pos);
        if (pos > lineStart) {
            // The ENDMARKER sits on the line after a last line without its newline.
            endLine = line + 1;
            endCol = 0;
        }
        tokens.add(TokenKind.ENDMARKER, "", endLine, endCol, endLine, endCol, pos, pos);
        return false;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isIdentifierStart(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= 128;
    }

    private static boolean isIdentifierChar(int c) {
        return isIdentifierStart(c) || isDigit(c);
    }

    private void lexNameOrString() {
        int start = pos;
        int startCol = col(pos);
        boolean sawB = false, sawR = false, sawU = false, sawF = false, sawT = false;
        while (true) {
            int c = peek(0);
            if (!(sawB || sawU || sawF || sawT) && (c == 'b' || c == 'B')) {
                sawB = true;
            } else if (!(sawB || sawU || sawR || sawF || sawT) && (c == 'u' || c == 'U')) {
                sawU = true;
            } else if (!(sawR || sawU) && (c == 'r' || c == 'R')) {
                sawR = true;
            } else if (!(sawF || sawB || sawU || sawT) && (c == 'f' || c == 'F')) {
                sawF = true;
            } else if (!(sawT || sawB || sawU || sawF) && (c == 't' || c == 'T')) {
                sawT = true;
            } else {
                break;
            }
            pos++;
            int next = peek(0);
            if (next == '"' || next == '\'') {
                lexString(start, startCol, sawB, sawR, sawF, sawT);
                return;
            }
        }
        while (pos < length && isIdentifierChar(src[pos] & 0xff)) {
            pos++;
        }
        boolean ascii = true;
        for (int i = start; i < pos; i++) {
            if (src[i] < 0) {
                ascii = false;
                break;
            }
        }
        String name = ascii ? internAscii(start, pos)
                : verifyIdentifier(new String(src, start, pos - start, StandardCharsets.UTF_8), start, startCol);
        add(TokenKind.NAME, name, line, startCol, start);
    }

    private String[] names = new String[1024];
    private int nameCount;

    /** One shared String per distinct ASCII identifier (CPython interns identifiers too). */
    private String internAscii(int start, int end) {
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + src[i];
        }
        int mask = names.length - 1;
        int slot = hash & mask;
        while (true) {
            String candidate = names[slot];
            if (candidate == null) {
                String name = new String(src, start, end - start, StandardCharsets.ISO_8859_1);
                names[slot] = name;
                if (++nameCount * 2 > names.length) {
                    growNames();
                }
                return name;
            }
            if (candidate.hashCode() == hash && sameAscii(candidate, start, end)) {
                return candidate;
            }
            slot = (slot + 1) & mask;
        }
    }

    private boolean sameAscii(String candidate, int start, int end) {
        if (candidate.length() != end - start) {
            return false;
        }
        for (int i = 0; i < candidate.length(); i++) {
            if (candidate.charAt(i) != src[start + i]) {
                return false;
            }
        }
        return true;
    }

    private void growNames() {
        String[] old = names;
        names = new String[old.length * 2];
        int mask = names.length - 1;
        for (String name : old) {
            if (name != null) {
                int slot = name.hashCode() & mask;
                while (names[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                names[slot] = name;
            }
        }
    }

    /** Mirrors lexer.c: verify_identifier; returns the NFKC-normalized name. */
    private String verifyIdentifier(String name, int start, int startCol) {
        String normalized = Normalizer.normalize(name, Normalizer.Form.NFKC);
        int i = 0;
        while (i < normalized.length()) {
            int cp = normalized.codePointAt(i);
            boolean ok = i == 0 ? Character.isUnicodeIdentifierStart(cp) || cp == '_' : Character.isUnicodeIdentifierPart(cp)
                    && !Character.isIdentifierIgnorable(cp);
            if (!ok) {
                // Report the offending character of the original text.
                int badCp = name.codePointAt(Math.min(i, name.length() - 1));
                int badCol = startCol + new String(name.substring(0, Math.min(i, name.length()))).getBytes(StandardCharsets.UTF_8).length;
                String printed = new String(Character.toChars(badCp));
                throw error(String.format("invalid character '%s' (U+%04X)", printed, badCp), line, badCol + 1, line,
                        badCol + 1);
            }
            i += Character.charCount(cp);
        }
        return normalized;
    }

    // ---- numbers ------------------------------------------------------------------------------

    private void lexNumber() {
        int start = pos;
        int startCol = col(pos);
        int c = peek(0);
        if (c == '0' && (peek(1) == 'x' || peek(1) == 'X')) {
            pos += 2;
            lexRadixDigits(16, "hexadecimal");
            verifyEndOfNumber(start, "hexadecimal");
        } else if (c == '0' && (peek(1) == 'o' || peek(1) == 'O')) {
            pos += 2;
            lexRadixDigits(8, "octal");
            verifyEndOfNumber(start, "octal");
        } else if (c == '0' && (peek(1) == 'b' || peek(1) == 'B')) {
            pos += 2;
            lexRadixDigits(2, "binary");
            verifyEndOfNumber(start, "binary");
        } else {
            boolean nonZero = false;
            if (c == '0') {
                // Old-style octal: 0 followed by digits is an error unless it is all zeros or a float.
                pos++;
                while (peek(0) == '0' || peek(0) == '_') {
                    if (peek(0) == '_') {
                        pos++;
                        if (!isDigit(peek(0))) {
                            throw errorAtCursor("invalid decimal literal", pos);
                        }
                    } else {
                        pos++;
                    }
                }
                int zerosEnd = pos;
                if (isDigit(peek(0))) {
                    lexDecimalDigits();
                    nonZero = true;
                }
                int next = peek(0);
                if (next == '.' || next == 'e' || next == 'E' || next == 'j' || next == 'J') {
                    lexFloatRest(start);
                } else if (nonZero) {
                    throw error("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                            line, startCol + 1, line, col(zerosEnd) + 1);
                } else {
                    pos = Math.max(pos, zerosEnd);
                    verifyEndOfNumber(start, "decimal");
                }
            } else {
                if (c != '.') {
                    lexDecimalDigits();
                }
                lexFloatRest(start);
            }
        }
        add(TokenKind.NUMBER, new String(src, start, pos - start, StandardCharsets.ISO_8859_1), line, startCol, start);
    }

    private void lexDecimalDigits() {
        while (true) {
            while (isDigit(peek(0))) {
                pos++;
            }
            if (peek(0) != '_') {
                return;
            }
            pos++;
            if (!isDigit(peek(0))) {
                throw errorAtCursor("invalid decimal literal", pos);
            }
        }
    }

    /** After the integer part: fraction, exponent and imaginary suffix. */
    private void lexFloatRest(int start) {
        if (peek(0) == '.') {
            pos++;
            if (isDigit(peek(0))) {
                lexDecimalDigits();
            }
        }
        int e = peek(0);
        if (e == 'e' || e == 'E') {
            int mark = pos;
            pos++;
            if (peek(0) == '+' || peek(0) == '-') {
                pos++;
                if (!isDigit(peek(0))) {
                    throw errorAtCursor("invalid decimal literal", pos);
                }
            } else if (!isDigit(peek(0))) {
                pos = mark;
                verifyEndOfNumber(start, "decimal");
                return;
            }
            lexDecimalDigits();
        }
        if (peek(0) == 'j' || peek(0) == 'J') {
            pos++;
            verifyEndOfNumber(start, "imaginary");
            return;
        }
        verifyEndOfNumber(start, "decimal");
    }

    private void lexRadixDigits(int radix, String kind) {
        boolean any = false;
        while (true) {
            if (peek(0) == '_') {
                pos++;
            }
            int c = peek(0);
            int digit = Character.digit(c < 0 ? 0 : c, radix);
            if (c < 0 || digit < 0) {
                if (radix < 10 && isDigit(c)) {
                    throw errorAtCursor(String.format("invalid digit '%c' in %s literal", (char) c, kind), pos + 1);
                }
                if (!any) {
                    throw errorAtCursor("invalid " + kind + " literal", pos);
                }
                return;
            }
            any = true;
            while (c >= 0 && Character.digit(c, radix) >= 0) {
                pos++;
                c = peek(0);
            }
            if (c != '_') {
                if (radix < 10 && isDigit(c)) {
                    throw errorAtCursor(String.format("invalid digit '%c' in %s literal", (char) c, kind), pos + 1);
                }
                return;
            }
        }
    }

    private static final String[] KEYWORDS_AFTER_NUMBER = {"and", "else", "for", "if", "in", "is", "not", "or"};

    /** A SyntaxWarning of the tokenizer (_PyTokenizer_parser_warn): message, line, byte column. */
    public record Warning(String message, int lineno, int colOffset) {}

    private final List<Warning> warnings = new ArrayList<>();

    /** The tokenizer's SyntaxWarnings, in source order. */
    public List<Warning> warnings() {
        return warnings;
    }

    /** Mirrors lexer.c: verify_end_of_number; a name character right after a number is an error. */
    private void verifyEndOfNumber(int start, String kind) {
        int c = peek(0);
        if (c >= 0 && isIdentifierChar(c)) {
            // Keywords glued to a number ("1if") are allowed with a warning in CPython.
            for (String keyword : KEYWORDS_AFTER_NUMBER) {
                if (startsWith(keyword)) {
                    warnings.add(new Warning("invalid " + kind + " literal", line, col(start)));
                    return;
                }
            }
            throw errorAtCursor("invalid " + kind + " literal", pos);
        }
    }

    private boolean startsWith(String text) {
        if (pos + text.length() > length) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (src[pos + i] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    // ---- strings ------------------------------------------------------------------------------

    private TokenizeError unterminatedString(boolean triple, String prefixKind, int startLine, int startCol) {
        String what = prefixKind.isEmpty() ? "string" : prefixKind + "-string";
        // At the end of input after a final newline, CPython's line counter is still on the last line.
        int detected = pos >= length && lineStart == length && line > 1 ? line - 1 : line;
        String message = triple
                ? "unterminated triple-quoted " + what + " literal (detected at line " + detected + ")"
                : "unterminated " + what + " literal (detected at line " + detected + ")";
        return error(message, startLine, startCol + 1, startLine, startCol + 1);
    }

    /**
     * An unterminated string; inside a replacement field, a quote matching the enclosing f-string's
     * means the '}' is missing (tok_get_normal_mode reports that instead).
     */
    private TokenizeError unterminatedInside(byte quote, int quoteSize, int startLine, int startCol) {
        StringMode mode = modes.isEmpty() ? null : modes.get(modes.size() - 1);
        if (mode != null && mode.quote == quote && mode.quoteSize == quoteSize) {
            return error((mode.template ? "t" : "f") + "-string: expecting '}'", startLine, startCol + 1, startLine,
                    startCol + 1);
        }
        return unterminatedString(quoteSize == 3, "", startLine, startCol);
    }

    private void lexString(int start, int startCol, boolean bytes, boolean raw, boolean fString, boolean tString) {
        int startLine = line;
        byte quote = src[pos];
        int quoteSize = 1;
        if (peek(1) == quote && peek(2) == quote) {
            quoteSize = 3;
        }
        pos += quoteSize;
        if (fString || tString) {
            add(tString ? TokenKind.TSTRING_START : TokenKind.FSTRING_START,
                    new String(src, start, pos - start, StandardCharsets.UTF_8), startLine, startCol, start);
            modes.add(new StringMode(quote, quoteSize, raw, tString, startLine, startCol));
            return;
        }
        int closed = 0;
        while (closed < quoteSize) {
            if (pos >= length) {
                throw unterminatedInside(quote, quoteSize, startLine, startCol);
            }
            int c = src[pos];
            pos++;
            if (c == quote) {
                closed++;
                continue;
            }
            closed = 0;
            if (c == '\n') {
                if (quoteSize == 1) {
                    pos--;
                    throw unterminatedInside(quote, quoteSize, startLine, startCol);
                }
                newLine(pos);
            } else if (c == '\\' && pos < length) {
                if (src[pos] == '\n') {
                    pos++;
                    newLine(pos);
                } else {
                    pos++;
                }
            }
        }
        add(TokenKind.STRING, new String(src, start, pos - start, StandardCharsets.UTF_8), startLine, startCol, start);
    }

    /** Mirrors tok_get_fstring_mode: literal text (or format spec text) up to a brace or the closing quote. */
    private void lexStringMiddle(StringMode mode) {
        Field field = mode.field();
        boolean inSpec = field != null;
        int start = pos;
        int startLine = line;
        int startCol = col(pos);
        StringBuilder text = new StringBuilder();
        int runStart = pos;
        TokenKind middle = mode.template ? TokenKind.TSTRING_MIDDLE : TokenKind.FSTRING_MIDDLE;
        while (true) {
            if (pos >= length) {
                throw unterminatedString(mode.quoteSize == 3, mode.template ? "t" : "f", mode.startLine, mode.startCol);
            }
            int c = src[pos];
            if (c == mode.quote && (mode.quoteSize == 1 || peek(1) == c && peek(2) == c)) {
                if (inSpec) {
                    throw error("f-string: expecting '}'", line, col(pos) + 1, line, col(pos) + 1);
                }
                text.append(new String(src, runStart, pos - runStart, StandardCharsets.UTF_8));
                emitMiddle(middle, text, startLine, startCol, start);
                int endStart = pos;
                int endCol = col(pos);
                pos += mode.quoteSize;
                add(mode.template ? TokenKind.TSTRING_END : TokenKind.FSTRING_END,
                        new String(src, endStart, pos - endStart, StandardCharsets.UTF_8), line, endCol, endStart);
                modes.remove(modes.size() - 1);
                return;
            }
            if (c == '\n') {
                if (mode.quoteSize == 1) {
                    throw unterminatedString(false, mode.template ? "t" : "f", mode.startLine, mode.startCol);
                }
                pos++;
                newLine(pos);
                continue;
            }
            if (c == '{' || c == '}') {
                if (peek(1) == c && !inSpec) {
                    // A doubled brace is literal text (keep one), except in a format spec where it nests.
                    pos++;
                    text.append(new String(src, runStart, pos - runStart, StandardCharsets.UTF_8));
                    pos++;
                    runStart = pos;
                    continue;
                }
                text.append(new String(src, runStart, pos - runStart, StandardCharsets.UTF_8));
                emitMiddle(middle, text, startLine, startCol, start);
                int braceCol = col(pos);
                int braceStart = pos;
                if (c == '{') {
                    if (mode.fields.size() >= MAX_EXPR_NESTING) {
                        throw error((mode.template ? "t" : "f") + "-string: expressions nested too deeply", line,
                                braceCol, line, braceCol);
                    }
                    pos++;
                    openBracket('{', braceCol);
                    add(TokenKind.LBRACE, "{", line, braceCol, braceStart);
                    mode.fields.add(new Field(depth));
                } else if (inSpec) {
                    pos++;
                    depth--;
                    add(TokenKind.RBRACE, "}", line, braceCol, braceStart);
                    mode.fields.remove(mode.fields.size() - 1);
                } else {
                    throw error("f-string: single '}' is not allowed", line, braceCol + 1, line, braceCol + 1);
                }
                return;
            }
            if (c == '\\' && !mode.raw && pos + 1 < length) {
                int next = src[pos + 1];
                if (next == 'N' && peek(2) == '{') {
                    pos += 3;
                    while (pos < length && src[pos] != '}' && src[pos] != mode.quote && src[pos] != '\n') {
                        pos++;
                    }
                    if (pos < length && src[pos] == '}') {
                        pos++;
                    }
                    continue;
                }
                if (next == '{' || next == '}') {
                    pos++;
                    continue;
                }
                pos += 2;
                if (next == '\n') {
                    newLine(pos);
                }
                continue;
            }
            if (c == '\\' && mode.raw && pos + 1 < length && src[pos + 1] != '{' && src[pos + 1] != '}') {
                // In raw strings a backslash still keeps the next quote from closing the string.
                pos += 2;
                if (src[pos - 1] == '\n') {
                    newLine(pos);
                }
                continue;
            }
            pos++;
        }
    }

    private void emitMiddle(TokenKind kind, StringBuilder text, int startLine, int startCol, int start) {
        if (pos > start) {
            tokens.add(kind, text.toString(), startLine, startCol, line, col(pos), start, pos);
        }
    }

    // ---- operators ----------------------------------------------------------------------------

    private void openBracket(char bracket, int bracketCol) {
        if (depth >= MAXLEVEL) {
            throw errorAtCursor("too many nested parentheses", pos);
        }
        brackets[depth] = bracket;
        bracketLines[depth] = line;
        bracketCols[depth] = bracketCol;
        depth++;
    }

    private void lexOperator(int c, int start, int startCol) {
        StringMode mode = modes.isEmpty() ? null : modes.get(modes.size() - 1);
        Field field = mode == null ? null : mode.field();
        boolean fieldTop = field != null && depth == field.bracketDepth;
        if (fieldTop && c == ':') {
            pos++;
            add(TokenKind.COLON, ":", line, startCol, start);
            field.inFormatSpec = true;
            return;
        }
        if (fieldTop && c == '}') {
            pos++;
            depth--;
            add(TokenKind.RBRACE, "}", line, startCol, start);
            mode.fields.remove(mode.fields.size() - 1);
            return;
        }
        TokenKind kind = matchOperator(c, peek(1), peek(2));
        if (kind == null) {
            throw invalidCharacter(start, startCol);
        }
        String text = OPERATOR_TEXT[kind.ordinal()];
        pos += text.length();
        switch (c) {
            case '(', '[', '{' -> openBracket((char) c, startCol);
            case ')', ']', '}' -> {
                if (depth == 0) {
                    throw error("unmatched '" + (char) c + "'", line, startCol + 1, line, startCol + 1);
                }
                char open = brackets[depth - 1];
                char expected = open == '(' ? ')' : open == '[' ? ']' : '}';
                if (c != expected) {
                    String prefix = mode == null ? "" : mode.template ? "t-string: " : "f-string: ";
                    if (bracketLines[depth - 1] != line) {
                        throw error(prefix + "closing parenthesis '" + (char) c + "' does not match opening parenthesis '"
                                + open + "' on line " + bracketLines[depth - 1], line, startCol + 1, line, startCol + 1);
                    }
                    throw error(prefix + "closing parenthesis '" + (char) c + "' does not match opening parenthesis '" + open
                            + "'", line, startCol + 1, line, startCol + 1);
                }
                depth--;
            }
            default -> { }
        }
        add(kind, text, line, startCol, start);
    }

    private static final String[] OPERATOR_TEXT = new String[TokenKind.values().length];

    static {
        for (String op : new String[]{"!", "!=", "%", "%=", "&", "&=", "(", ")", "*", "**", "**=", "*=", "+", "+=", ",",
                "-", "-=", "->", ".", "...", "/", "//", "//=", "/=", ":", ":=", ";", "<", "<<", "<<=", "<=", "=", "==", ">",
                ">=", ">>", ">>=", "@", "@=", "[", "]", "^", "^=", "{", "|", "|=", "}", "~"}) {
            OPERATOR_TEXT[TokenKind.operator(op).ordinal()] = op;
        }
    }

    /** The longest operator starting with c, c1, c2 (Parser/token.c: PyToken_OneChar/TwoChars/ThreeChars). */
    private static TokenKind matchOperator(int c, int c1, int c2) {
        return switch (c) {
            case '(' -> TokenKind.LPAR;
            case ')' -> TokenKind.RPAR;
            case '[' -> TokenKind.LSQB;
            case ']' -> TokenKind.RSQB;
            case '{' -> TokenKind.LBRACE;
            case '}' -> TokenKind.RBRACE;
            case ',' -> TokenKind.COMMA;
            case ';' -> TokenKind.SEMI;
            case '~' -> TokenKind.TILDE;
            case ':' -> c1 == '=' ? TokenKind.COLONEQUAL : TokenKind.COLON;
            case '!' -> c1 == '=' ? TokenKind.NOTEQUAL : TokenKind.EXCLAMATION;
            case '%' -> c1 == '=' ? TokenKind.PERCENTEQUAL : TokenKind.PERCENT;
            case '&' -> c1 == '=' ? TokenKind.AMPEREQUAL : TokenKind.AMPER;
            case '+' -> c1 == '=' ? TokenKind.PLUSEQUAL : TokenKind.PLUS;
            case '=' -> c1 == '=' ? TokenKind.EQEQUAL : TokenKind.EQUAL;
            case '@' -> c1 == '=' ? TokenKind.ATEQUAL : TokenKind.AT;
            case '^' -> c1 == '=' ? TokenKind.CIRCUMFLEXEQUAL : TokenKind.CIRCUMFLEX;
            case '|' -> c1 == '=' ? TokenKind.VBAREQUAL : TokenKind.VBAR;
            case '-' -> c1 == '=' ? TokenKind.MINEQUAL : c1 == '>' ? TokenKind.RARROW : TokenKind.MINUS;
            case '.' -> c1 == '.' && c2 == '.' ? TokenKind.ELLIPSIS : TokenKind.DOT;
            case '*' -> c1 == '*' ? (c2 == '=' ? TokenKind.DOUBLESTAREQUAL : TokenKind.DOUBLESTAR)
                    : c1 == '=' ? TokenKind.STAREQUAL : TokenKind.STAR;
            case '/' -> c1 == '/' ? (c2 == '=' ? TokenKind.DOUBLESLASHEQUAL : TokenKind.DOUBLESLASH)
                    : c1 == '=' ? TokenKind.SLASHEQUAL : TokenKind.SLASH;
            case '<' -> c1 == '<' ? (c2 == '=' ? TokenKind.LEFTSHIFTEQUAL : TokenKind.LEFTSHIFT)
                    : c1 == '=' ? TokenKind.LESSEQUAL : TokenKind.LESS;
            case '>' -> c1 == '>' ? (c2 == '=' ? TokenKind.RIGHTSHIFTEQUAL : TokenKind.RIGHTSHIFT)
                    : c1 == '=' ? TokenKind.GREATEREQUAL : TokenKind.GREATER;
            default -> null;
        };
    }

    private TokenizeError invalidCharacter(int start, int startCol) {
        int c = src[start] & 0xff;
        if (c < 128) {
            if (c == '$' || c == '?' || c == '`') {
                return error("invalid syntax", line, startCol + 1, line, startCol + 2);
            }
            return error(String.format("invalid non-printable character U+%04X", c), line, startCol + 1, line,
                    startCol + 1);
        }
        int cp = new String(src, start, Math.min(4, length - start), StandardCharsets.UTF_8).codePointAt(0);
        String printed = new String(Character.toChars(cp));
        return error(String.format("invalid character '%s' (U+%04X)", printed, cp), line, startCol + 1, line,
                startCol + 1);
    }
}
