package tierpy.kernel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import tierpy.kernel.transport.Channel;
import tierpy.kernel.transport.KernelClient;
import tierpy.kernel.wire.Json;
import tierpy.kernel.wire.Message;

/**
 * {@code bench}: the kernel's responsiveness as a frontend feels it. Starts a kernel process,
 * measures the time to its first kernel_info_reply, then the round trip of {@code pass} cells
 * (execute_request sent to execute_reply received), and prints the figures, with the kernel
 * process's CPU time beside them (wall times on a shared machine mostly measure the others).
 * ipykernel is measured the same way in the same run when {@code python3 -m ipykernel} works;
 * {@code --argv} measures any other kernel instead.
 */
final class KernelBench {
    private static final int WARMUP = 100;
    private static final List<String> IPYKERNEL = List.of("-m", "ipykernel_launcher", "-f", "{connection_file}");

    /** Figures for one kernel: medians over the starts, and the round trips of the last start. */
    private record Figures(String name, double startupMillis, double startupCpuMillis, double[] roundTrips,
                           double roundTripCpuMillis) {}

    private KernelBench() {}

    static int run(String[] args) throws IOException {
        int runs = 500;
        int starts = 3;
        boolean compare = true;
        List<String> argv = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(value(args, ++i));
                case "--starts" -> starts = Integer.parseInt(value(args, ++i));
                case "--no-compare" -> compare = false;
                case "--argv" -> {
                    // Another kernel measured the same way, e.g. --argv python3 -m ipykernel_launcher -f {connection_file}
                    argv = List.of(Arrays.copyOfRange(args, i + 1, args.length));
                    i = args.length;
                }
                default -> throw new IOException("bench: unknown argument " + args[i]);
            }
        }
        List<Figures> results = new ArrayList<>();
        if (argv != null) {
            results.add(measure(String.join(" ", argv), argv, starts, runs));
        } else {
            results.add(measure("tierpy", KernelLauncher.tierpyArgv(), starts, runs));
            String python = ipykernelPython();
            if (compare && python != null) {
                List<String> ipykernel = new ArrayList<>(List.of(python));
                ipykernel.addAll(IPYKERNEL);
                results.add(measure("ipykernel", ipykernel, starts, runs));
            }
        }
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        System.out.printf(Locale.ROOT, "machine: %d cores, load average %.1f%n", os.getAvailableProcessors(), os.getSystemLoadAverage());
        for (Figures f : results) {
            double[] times = f.roundTrips();
            System.out.printf(Locale.ROOT, "%s: startup to kernel_info_reply: %.0f ms (median of %d; kernel CPU %.0f ms)%n",
                    f.name(), f.startupMillis(), starts, f.startupCpuMillis());
            System.out.printf(Locale.ROOT, "%s: execute round trip of `pass` (%d runs): median %.3f ms, p90 %.3f ms, min %.3f ms"
                            + " (kernel CPU %.3f ms per cell)%n",
                    f.name(), times.length, times[times.length / 2], times[times.length * 9 / 10], times[0], f.roundTripCpuMillis());
        }
        return 0;
    }

    private static String value(String[] args, int i) throws IOException {
        if (i >= args.length) throw new IOException("bench: " + args[i - 1] + " needs a value");
        return args[i];
    }

    /** A python3 that can run ipykernel, or null. */
    private static String ipykernelPython() {
        for (String python : List.of("/usr/bin/python3", "python3")) {
            if (python.startsWith("/") && !Files.isExecutable(Path.of(python))) continue;
            try {
                Process probe = new ProcessBuilder(python, "-c", "import ipykernel_launcher")
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (probe.waitFor(30, TimeUnit.SECONDS) && probe.exitValue() == 0) return python;
                probe.destroyForcibly();
            } catch (IOException e) {
                // not this one
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return null;
    }

    private static Figures measure(String name, List<String> argv, int starts, int runs) throws IOException {
        double[] startup = new double[starts];
        double[] startupCpu = new double[starts];
        double[] roundTrips = null;
        double roundTripCpu = 0;
        for (int s = 0; s < starts; s++) {
            long start = System.nanoTime();
            try (KernelLauncher kernel = KernelLauncher.start(Path.of("."), argv);
                 KernelClient client = new KernelClient(kernel.connection())) {
                kernel.awaitReady(client, 60_000);
                startup[s] = (System.nanoTime() - start) / 1e6;
                startupCpu[s] = cpuMillis(kernel.process());
                if (s == starts - 1) {
                    for (int i = 0; i < WARMUP; i++) roundTrip(client);
                    double cpuBefore = cpuMillis(kernel.process());
                    roundTrips = new double[runs];
                    for (int i = 0; i < runs; i++) roundTrips[i] = roundTrip(client);
                    roundTripCpu = (cpuMillis(kernel.process()) - cpuBefore) / runs;
                    Arrays.sort(roundTrips);
                }
                client.send(Channel.CONTROL, "shutdown_request", Json.object().put("restart", false));
            }
        }
        return new Figures(name, median(startup), median(startupCpu), roundTrips, roundTripCpu);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** The process's user + system CPU time so far (Linux reads it from /proc). */
    private static double cpuMillis(Process process) {
        return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L) / 1e6;
    }

    /** Milliseconds from sending an execute_request to its execute_reply; then waits for idle. */
    private static double roundTrip(KernelClient client) throws IOException {
        long sent = System.nanoTime();
        Message request = client.send(Channel.SHELL, "execute_request", KernelClient.executeContent("pass", false, false));
        if (client.reply(Channel.SHELL, request, 10_000) == null) throw new IOException("no execute_reply");
        double millis = (System.nanoTime() - sent) / 1e6;
        if (!client.drainUntilIdle(request, 10_000)) throw new IOException("no idle status");
        return millis;
    }
}
