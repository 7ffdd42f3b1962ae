package tierpy.kernel.display;

import java.util.regex.Pattern;

/** Traceback text for a terminal: without the ANSI colours frontends may get. */
public final class Tracebacks {
    private static final Pattern ANSI = Pattern.compile("\u001b\\[[0-9;]*m");

    private Tracebacks() {}

    public static String plain(String text) {
        return ANSI.matcher(text).replaceAll("");
    }
}
