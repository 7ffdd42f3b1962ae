package tierpy.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import tierpy.modules.ProgramRunner;

/**
 * The benchmark programs of {@code ../shared/bench}: their command lines and expected checksum lines,
 * read from the two tables of its README (the default sizes and the quick-check sizes), and a run of
 * one of them in this JVM through the program runner.
 */
final class BenchPrograms {
    private BenchPrograms() {}

    /** One command of a README table: the file, its arguments and the one line it must print. */
    record Program(String file, List<String> args, String expected) {
        String name() {
            return file.endsWith(".py") ? file.substring(0, file.length() - 3) : file;
        }

        /** The command line as the README writes it, e.g. {@code nbody.py 2000}. */
        String command() {
            return args.isEmpty() ? file : file + " " + String.join(" ", args);
        }

        /** sys.argv of the run: the file then the arguments. */
        String[] argv() {
            List<String> argv = new ArrayList<>(List.of(file));
            argv.addAll(args);
            return argv.toArray(String[]::new);
        }
    }

    /** Both tables: each program at its default size, and at its quick-check size. */
    record Suite(List<Program> full, List<Program> quick) {
        List<Program> select(boolean quickSizes) {
            return quickSizes ? quick : full;
        }
    }

    /** The output of one run and how long it took. */
    record Outcome(int exitCode, String stdout, String stderr, double seconds) {
        /** Null when the run printed exactly the expected line and exited with 0, else why not. */
        String failure(Program program) {
            String printed = stdout.strip();
            if (exitCode == 0 && printed.equals(program.expected())) return null;
            if (exitCode != 0) {
                List<String> errors = stderr.strip().lines().toList();
                String last = errors.isEmpty() ? "(no error output)" : errors.get(errors.size() - 1);
                return "exit status " + exitCode + ": " + last;
            }
            return "wrong checksum: printed '" + printed + "', expected '" + program.expected() + "'";
        }
    }

    /**
     * The bench directory: {@code <tierpy.home>/../shared/bench} when run from the {@code tierpy}
     * launcher, {@code <tierpy.shared>/bench} under the test runner; null when neither is set.
     */
    static Path defaultDir() {
        String home = System.getProperty("tierpy.home");
        if (home != null) return Path.of(home).resolveSibling("shared").resolve("bench").normalize();
        String shared = System.getProperty("tierpy.shared");
        return shared == null ? null : Path.of(shared, "bench");
    }

    static Suite load(Path dir) throws IOException {
        return parse(Files.readString(dir.resolve("README.md"), StandardCharsets.UTF_8));
    }

    /**
     * Reads the README's tables. A table whose header starts with {@code program} lists each program
     * with its synopsis ({@code nbody.py [steps]}): run without arguments, it prints the last column.
     * A table headed {@code command arguments} lists quick-check commands with their output.
     */
    static Suite parse(String readme) {
        List<Program> full = new ArrayList<>();
        List<Program> quick = new ArrayList<>();
        List<Program> table = null;
        for (String line : readme.lines().toList()) {
            String row = line.strip();
            if (!row.startsWith("|")) {
                table = null;
                continue;
            }
            List<String> cells = cells(row);
            if (table == null) {
                String first = cells.get(0).toLowerCase(Locale.ROOT);
                // Rows of any other table are read into a list nobody keeps.
                table = first.equals("program") ? full : first.equals("command arguments") ? quick : new ArrayList<>();
                continue;
            }
            String command = unquote(cells.get(0));
            if (command.isEmpty() || command.startsWith("---")) continue;
            String expected = unquote(cells.get(cells.size() - 1));
            List<String> words = Arrays.stream(command.split("\\s+")).filter(w -> !w.startsWith("[")).toList();
            table.add(new Program(words.get(0), words.subList(1, words.size()), expected));
        }
        if (full.isEmpty() || quick.isEmpty()) {
            throw new IllegalArgumentException("README.md: the 'program' or the 'command arguments' table is missing");
        }
        return new Suite(List.copyOf(full), List.copyOf(quick));
    }

    private static List<String> cells(String row) {
        String inner = row.substring(1, row.endsWith("|") ? row.length() - 1 : row.length());
        return Arrays.stream(inner.split("\\|")).map(String::strip).toList();
    }

    private static String unquote(String cell) {
        return cell.length() >= 2 && cell.startsWith("`") && cell.endsWith("`") ? cell.substring(1, cell.length() - 1) : cell;
    }

    /**
     * Runs the program in this JVM as {@code ./tierpy} would run it, with {@code __file__} and
     * {@code sys.argv[0]} the bare file name, its output captured.
     */
    static Outcome runInProcess(Path dir, Program program) throws IOException {
        String source = Files.readString(dir.resolve(program.file()), StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder();
        StringBuilder err = new StringBuilder();
        long start = System.nanoTime();
        int rc;
        try {
            rc = ProgramRunner.run(source, program.file(), program.argv(), out, err);
        } catch (RuntimeException e) {
            // An interpreter bug, not a Python error: report it as the launcher's "internal error" line.
            err.append("tierpy: internal error: ").append(e);
            rc = 1;
        }
        return new Outcome(rc, out.toString(), err.toString(), (System.nanoTime() - start) / 1e9);
    }
}
