package tierpy.kernel.magics;

import java.util.Map;

/** Python's repr of the str and dict values magics return (Objects/unicodeobject.c: unicode_repr). */
final class PyRepr {
    private PyRepr() {}

    static String str(String value) {
        char quote = value.indexOf('\'') >= 0 && value.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder(value.length() + 2).append(quote);
        value.codePoints().forEach(c -> {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c == quote) out.append('\\').append((char) c);
                    else if (c < 0x20 || c == 0x7f) out.append(String.format("\\x%02x", c));
                    else out.appendCodePoint(c);
                }
            }
        });
        return out.append(quote).toString();
    }

    /**
     * An expression making an object of class {@code className} whose repr is {@code text}, for
     * magic results IPython shows through their own repr (LSMagic, say).
     */
    static String textObject(String className, String text) {
        return "type(" + str(className) + ", (), {'__repr__': lambda self: " + str(text) + "})()";
    }

    static String dict(Map<String, String> map) {
        StringBuilder out = new StringBuilder("{");
        map.forEach((k, v) -> {
            if (out.length() > 1) out.append(", ");
            out.append(str(k)).append(": ").append(str(v));
        });
        return out.append('}').toString();
    }
}
