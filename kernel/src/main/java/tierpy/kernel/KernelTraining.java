package tierpy.kernel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import tierpy.embed.Sessions;
import tierpy.kernel.core.Kernel;
import tierpy.kernel.transport.Channel;
import tierpy.kernel.transport.ConnectionInfo;
import tierpy.kernel.transport.KernelClient;
import tierpy.kernel.wire.Json;
import tierpy.kernel.wire.Message;

/**
 * {@code train}: one short session of a kernel and a client in this JVM, so that a class-data
 * sharing archive dumped at its exit holds what a kernel loads up to its first kernel_info_reply
 * and its first cells (the launcher runs it at build time with -XX:ArchiveClassesAtExit).
 */
final class KernelTraining {
    private static final long TIMEOUT = 30_000;
    private static final List<String> CELLS = List.of("pass", "x = 1\nx + 1", "print('hi')", "1/0",
            "%timeit -n1 -r1 pass", "%who", "from tierpy.display import HTML\nHTML('<b>b</b>')");

    private KernelTraining() {}

    static int run() throws IOException, InterruptedException {
        ConnectionInfo connection = ConnectionInfo.freeLoopback("tierpy-train");
        Path state = Files.createTempDirectory("tierpy-train");
        try {
            Kernel kernel = Kernel.start(connection, Sessions::open, state);
            try (KernelClient client = new KernelClient(connection)) {
                if (client.waitForReady(TIMEOUT) == null) throw new IOException("train: the kernel did not answer");
                for (String code : CELLS) request(client, Channel.SHELL, "execute_request", KernelClient.executeContent(code, true, false));
                request(client, Channel.SHELL, "complete_request", Json.object().put("code", "pri").put("cursor_pos", 3));
                request(client, Channel.SHELL, "inspect_request", Json.object().put("code", "print").put("cursor_pos", 5).put("detail_level", 0));
                request(client, Channel.SHELL, "is_complete_request", Json.object().put("code", "for i in x:"));
                request(client, Channel.SHELL, "history_request", Json.object().put("hist_access_type", "tail").put("n", 10));
                request(client, Channel.CONTROL, "shutdown_request", Json.object().put("restart", false));
            }
            kernel.awaitShutdown();
        } finally {
            try (Stream<Path> files = Files.walk(state)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(file);
            }
        }
        return 0;
    }

    private static void request(KernelClient client, Channel channel, String msgType,
                                com.fasterxml.jackson.databind.node.ObjectNode content) throws IOException {
        Message request = client.send(channel, msgType, content);
        if (client.reply(channel, request, TIMEOUT) == null) throw new IOException("train: no reply to " + msgType);
        client.drainUntilIdle(request, TIMEOUT);
    }
}
