package tierpy.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The options the file benchmarks share: {@code [--size MB] [--runs N] [FILE]}. */
record BenchArgs(double sizeMb, int runs, String file) {
    /** Parses args; prints the usage and the error and returns null when they are wrong. */
    static BenchArgs parse(String[] args, String usage, String command, double defaultSizeMb) {
        double sizeMb = defaultSizeMb;
        int runs = 5;
        String file = null;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--size" -> sizeMb = number(value(args, ++i, "--size"), "--size");
                    case "--runs" -> runs = (int) number(value(args, ++i, "--runs"), "--runs");
                    default -> {
                        if (args[i].startsWith("-") || file != null) {
                            throw new IllegalArgumentException("unrecognized argument " + args[i]);
                        }
                        file = args[i];
                    }
                }
            }
            if (runs < 1 || sizeMb <= 0) throw new IllegalArgumentException("--size and --runs must be positive");
        } catch (RuntimeException e) {
            System.err.println(usage);
            System.err.println("tierpy -m tierpy_bench " + command + ": error: " + e.getMessage());
            return null;
        }
        return new BenchArgs(sizeMb, runs, file);
    }

    /** A benchmark's body, given its options. */
    interface Body {
        int run(BenchArgs options) throws IOException;
    }

    /** The entry every file benchmark shares: help, options, and I/O errors as exit statuses. */
    static int main(String[] args, String usage, String command, double defaultSizeMb, Body body) {
        if (wantsHelp(args)) {
            System.out.println(usage);
            return 0;
        }
        BenchArgs options = parse(args, usage, command, defaultSizeMb);
        if (options == null) return 2;
        try {
            return body.run(options);
        } catch (IOException e) {
            System.err.println("tierpy -m tierpy_bench " + command + ": error: " + e.getMessage());
            return 1;
        }
    }

    /** No FILE given: the generated module goes to a temporary file, deleted after the run. */
    boolean temporary() {
        return file == null;
    }

    /** FILE if it exists; otherwise a generated module of sizeMb written to FILE or a temporary file. */
    Path source(String tempPrefix, long seed) throws IOException {
        if (file != null && Files.exists(Path.of(file))) return Path.of(file);
        String generated = SourceGenerator.generate((long) (sizeMb * 1024 * 1024), seed);
        Path path = temporary() ? Files.createTempFile(tempPrefix, ".py") : Path.of(file);
        Files.writeString(path, generated, StandardCharsets.UTF_8);
        return path;
    }

    static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException("argument " + option + ": expected one argument");
        }
        return args[i];
    }

    static double number(String text, String option) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("argument " + option + ": invalid number '" + text + "'");
        }
    }

    static boolean wantsHelp(String[] args) {
        for (String a : args) if (a.equals("-h") || a.equals("--help")) return true;
        return false;
    }
}
