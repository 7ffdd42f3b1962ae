package tierpy.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tierpy.bench.BenchPrograms.Outcome;
import tierpy.bench.BenchPrograms.Program;
import tierpy.bench.ChildProcess.Run;
import tierpy.vm.Specializer;

/**
 * {@code tierpy -m tierpy_bench programs [--quick] [--runs N] [--dir DIR] [--no-in-process] [NAMES ...]}:
 * runs each program of {@code ../shared/bench} with {@code ./tierpy} (specialization off, then on) and
 * with Debian's CPython 3.11, each as a separate process, checks the checksum line its README expects
 * and prints a table of wall times, their ratios to CPython, peak memory and the geometric means. A wrong line or a
 * non-zero exit is reported as FAILED and never timed.
 */
final class ProgramsBench {
    private static final String USAGE =
            "usage: tierpy -m tierpy_bench programs [--quick] [--runs N] [--dir DIR] [--no-in-process] [NAMES ...]";
    private static final String CPYTHON = "/usr/bin/python3.11";
    private static final int WARMUP_RUNS = 2;
    private static final Program EMPTY = new Program("-c", List.of("pass"), "");
    private static final String ROW = "%-22s %8s %8s %8s %8s %9s %7s %7s %7s %7s %10s %11s%n";
    /** Runs tierpy with the specializing interpreter off (the "off" column). */
    private static final Map<String, String> SPECIALIZATION_OFF = Map.of("TIERPY_NO_BUILD", "1", "TIERPY_SPECIALIZE", "0");

    private ProgramsBench() {}

    record Options(boolean quick, int runs, Path dir, boolean inProcess, List<String> names) {
        static Options parse(String[] args) {
            boolean quick = false;
            boolean inProcess = true;
            Integer runs = null;
            Path dir = null;
            List<String> names = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--quick" -> quick = true;
                    case "--no-in-process" -> inProcess = false;
                    case "--runs" -> runs = (int) BenchArgs.number(BenchArgs.value(args, ++i, "--runs"), "--runs");
                    case "--dir" -> dir = Path.of(BenchArgs.value(args, ++i, "--dir"));
                    default -> {
                        if (args[i].startsWith("-")) throw new IllegalArgumentException("unrecognized argument " + args[i]);
                        names.add(args[i]);
                    }
                }
            }
            if (runs != null && runs < 1) throw new IllegalArgumentException("--runs must be positive");
            if (dir == null) dir = BenchPrograms.defaultDir();
            if (dir == null) throw new IllegalArgumentException("no bench directory: pass --dir DIR");
            return new Options(quick, runs != null ? runs : quick ? 3 : 1, dir, inProcess, List.copyOf(names));
        }
    }

    /** The best run of each side of one program (the failing run when one failed). */
    private record Row(Program program, Run tierpyOff, Run tierpy, Run python, Outcome inProcessOff, Outcome inProcess) {}

    static int main(String[] args) {
        if (BenchArgs.wantsHelp(args)) {
            System.out.println(USAGE);
            return 0;
        }
        Options options;
        List<Program> programs;
        BenchPrograms.Suite suite;
        try {
            options = Options.parse(args);
            suite = BenchPrograms.load(options.dir());
            programs = select(suite.select(options.quick()), options.names());
        } catch (IllegalArgumentException | IOException e) {
            System.err.println(USAGE);
            System.err.println("tierpy -m tierpy_bench programs: error: " + e.getMessage());
            return 2;
        }
        Path launcher = launcher();
        if (launcher == null) {
            System.err.println("tierpy -m tierpy_bench programs: error: the tierpy launcher was not found"
                    + " (run this through ./tierpy, which sets tierpy.home)");
            return 2;
        }
        try {
            return new ProgramsBench.Session(options, launcher, suite).run(programs);
        } catch (IOException e) {
            System.err.println("tierpy -m tierpy_bench programs: error: " + e.getMessage());
            return 1;
        }
    }

    static List<Program> select(List<Program> programs, List<String> names) {
        if (names.isEmpty()) return programs;
        List<Program> selected = new ArrayList<>();
        for (String name : names) {
            Program match = programs.stream()
                    .filter(p -> p.name().equals(name) || p.file().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown program " + name + " (choose from "
                            + String.join(", ", programs.stream().map(Program::name).toList()) + ")"));
            selected.add(match);
        }
        return selected;
    }

    private static Path launcher() {
        String home = System.getProperty("tierpy.home");
        if (home == null) return null;
        Path launcher = Path.of(home, "tierpy");
        return Files.isExecutable(launcher) ? launcher : null;
    }

    /** One run of the command: its options, and where the two Pythons are. */
    private record Session(Options options, Path launcher, BenchPrograms.Suite suite, String python) {
        Session(Options options, Path launcher, BenchPrograms.Suite suite) {
            this(options, launcher, suite, Files.isExecutable(Path.of(CPYTHON)) ? CPYTHON : ParseBench.findPython());
        }

        private Duration timeout() {
            return Duration.ofMinutes(options.quick() ? 2 : 15);
        }

        int run(List<Program> programs) throws IOException {
            printHeader(programs.size());
            Row startup = measure(EMPTY);
            System.out.printf(Locale.ROOT, ROW, "program", "off s", "on s", "inp off", "inp on", "CPython s", "off/Py",
                    "on/Py", "inp off", "inp on", "tierpy RSS", "CPython RSS");
            printRow(startup, null);
            List<Row> rows = new ArrayList<>();
            for (Program program : programs) {
                Row row = measure(program);
                rows.add(row);
                printRow(row, startup);
            }
            printSummary(rows, startup);
            int failures = printFailures(startup);
            for (Row row : rows) failures += printFailures(row);
            System.out.println("load average at end: " + loadAverage());
            return failures == 0 ? 0 : 1;
        }

        private void printHeader(int count) throws IOException {
            System.out.printf(Locale.ROOT, "tierpy -m tierpy_bench programs: %d program(s) at the %s sizes, from %s%n",
                    count, options.quick() ? "quick-check" : "default", options.dir());
            System.out.println("load average at start: " + loadAverage() + " (" + Runtime.getRuntime().availableProcessors()
                    + " CPUs, shared machine)");
            System.out.println("tierpy:  " + launcher + ": Tier 1 specializing interpreter, off = TIERPY_SPECIALIZE=0, on ="
                    + " default, Java " + Runtime.version());
            System.out.println("CPython: " + (python == null ? "not found, no comparison" : python + " (" + pythonVersion() + ")"
                    + (python.equals(CPYTHON) ? "" : ", not Debian's " + CPYTHON)));
            System.out.printf(Locale.ROOT, "wall time of the whole process, best of %d run(s); x/Py = tierpy / CPython;"
                    + " net = minus the start-up of an empty program (-c pass)%n", options.runs());
            if (options.inProcess()) {
                System.out.printf(Locale.ROOT, "inp: the program run inside this JVM (no start-up) after %d warm-up runs at"
                        + " its quick size, best of %d, specialization off then on; inp x/Py = inp / net CPython%n",
                        WARMUP_RUNS, options.runs());
            }
            System.out.println();
        }

        private String pythonVersion() {
            List<String> lines = ParseBench.runPython(List.of(python, "-V"));
            return lines == null || lines.isEmpty() ? "version unknown" : lines.get(0).strip();
        }

        /** Both sides, run after run in turn so a change in the machine's load hits both alike. */
        private Row measure(Program program) throws IOException {
            List<String> tierpyCommand = new ArrayList<>(List.of(launcher.toString()));
            tierpyCommand.addAll(List.of(program.argv()));
            // The launcher rebuilds stale jars: never inside a timed run.
            Map<String, String> tierpyEnv = Map.of("TIERPY_NO_BUILD", "1");
            List<String> pythonCommand = new ArrayList<>();
            if (python != null) {
                pythonCommand.add(python);
                pythonCommand.addAll(List.of(program.argv()));
            }
            Run tierpyOff = null;
            Run tierpy = null;
            Run cpython = null;
            for (int i = 0; i < options.runs(); i++) {
                tierpyOff = better(tierpyOff, program,
                        () -> ChildProcess.run(tierpyCommand, options.dir(), SPECIALIZATION_OFF, timeout()));
                tierpy = better(tierpy, program, () -> ChildProcess.run(tierpyCommand, options.dir(), tierpyEnv, timeout()));
                if (python != null) {
                    cpython = better(cpython, program, () -> ChildProcess.run(pythonCommand, options.dir(), Map.of(), timeout()));
                }
            }
            Outcome inProcessOff = null;
            Outcome inProcess = null;
            if (options.inProcess() && program != EMPTY && tierpy.outcome().failure(program) == null) {
                inProcessOff = inProcess(program, false);
                inProcess = inProcess(program, true);
            }
            return new Row(program, tierpyOff, tierpy, cpython, inProcessOff, inProcess);
        }

        private interface Measurement {
            Run run() throws IOException;
        }

        /** The faster of {@code best} and a new run; a failed run ends the series and is kept. */
        private static Run better(Run best, Program program, Measurement measurement) throws IOException {
            if (best != null && best.outcome().failure(program) != null) return best;
            Run run = measurement.run();
            if (run.outcome().failure(program) != null) return run;
            return best == null || run.outcome().seconds() < best.outcome().seconds() ? run : best;
        }

        private Outcome inProcess(Program program, boolean specialize) throws IOException {
            boolean saved = Specializer.enabled;
            Specializer.enabled = specialize;
            try {
                return inProcess(program);
            } finally {
                Specializer.enabled = saved;
            }
        }

        private Outcome inProcess(Program program) throws IOException {
            Program warmup = suite.quick().stream().filter(p -> p.file().equals(program.file())).findFirst().orElse(program);
            for (int i = 0; i < WARMUP_RUNS; i++) {
                Outcome outcome = BenchPrograms.runInProcess(options.dir(), warmup);
                if (outcome.failure(warmup) != null) return outcome;
            }
            Outcome best = null;
            for (int i = 0; i < options.runs(); i++) {
                Outcome outcome = BenchPrograms.runInProcess(options.dir(), program);
                if (outcome.failure(program) != null) return outcome;
                if (best == null || outcome.seconds() < best.seconds()) best = outcome;
            }
            return best;
        }

        private void printRow(Row row, Row startup) {
            Program program = row.program();
            String off = seconds(row.tierpyOff(), program);
            String tierpy = seconds(row.tierpy(), program);
            String inProcOff = seconds(row.inProcessOff(), program);
            String inProc = seconds(row.inProcess(), program);
            String cpython = row.python() == null ? "-" : seconds(row.python(), program);
            Double ratio = ratio(row, null);
            String label = program == EMPTY ? "(start-up) -c pass" : program.command();
            System.out.printf(Locale.ROOT, ROW, label, off, tierpy, inProcOff, inProc, cpython, times(offRatio(row)), times(ratio),
                    times(inProcessRatio(row, row.inProcessOff(), startup)), times(inProcessRatio(row, row.inProcess(), startup)),
                    megabytes(row.tierpy()), megabytes(row.python()));
        }

        /** tierpy / CPython wall time; net of the start-up row when given; null when not both measured. */
        private static Double ratio(Row row, Row startup) {
            if (!succeeded(row) || startup != null && !succeeded(startup)) return null;
            double tierpy = row.tierpy().outcome().seconds();
            double cpython = row.python().outcome().seconds();
            if (startup != null) {
                tierpy -= startup.tierpy().outcome().seconds();
                cpython -= startup.python().outcome().seconds();
            }
            return tierpy > 0 && cpython > 0 ? tierpy / cpython : null;
        }

        /** An in-process time / CPython's time net of its start-up, or null. */
        private static Double inProcessRatio(Row row, Outcome inProcess, Row startup) {
            if (startup == null || inProcess == null || inProcess.failure(row.program()) != null || !succeeded(row)
                    || !succeeded(startup)) {
                return null;
            }
            double cpythonNet = row.python().outcome().seconds() - startup.python().outcome().seconds();
            return cpythonNet > 0 ? inProcess.seconds() / cpythonNet : null;
        }

        /** tierpy with specialization off / CPython wall time, or null. */
        private static Double offRatio(Row row) {
            if (!succeeded(row) || row.tierpyOff().outcome().failure(row.program()) != null) return null;
            double cpython = row.python().outcome().seconds();
            return cpython > 0 ? row.tierpyOff().outcome().seconds() / cpython : null;
        }

        private static boolean succeeded(Row row) {
            return row.tierpy().outcome().failure(row.program()) == null
                    && row.python() != null && row.python().outcome().failure(row.program()) == null;
        }

        private void printSummary(List<Row> rows, Row startup) {
            List<Double> off = new ArrayList<>();
            List<Double> gross = new ArrayList<>();
            List<Double> net = new ArrayList<>();
            List<Double> inProcessOff = new ArrayList<>();
            List<Double> inProcess = new ArrayList<>();
            for (Row row : rows) {
                Double offRatio = offRatio(row);
                if (offRatio != null) off.add(offRatio);
                Double ratio = ratio(row, null);
                if (ratio == null) continue;
                gross.add(ratio);
                Double netRatio = ratio(row, startup);
                if (netRatio != null) net.add(netRatio);
                Double inOff = inProcessRatio(row, row.inProcessOff(), startup);
                if (inOff != null) inProcessOff.add(inOff);
                Double inOn = inProcessRatio(row, row.inProcess(), startup);
                if (inOn != null) inProcess.add(inOn);
            }
            System.out.println();
            System.out.printf(Locale.ROOT, "geometric mean of tierpy / CPython: specialization off %s over %d, on %s over"
                    + " %d of %d programs%n", times(geometricMean(off)), off.size(), times(geometricMean(gross)), gross.size(),
                    rows.size());
            System.out.printf(Locale.ROOT, "  net of start-up (on): %s over %d; in-process tierpy / net CPython: off %s, on %s"
                    + " over %d%n", times(geometricMean(net)), net.size(), times(geometricMean(inProcessOff)),
                    times(geometricMean(inProcess)), inProcess.size());
        }

        /** Prints why the row's runs failed; returns how many failed. */
        private int printFailures(Row row) {
            int failed = 0;
            Program program = row.program();
            String label = program == EMPTY ? "-c pass" : program.command();
            if (row.tierpyOff().outcome().failure(program) != null) {
                System.out.println("FAILED " + label + " (tierpy, specialization off): "
                        + row.tierpyOff().outcome().failure(program));
                failed++;
            }
            if (row.tierpy().outcome().failure(program) != null) {
                System.out.println("FAILED " + label + " (tierpy): " + row.tierpy().outcome().failure(program));
                failed++;
            }
            for (Outcome outcome : new Outcome[] {row.inProcessOff(), row.inProcess()}) {
                if (outcome != null && outcome.failure(program) != null) {
                    System.out.println("FAILED " + label + " (tierpy in-process): " + outcome.failure(program));
                    failed++;
                }
            }
            if (row.python() != null && row.python().outcome().failure(program) != null) {
                System.out.println("FAILED " + label + " (" + python + "): " + row.python().outcome().failure(program));
                failed++;
            }
            return failed;
        }
    }

    static Double geometricMean(List<Double> ratios) {
        if (ratios.isEmpty()) return null;
        double logs = 0;
        for (double r : ratios) logs += Math.log(r);
        return Math.exp(logs / ratios.size());
    }

    private static String seconds(Run run, Program program) {
        return seconds(run.outcome(), program);
    }

    private static String seconds(Outcome outcome, Program program) {
        if (outcome == null) return "-";
        return outcome.failure(program) != null ? "FAILED" : format(outcome.seconds());
    }

    private static String format(double seconds) {
        return String.format(Locale.ROOT, "%.3f", seconds);
    }

    private static String times(Double ratio) {
        return ratio == null ? "-" : String.format(Locale.ROOT, "%.2fx", ratio);
    }

    private static String megabytes(Run run) {
        return run == null || run.peakRssKb() == 0 ? "-" : String.format(Locale.ROOT, "%.0f MB", run.peakRssKb() / 1024.0);
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }
}
