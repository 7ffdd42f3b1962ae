package tierpy.kernel.wire;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** The kernel's log: one line per event on stderr, which Jupyter shows in its own log. */
public final class Log {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

    private Log() {}

    public static void warn(String message) {
        System.err.println("[tierpy " + LocalTime.now().format(TIME) + "] " + message);
    }
}
