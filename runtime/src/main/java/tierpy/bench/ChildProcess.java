package tierpy.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One command run as a separate process, the way a user runs it: wall time of the whole process,
 * its output, and its peak resident set size (from {@code /usr/bin/time}, else by polling the
 * child's {@code /proc/<pid>/status} VmHWM).
 */
final class ChildProcess {
    private static final Path GNU_TIME = Path.of("/usr/bin/time");
    private static final long POLL_MILLIS = 10;

    private ChildProcess() {}

    /** A finished run; {@code peakRssKb} is 0 when it could not be read. */
    record Run(BenchPrograms.Outcome outcome, long peakRssKb) {}

    static Run run(List<String> command, Path dir, Map<String, String> environment, Duration timeout)
            throws IOException {
        boolean timed = Files.isExecutable(GNU_TIME);
        Path out = Files.createTempFile("tierpy-bench-", ".out");
        Path err = Files.createTempFile("tierpy-bench-", ".err");
        Path rss = Files.createTempFile("tierpy-bench-", ".rss");
        try {
            List<String> full = new ArrayList<>();
            if (timed) full.addAll(List.of(GNU_TIME.toString(), "-f", "%M", "-o", rss.toString()));
            full.addAll(command);
            ProcessBuilder builder = new ProcessBuilder(full).directory(dir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().putAll(environment);
            long start = System.nanoTime();
            Process process = builder.start();
            long polledKb = timed ? 0 : pollPeak(process, timeout);
            boolean finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            double seconds = (System.nanoTime() - start) / 1e9;
            if (!finished) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor();
                return new Run(new BenchPrograms.Outcome(-1, read(out), "timed out after " + timeout.toSeconds() + " s",
                        seconds), 0);
            }
            long peakKb = timed ? lastNumber(read(rss)) : polledKb;
            return new Run(new BenchPrograms.Outcome(process.exitValue(), read(out), read(err), seconds), peakKb);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running " + command.get(0), e);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
            Files.deleteIfExists(rss);
        }
    }

    /** The largest VmHWM seen while the process lives (it is gone from /proc once it exits). */
    private static long pollPeak(Process process, Duration timeout) throws InterruptedException {
        Path status = Path.of("/proc", Long.toString(process.pid()), "status");
        long peak = 0;
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!process.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS) && System.nanoTime() < deadline) {
            try {
                for (String line : Files.readAllLines(status)) {
                    if (line.startsWith("VmHWM:")) peak = Math.max(peak, lastNumber(line.replace("kB", "")));
                }
            } catch (IOException e) {
                // The process exited between the check and the read.
            }
        }
        return peak;
    }

    /** The last whitespace-separated field of the text as a number, 0 when it is not one. */
    private static long lastNumber(String text) {
        String[] fields = text.strip().split("\\s+");
        try {
            return Long.parseLong(fields[fields.length - 1]);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String read(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }
}
