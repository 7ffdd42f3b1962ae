package tierpy.modules;

import java.io.InputStream;
import java.io.PrintStream;

/** Gives tests in other packages DisCommand's stream-parameterised entry point. */
public final class DisCommandAccess {
    private DisCommandAccess() {}

    public static int run(String[] args, PrintStream out, PrintStream err, InputStream in) {
        return DisCommand.run(args, out, err, in);
    }
}
