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

    static synchronized String readLine() {
        if (reader == null) reader = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        try {
            return reader.readLine();
        } catch (IOException e) {
            return null;
        }
    }
}
