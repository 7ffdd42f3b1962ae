package tierpy.modules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/** Where input() reads lines: the process's stdin unless an embedder installs another reader. */
public final class Input {
    private Input() {}

    private static BufferedReader reader;

    public static synchronized void setReader(BufferedReader r) {
        reader = r;
    }

    /** One line with its terminator, as sys.stdin.readline returns it; "" at end of input. */
    static synchronized String readLineWithEnd() {
        BufferedReader r = reader();
        StringBuilder sb = new StringBuilder();
        try {
            for (int c; (c = r.read()) >= 0; ) {
                sb.append((char) c);
                if (c == '\n') break;
            }
        } catch (IOException e) {
            // a failing host stream reads as end of input, as readLine does
        }
        return sb.toString();
    }

    /** Up to {@code n} characters; fewer only at end of input. */
    static synchronized String readChars(long n) {
        BufferedReader r = reader();
        StringBuilder sb = new StringBuilder();
        try {
            for (int c; sb.length() < n && (c = r.read()) >= 0; ) sb.append((char) c);
        } catch (IOException e) {
            // end of input
        }
        return sb.toString();
    }

    private static BufferedReader reader() {
        if (reader == null) reader = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        return reader;
    }

    static synchronized String readLine() {
        reader();
        try {
            return reader.readLine();
        } catch (IOException e) {
            return null;
        }
    }
}
