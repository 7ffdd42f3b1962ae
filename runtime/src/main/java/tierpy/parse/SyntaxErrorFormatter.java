package tierpy.parse;

/**
 * Mirrors Lib/traceback.py: TracebackException._format_syntax_error (CPython 3.14, no colour): the
 * File line, the stripped source line, the caret line and "SyntaxError: msg".
 */
public final class SyntaxErrorFormatter {
    private SyntaxErrorFormatter() {}

    /** The text CPython's traceback prints for this error, each line ending in a newline. */
    public static String format(PySyntaxError error) {
        StringBuilder out = new StringBuilder();
        String filenameSuffix = "";
        if (error.lineno() > 0) {
            out.append("  File \"").append(error.filename() == null ? "<string>" : error.filename()).append("\", line ")
                    .append(error.lineno()).append('\n');
        } else if (error.filename() != null) {
            filenameSuffix = " (" + error.filename() + ")";
        }
        String text = error.text();
        if (text != null) {
            String rtext = stripTrailingNewlines(text);
            String ltext = stripLeading(rtext);
            int spaces = codePoints(rtext) - codePoints(ltext);
            out.append("    ").append(ltext).append('\n');
            int offset = error.offset();
            int endOffset;
            if (error.lineno() == error.endLineno()) {
                endOffset = error.endOffset() != 0 ? error.endOffset() : offset;
            } else {
                endOffset = codePoints(rtext) + 1;
            }
            int textLength = codePoints(text);
            if (offset > textLength) {
                offset = codePoints(rtext) + 1;
            }
            if (endOffset > textLength) {
                endOffset = codePoints(rtext) + 1;
            }
            if (offset >= endOffset || endOffset < 0) {
                endOffset = offset + 1;
            }
            int column = offset - 1 - spaces;
            int endColumn = endOffset - 1 - spaces;
            if (column >= 0) {
                StringBuilder caretLine = new StringBuilder("    ");
                int index = 0;
                for (int i = 0; i < ltext.length() && index < column; index++) {
                    int cp = ltext.codePointAt(i);
                    // Tabs and other whitespace are kept so the caret lines up.
                    caretLine.appendCodePoint(Character.isWhitespace(cp) ? cp : ' ');
                    i += Character.charCount(cp);
                }
                caretLine.append(" ".repeat(Math.max(0, column - index)));
                caretLine.append("^".repeat(Math.max(0, endColumn - column)));
                out.append(caretLine).append('\n');
            }
        }
        String msg = error.msg() == null || error.msg().isEmpty() ? "<no detail available>" : error.msg();
        return out.append(error.type()).append(": ").append(msg).append(filenameSuffix).append('\n').toString();
    }

    private static String stripTrailingNewlines(String text) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == '\n') {
            end--;
        }
        return text.substring(0, end);
    }

    private static String stripLeading(String text) {
        int start = 0;
        while (start < text.length() && (text.charAt(start) == ' ' || text.charAt(start) == '\n'
                || text.charAt(start) == '\f')) {
            start++;
        }
        return text.substring(start);
    }

    private static int codePoints(String text) {
        return text.codePointCount(0, text.length());
    }
}
