package tierpy.kernel.display;

/** HTML escaping for text placed in renderings. */
public final class Html {
    private Html() {}

    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Text shown as-is in a monospace block. */
    public static String preformatted(String text) {
        return "<pre class=\"tierpy-stage\">" + escape(text) + "</pre>";
    }
}
