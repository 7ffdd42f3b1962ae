package tierpy.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tierpy.kernel.runner.NotebookRunner;
import tierpy.kernel.transport.Channel;
import tierpy.kernel.transport.KernelClient;
import tierpy.kernel.wire.Json;
import tierpy.kernel.wire.Message;

/** The kernel as Jupyter runs it: a separate process started from a connection file. */
class KernelProcessTest {
    @TempDir
    static Path dir;

    @BeforeAll
    static void isolateHistory() {
        System.setProperty("tierpy.state", dir.resolve("state").toString());
    }

    @Test
    void aKernelProcessSurvivesSigintIsInterruptedByItAndShutsDownOnRequest() throws Exception {
        try (KernelLauncher launched = KernelLauncher.start(dir); KernelClient client = new KernelClient(launched.connection())) {
            assertNotNull(client.waitForReady(30_000), "the kernel process did not start");
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(launched.process().pid())).start();
            assertEquals(0, kill.waitFor());
            Message request = client.send(Channel.SHELL, "execute_request", KernelHarness.executeContent("%lsmagic"));
            Message reply = client.reply(Channel.SHELL, request, 10_000);
            assertNotNull(reply, "no reply after SIGINT");
            assertEquals("ok", reply.content().path("status").asText());
            assertTrue(launched.process().isAlive());

            // interrupt_mode "signal": SIGINT stops a running cell.
            Message sleeping = client.send(Channel.SHELL, "execute_request", KernelHarness.executeContent("%%bash\necho go\nsleep 30"));
            while (true) {
                Message m = client.receive(Channel.IOPUB, 10_000);
                assertNotNull(m, "the cell never printed");
                if (m.msgType().equals("stream")) break;
            }
            long start = System.nanoTime();
            assertEquals(0, new ProcessBuilder("kill", "-INT", Long.toString(launched.process().pid())).start().waitFor());
            Message interrupted = client.reply(Channel.SHELL, sleeping, 10_000);
            assertNotNull(interrupted, "SIGINT did not stop the cell");
            assertEquals("KeyboardInterrupt", interrupted.content().path("ename").asText());
            System.out.printf("SIGINT to execute_reply: %.1f ms%n", (System.nanoTime() - start) / 1e6);
            client.send(Channel.CONTROL, "shutdown_request", Json.object().put("restart", false));
            assertTrue(launched.process().waitFor(10, java.util.concurrent.TimeUnit.SECONDS));
            assertEquals(0, launched.process().exitValue());
        }
    }

    @Test
    void aKernelWhoseFrontendDiesShutsDown() throws Exception {
        Process frontend = new ProcessBuilder("sleep", "1").start();
        var connection = tierpy.kernel.transport.ConnectionInfo.freeLoopback("orphan-test");
        Path file = dir.resolve("orphan.json");
        connection.write(file);
        ProcessBuilder builder = new ProcessBuilder(KernelLauncher.tierpyArgv().stream()
                .map(arg -> arg.replace("{connection_file}", file.toString())).toList());
        builder.environment().put("JPY_PARENT_PID", Long.toString(frontend.pid()));
        builder.environment().put("TIERPY_STATE_DIR", dir.resolve("state").toString());
        Process kernel = builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            assertTrue(kernel.waitFor(30, java.util.concurrent.TimeUnit.SECONDS), "the orphaned kernel kept running");
            assertEquals(0, kernel.exitValue());
        } finally {
            kernel.destroyForcibly();
        }
    }

    @Test
    void installWritesAKernelspecThatLaunchesTierpy() throws Exception {
        Path home = Path.of(System.getProperty("tierpy.root"));
        Path target = KernelspecInstaller.install(home, dir.resolve("kernels/tierpy"), "Test Name");
        JsonNode spec = Json.mapper().readTree(target.resolve("kernel.json").toFile());
        assertEquals(List.of(home.resolve("tierpy").toAbsolutePath().normalize().toString(), "-m", "tierpy_kernel", "-f", "{connection_file}"),
                Json.mapper().convertValue(spec.path("argv"), List.class));
        assertEquals("Test Name", spec.path("display_name").asText());
        assertEquals("python", spec.path("language").asText());
        assertEquals("message", spec.path("interrupt_mode").asText());
        assertEquals("5.5", spec.path("kernel_protocol_version").asText());
        for (String logo : KernelspecInstaller.LOGOS) assertTrue(Files.size(target.resolve(logo)) > 0, logo);
    }

    @Test
    void theRunnerExecutesANotebookAndStopsAtTheFirstError() throws Exception {
        Path notebook = dir.resolve("nb.ipynb");
        ObjectNode nb = Json.object();
        nb.put("nbformat", 4);
        nb.put("nbformat_minor", 4);
        nb.putObject("metadata");
        var cells = nb.putArray("cells");
        cells.addObject().put("cell_type", "markdown").put("source", "# Title").putObject("metadata");
        code(cells.addObject(), "%%writefile hello.txt\nhello\n");
        code(cells.addObject(), "%lsmagic");
        code(cells.addObject(), "%foo");
        code(cells.addObject(), "%pwd");
        Files.writeString(notebook, Json.text(nb));

        Path stopped = dir.resolve("stopped.ipynb");
        assertEquals(1, NotebookRunner.run(new String[] {notebook.toString(), "--output", stopped.toString()}));
        JsonNode first = Json.mapper().readTree(stopped.toFile());
        assertEquals(5, first.path("nbformat_minor").asInt());
        assertEquals("hello\n", Files.readString(dir.resolve("hello.txt")));
        JsonNode written = first.path("cells");
        assertEquals("stream", written.get(1).path("outputs").get(0).path("output_type").asText());
        assertEquals(List.of("Writing hello.txt\n"), Json.mapper().convertValue(written.get(1).path("outputs").get(0).path("text"), List.class));
        assertEquals("execute_result", written.get(2).path("outputs").get(0).path("output_type").asText());
        assertEquals("UsageError", written.get(3).path("outputs").get(0).path("ename").asText());
        assertEquals(0, written.get(4).path("outputs").size(), "a cell after the error ran");
        for (JsonNode cell : written) assertTrue(cell.path("id").isTextual());
        assertTrue(written.get(0).path("outputs").isMissingNode(), "a markdown cell got outputs");
        assertEquals("tierpy", first.path("metadata").path("kernelspec").path("name").asText());

        Path all = dir.resolve("all.ipynb");
        assertEquals(0, NotebookRunner.run(new String[] {notebook.toString(), "--output", all.toString(), "--allow-errors"}));
        JsonNode pwd = Json.mapper().readTree(all.toFile()).path("cells").get(4).path("outputs").get(0);
        assertEquals(List.of("'" + dir.toRealPath() + "'"), Json.mapper().convertValue(pwd.path("data").path("text/plain"), List.class));
        assertEquals(4, pwd.path("execution_count").asInt());
    }

    private static void code(ObjectNode cell, String source) {
        cell.put("cell_type", "code");
        cell.put("source", source);
        cell.putObject("metadata");
        cell.putArray("outputs");
        cell.putNull("execution_count");
    }
}
