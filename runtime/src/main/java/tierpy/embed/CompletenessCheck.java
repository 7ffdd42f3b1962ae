package tierpy.embed;

import tierpy.parse.Mode;
import tierpy.parse.Parser;
import tierpy.parse.PySyntaxError;

/**
 * Mirrors IPython/core/inputtransformer2.py: TransformerManager.check_complete over
 * Lib/codeop.py's rule: input is incomplete when the parser stops at its end (an unclosed
 * bracket or triple-quoted string, a block header awaiting its body, a trailing backslash), and
 * invalid when it fails anywhere else.
 */
final class CompletenessCheck {
    private CompletenessCheck() {}

    static Completeness check(String code) {
        if (code.isBlank()) return Completeness.COMPLETE;
        String lastLine = lastLine(code);
        String indent = lastLine.substring(0, lastLine.length() - lastLine.stripLeading().length());
        try {
            Parser.parse(code, "<input>", Mode.EXEC);
        } catch (PySyntaxError e) {
            if (!stoppedAtEnd(e, lastLine)) return Completeness.INVALID;
            return Completeness.incomplete(lastLine.stripTrailing().endsWith(":") ? indent + "    " : indent);
        }
        // A block's body may go on until a blank line ends it, as in the interactive prompt.
        if (!indent.isEmpty() && !code.endsWith("\n\n")) return Completeness.incomplete(indent);
        if (lastLine.stripTrailing().endsWith("\\")) return Completeness.incomplete(indent);
        return Completeness.COMPLETE;
    }

    private static String lastLine(String code) {
        String trimmed = code.replaceAll("\\n+$", "");
        return trimmed.substring(trimmed.lastIndexOf('\n') + 1);
    }

    private static boolean stoppedAtEnd(PySyntaxError e, String lastLine) {
        String msg = e.msg() == null ? "" : e.msg();
        return msg.contains("was never closed") || msg.startsWith("unterminated triple-quoted string")
                || msg.startsWith("expected an indented block") && lastLine.stripTrailing().endsWith(":")
                || msg.startsWith("unexpected EOF")
                || msg.contains("unexpected end of file");
    }
}
