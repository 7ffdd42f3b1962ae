package tierpy.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import tierpy.parse.Mode;
import tierpy.parse.Parser;
import tierpy.parse.PySyntaxError;

/**
 * {@code tierpy -m tierpy_bench parse [--size MB] [--runs N] [FILE]}: parse speed and peak heap of
 * tierpy's parser on a large generated module, next to CPython's {@code ast.parse} on the same
 * file when a {@code python3} is installed. FILE, when given, is parsed if it exists and is where
 * the generated module is written otherwise.
 */
final class ParseBench {
    private static final String USAGE = "usage: tierpy -m tierpy_bench parse [--size MB] [--runs N] [FILE]";
    private static final int WARMUP_RUNS = 3;
    private static final long SEED = 314;

    private ParseBench() {}

    static int main(String[] args) {
        return BenchArgs.main(args, USAGE, "parse", 5.0, ParseBench::run);
    }

    private static int run(BenchArgs options) throws IOException {
        int runs = options.runs();
        Path path = options.source("tierpy-parse-bench-", SEED);
        try {
            byte[] bytes = Files.readAllBytes(path);
            String source = new String(bytes, StandardCharsets.UTF_8);
            double megabytes = bytes.length / (1024.0 * 1024.0);
            long lines = source.chars().filter(c -> c == '\n').count();
            System.out.printf(Locale.ROOT, "file: %s (%.2f MB, %d lines)%n", path, megabytes, lines);

            for (int i = 0; i < WARMUP_RUNS; i++) {
                parse(source, path);
            }
            System.gc();
            resetPeaks();
            long[] times = new long[runs];
            for (int i = 0; i < runs; i++) {
                System.gc();  // each run starts from a clean heap: the previous tree is garbage
                long start = System.nanoTime();
                parse(source, path);
                times[i] = System.nanoTime() - start;
            }
            System.out.println("tierpy    run times (s): " + Arrays.stream(times)
                    .mapToObj(t -> String.format(Locale.ROOT, "%.3f", t / 1e9)).toList());
            Arrays.sort(times);
            double best = times[0] / 1e9;
            double median = times[runs / 2] / 1e9;
            System.out.printf(Locale.ROOT, "tierpy    parse: best %.3f s (%.1f MB/s), median %.3f s (%.1f MB/s)"
                    + " over %d runs after %d warm-up runs%n", best, megabytes / best, median, megabytes / median,
                    runs, WARMUP_RUNS);
            System.out.printf(Locale.ROOT, "tierpy    peak heap during the runs (sum of the heap pools' peaks): %.0f MB (max heap %.0f MB)%n",
                    peakHeapBytes() / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0);
            comparePython(path, megabytes, best);
            return 0;
        } catch (PySyntaxError e) {
            System.err.println("tierpy -m tierpy_bench parse: the file does not parse: " + e.getMessage());
            return 1;
        } finally {
            if (options.temporary()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static void parse(String source, Path path) {
        Parser.parse(source, path.getFileName().toString(), Mode.EXEC);
    }

    static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
                pool.resetPeakUsage();
            }
        }
    }

    /** The high-water mark of the heap: the sum of the heap pools' peak usage since the last reset. */
    static long peakHeapBytes() {
        long total = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
                total += pool.getPeakUsage().getUsed();
            }
        }
        return total;
    }

    /** Times CPython on the same file: ast.parse alone in-process, and the whole one-line command. */
    private static void comparePython(Path path, double megabytes, double tierpyBest) {
        String python = findPython();
        if (python == null) {
            System.out.println("python3: not found, no CPython comparison");
            return;
        }
        String timing = "import ast, resource, sys, time\n"
                + "src = open(sys.argv[1]).read()\n"
                + "ast.parse(src)\n"
                + "times = []\n"
                + "for _ in range(int(sys.argv[2])):\n"
                + "    s = time.perf_counter(); ast.parse(src); times.append(time.perf_counter() - s)\n"
                + "print(min(times), sorted(times)[len(times) // 2],"
                + " resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n";
        List<String> measured = runPython(List.of(python, "-c", timing, path.toString(), "3"));
        if (measured == null) {
            return;
        }
        String[] fields = measured.get(measured.size() - 1).trim().split(" ");
        double best = Double.parseDouble(fields[0]);
        double median = Double.parseDouble(fields[1]);
        double maxRssMb = Long.parseLong(fields[2]) / 1024.0;
        System.out.printf(Locale.ROOT, "%-9s ast.parse: best %.3f s (%.1f MB/s), median %.3f s over 3 runs in-process,"
                + " max RSS %.0f MB%n", shortName(python), best, megabytes / best, median, maxRssMb);

        long start = System.nanoTime();
        List<String> whole = runPython(List.of(python, "-c", "import ast,sys; ast.parse(open(sys.argv[1]).read())",
                path.toString()));
        double wall = (System.nanoTime() - start) / 1e9;
        if (whole != null) {
            System.out.printf(Locale.ROOT, "%-9s -c \"import ast,sys; ast.parse(open(sys.argv[1]).read())\":"
                    + " %.3f s wall (process start included)%n", shortName(python), wall);
        }
        System.out.printf(Locale.ROOT, "ratio: tierpy parses %.2fx as fast as %s's ast.parse (best against best)%n",
                best / tierpyBest, shortName(python));
    }

    static String shortName(String python) {
        return Path.of(python).getFileName().toString();
    }

    static String findPython() {
        for (String candidate : List.of("/usr/bin/python3.11", "/usr/bin/python3")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, "python3");
            if (!dir.isEmpty() && Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }

    /** Runs a command and returns its stdout lines, or null (with a note) when it fails. */
    static List<String> runPython(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            List<String> lines = new ArrayList<>(
                    new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList());
            if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
                System.out.println(command.get(0) + " failed: " + String.join("\n", lines));
                return null;
            }
            return lines;
        } catch (IOException e) {
            System.out.println(command.get(0) + " could not run: " + e.getMessage());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
