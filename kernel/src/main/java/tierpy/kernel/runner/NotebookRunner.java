package tierpy.kernel.runner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tierpy.kernel.KernelLauncher;
import tierpy.kernel.display.Tracebacks;
import tierpy.kernel.transport.Channel;
import tierpy.kernel.transport.KernelClient;
import tierpy.kernel.wire.Json;
import tierpy.kernel.wire.Message;

/**
 * {@code execute NOTEBOOK}: runs every code cell in a fresh kernel process, like
 * {@code jupyter nbconvert --execute} (nbclient/client.py: NotebookClient.execute_cell), printing
 * outputs as they arrive and stopping at the first error unless errors are allowed.
 */
public final class NotebookRunner {
    private static final long STARTUP_MILLIS = 60_000;

    record Options(Path notebook, Path output, boolean allowErrors, long timeoutMillis) {}

    private final KernelClient client;
    private final Options options;
    private final PrintStream out;
    private final PrintStream err;

    NotebookRunner(KernelClient client, Options options, PrintStream out, PrintStream err) {
        this.client = client;
        this.options = options;
        this.out = out;
        this.err = err;
    }

    public static int run(String[] args) throws IOException, InterruptedException {
        Options options = parse(args);
        ObjectNode notebook = Notebooks.read(options.notebook());
        int failed;
        try (KernelLauncher kernel = KernelLauncher.start(options.notebook().toAbsolutePath().getParent()); KernelClient client = new KernelClient(kernel.connection())) {
            Message info = kernel.awaitReady(client, STARTUP_MILLIS);
            describeKernel(notebook, info.content());
            failed = new NotebookRunner(client, options, System.out, System.err).execute(notebook);
            client.send(Channel.CONTROL, "shutdown_request", Json.object().put("restart", false));
        }
        Notebooks.write(notebook, options.output());
        System.err.println("wrote " + options.output());
        return failed == 0 || options.allowErrors() ? 0 : 1;
    }

    static Options parse(String[] args) throws IOException {
        Path notebook = null;
        Path output = null;
        boolean allowErrors = false;
        long timeout = -1;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--output", "-o" -> output = Path.of(next(args, ++i));
                case "--allow-errors" -> allowErrors = true;
                case "--timeout" -> timeout = (long) (Double.parseDouble(next(args, ++i)) * 1000);
                default -> {
                    if (args[i].startsWith("-") || notebook != null) throw new IOException("execute: unexpected argument " + args[i]);
                    notebook = Path.of(args[i]);
                }
            }
        }
        if (notebook == null) throw new IOException("execute: which notebook?");
        return new Options(notebook, output == null ? notebook : output, allowErrors, timeout);
    }

    private static String next(String[] args, int i) throws IOException {
        if (i >= args.length) throw new IOException("execute: " + args[i - 1] + " needs a value");
        return args[i];
    }

    private static void describeKernel(ObjectNode notebook, JsonNode info) {
        ObjectNode metadata = notebook.withObject("metadata");
        ObjectNode kernelspec = metadata.putObject("kernelspec");
        kernelspec.put("display_name", "Python 3.14 (tierpy)");
        kernelspec.put("language", "python");
        kernelspec.put("name", "tierpy");
        metadata.set("language_info", info.path("language_info").deepCopy());
    }

    /** Runs the code cells in order; returns how many raised. */
    int execute(ObjectNode notebook) {
        int errors = 0;
        for (JsonNode node : notebook.withArray("cells")) {
            ObjectNode cell = (ObjectNode) node;
            if (!cell.path("cell_type").asText().equals("code")) continue;
            if (!executeCell(cell)) {
                errors++;
                if (!options.allowErrors()) break;
            }
        }
        return errors;
    }

    /** Executes one cell, replacing its outputs; false if it raised or timed out. */
    boolean executeCell(ObjectNode cell) {
        String source = Notebooks.text(cell.get("source"));
        Message request = client.send(Channel.SHELL, "execute_request", KernelClient.executeContent(source, true, false));
        Outputs outputs = new Outputs(cell.putArray("outputs"));
        out.println("\u2500\u2500 " + source.lines().findFirst().orElse("").strip());
        long deadline = options.timeoutMillis() > 0 ? System.currentTimeMillis() + options.timeoutMillis() : Long.MAX_VALUE;
        boolean interrupted = false;
        Message reply = null;
        boolean idle = false;
        while (reply == null || !idle) {
            Message message = client.receive(Channel.IOPUB, 20);
            if (message != null && KernelClient.isChildOf(message, request)) idle |= outputs.add(message);
            if (reply == null) reply = client.reply(Channel.SHELL, request, 0);
            if (System.currentTimeMillis() > deadline) {
                if (interrupted) {
                    err.println("Cell timed out and did not stop after an interrupt.");
                    return false;
                }
                err.println("Cell timed out after " + options.timeoutMillis() / 1000.0 + " s; interrupting it.");
                client.send(Channel.CONTROL, "interrupt_request", Json.object());
                interrupted = true;
                deadline = System.currentTimeMillis() + 10_000;
            }
        }
        if (reply.content().has("execution_count")) cell.put("execution_count", reply.content().path("execution_count").asInt());
        return reply.content().path("status").asText().equals("ok") && !interrupted;
    }

    /** The cell's outputs as nbformat stores them, built from iopub messages as they arrive. */
    private final class Outputs {
        private final ArrayNode list;
        private final Map<String, List<ObjectNode>> byDisplayId = new HashMap<>();
        private boolean clearOnNext;

        Outputs(ArrayNode list) {
            this.list = list;
        }

        /** Takes one iopub message; true once it is the idle status. */
        boolean add(Message message) {
            JsonNode content = message.content();
            switch (message.msgType()) {
                case "status" -> {
                    return content.path("execution_state").asText().equals("idle");
                }
                case "stream" -> {
                    String name = content.path("name").asText("stdout");
                    String text = content.path("text").asText("");
                    (name.equals("stderr") ? err : out).print(text);
                    ObjectNode last = list.isEmpty() ? null : (ObjectNode) list.get(list.size() - 1);
                    if (!clearOnNext && last != null && last.path("output_type").asText().equals("stream")
                            && last.path("name").asText().equals(name)) {
                        last.put("text", last.path("text").asText() + text);
                    } else {
                        ObjectNode output = append("stream");
                        output.put("name", name);
                        output.put("text", text);
                    }
                }
                case "display_data", "execute_result" -> {
                    show(content);
                    ObjectNode output = append(message.msgType());
                    if (message.msgType().equals("execute_result")) output.put("execution_count", content.path("execution_count").asInt());
                    output.set("data", content.path("data").deepCopy());
                    output.set("metadata", content.path("metadata").deepCopy());
                    String displayId = content.path("transient").path("display_id").asText("");
                    if (!displayId.isEmpty()) byDisplayId.computeIfAbsent(displayId, id -> new ArrayList<>()).add(output);
                }
                case "update_display_data" -> {
                    show(content);
                    for (ObjectNode output : byDisplayId.getOrDefault(content.path("transient").path("display_id").asText(""), List.of())) {
                        output.set("data", content.path("data").deepCopy());
                        output.set("metadata", content.path("metadata").deepCopy());
                    }
                }
                case "error" -> {
                    List<String> lines = new ArrayList<>();
                    content.path("traceback").forEach(line -> lines.add(line.asText()));
                    err.println(Tracebacks.plain(String.join("\n", lines)));
                    ObjectNode output = append("error");
                    output.put("ename", content.path("ename").asText());
                    output.put("evalue", content.path("evalue").asText());
                    output.set("traceback", content.path("traceback").deepCopy());
                }
                case "clear_output" -> {
                    if (content.path("wait").asBoolean(false)) clearOnNext = true;
                    else list.removeAll();
                }
                default -> { }
            }
            return false;
        }

        private ObjectNode append(String outputType) {
            if (clearOnNext) {
                list.removeAll();
                clearOnNext = false;
            }
            ObjectNode output = list.addObject();
            output.put("output_type", outputType);
            return output;
        }

        /** Text as text; a one-line note names the rich representations beside it. */
        private void show(JsonNode content) {
            JsonNode data = content.path("data");
            if (data.has("text/plain")) out.println(data.path("text/plain").asText());
            List<String> rich = new ArrayList<>();
            data.fieldNames().forEachRemaining(mime -> {
                if (!mime.equals("text/plain")) rich.add(mime);
            });
            if (!rich.isEmpty()) out.println("[rich output: " + String.join(", ", rich) + "]");
        }
    }
}
