package tierpy.kernel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import tierpy.kernel.transport.Channel;
import tierpy.kernel.transport.KernelClient;
import tierpy.kernel.wire.Json;
import tierpy.kernel.wire.Message;

/**
 * {@code bench}: the kernel's responsiveness as a frontend feels it. Starts a kernel process,
 * measures the time to its first kernel_info_reply, then the round trip of {@code pass} cells
 * (execute_request sent to execute_reply received), and prints the figures. {@code --argv} measures
 * another kernel (ipykernel, say) by the same procedure.
 */
final class KernelBench {
    private static final int WARMUP = 100;

    private KernelBench() {}

    static int run(String[] args) throws IOException {
        int runs = 500;
        List<String> argv = KernelLauncher.tierpyArgv();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--runs") && i + 1 < args.length) {
                runs = Integer.parseInt(args[++i]);
            } else if (args[i].equals("--argv")) {
                // Another kernel measured the same way, e.g. --argv python3 -m ipykernel_launcher -f {connection_file}
                argv = List.of(Arrays.copyOfRange(args, i + 1, args.length));
                break;
            } else {
                throw new IOException("bench: unknown argument " + args[i]);
            }
        }
        long start = System.nanoTime();
        try (KernelLauncher kernel = KernelLauncher.start(Path.of("."), argv); KernelClient client = new KernelClient(kernel.connection())) {
            kernel.awaitReady(client, 60_000);
            double startupMillis = (System.nanoTime() - start) / 1e6;
            for (int i = 0; i < WARMUP; i++) roundTrip(client);
            double[] times = new double[runs];
            for (int i = 0; i < runs; i++) times[i] = roundTrip(client);
            Arrays.sort(times);
            client.send(Channel.CONTROL, "shutdown_request", Json.object().put("restart", false));
            var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            System.out.printf(Locale.ROOT, "machine: %d cores, load average %.1f%n", os.getAvailableProcessors(), os.getSystemLoadAverage());
            System.out.printf(Locale.ROOT, "startup to kernel_info_reply: %.0f ms%n", startupMillis);
            System.out.printf(Locale.ROOT, "execute round trip of `pass` (%d runs): median %.3f ms, p90 %.3f ms, min %.3f ms%n",
                    runs, times[runs / 2], times[runs * 9 / 10], times[0]);
        }
        return 0;
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
