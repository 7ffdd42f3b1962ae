package tierpy.modules;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import tierpy.code.Dis;
import tierpy.compile.Compiler;
import tierpy.parse.PySyntaxError;

/**
 * Mirrors Lib/dis.py: main, the command line of {@code python -m dis [-C] [-O] [-P] [-S] [infile]}:
 * compile the file (or stdin) in exec mode and print its disassembly.
 */
public final class DisCommand {
    private DisCommand() {}

    private static final String USAGE = "usage: python -m dis [-h] [-C] [-O] [-P] [-S] [infile]";

    public static int main(String[] args) {
        return run(args, System.out, System.err, System.in);
    }

    static int run(String[] args, PrintStream out, PrintStream err, java.io.InputStream stdin) {
        boolean caches = false, offsets = false, positions = false, specialized = false;
        String infile = null;
        for (String arg : args) {
            switch (arg) {
                case "-C", "--show-caches" -> caches = true;
                case "-O", "--show-offsets" -> offsets = true;
                case "-P", "--show-positions" -> positions = true;
                case "-S", "--specialized" -> specialized = true;
                case "-h", "--help" -> {
                    out.println(USAGE);
                    return 0;
                }
                default -> {
                    if (arg.startsWith("-") && !arg.equals("-")) {
                        err.println(USAGE);
                        err.println("python -m dis: error: unrecognized arguments: " + arg);
                        return 2;
                    }
                    if (infile != null) {
                        err.println(USAGE);
                        err.println("python -m dis: error: unrecognized arguments: " + arg);
                        return 2;
                    }
                    infile = arg;
                }
            }
        }
        String name;
        String source;
        try {
            if (infile == null || infile.equals("-")) {
                name = "<stdin>";
                source = new String(stdin.readAllBytes(), StandardCharsets.UTF_8);
            } else {
                name = infile;
                source = Files.readString(Path.of(infile), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            err.println("FileNotFoundError: [Errno 2] No such file or directory: '" + infile + "'");
            return 1;
        }
        try {
            Compiler.Result result = Compiler.compile(source, name, "exec", 0);
            Dis.Options options = new Dis.Options(caches, specialized, offsets, positions, null);
            out.print(Dis.dis(result.code(), options));
            return 0;
        } catch (PySyntaxError e) {
            err.println("  File \"" + e.filename() + "\", line " + e.lineno());
            err.println(e.type() + ": " + e.msg());
            return 1;
        }
    }
}
