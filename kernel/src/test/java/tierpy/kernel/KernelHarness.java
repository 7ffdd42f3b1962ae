package tierpy.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tierpy.kernel.core.Kernel;
import tierpy.kernel.transport.Channel;
import tierpy.kernel.transport.ConnectionInfo;
import tierpy.kernel.transport.KernelClient;
import tierpy.kernel.wire.Json;
import tierpy.kernel.wire.Message;

/** A kernel on free loopback ports with a scripted session, and a signed client connected to it. */
public final class KernelHarness implements AutoCloseable {
    public static final long TIMEOUT = 5000;

    public final ScriptedSession session = new ScriptedSession();
    public final ConnectionInfo connection;
    public final Kernel kernel;
    public final KernelClient client;

    /** What one execute_request produced. */
    public record Run(Message request, Message reply, List<Message> iopub) {
        public List<Message> ofType(String msgType) {
            return iopub.stream().filter(m -> m.msgType().equals(msgType)).toList();
        }

        public List<String> types() {
            return iopub.stream().map(Message::msgType).toList();
        }

        public String stdout() {
            StringBuilder text = new StringBuilder();
            for (Message m : ofType("stream")) if (m.content().path("name").asText().equals("stdout")) text.append(m.content().path("text").asText());
            return text.toString();
        }

        public String status() {
            return reply.content().path("status").asText();
        }
    }

    public KernelHarness(Path stateDir) throws IOException {
        connection = ConnectionInfo.freeLoopback("tierpy-test");
        kernel = Kernel.start(connection, session, stateDir);
        client = new KernelClient(connection);
        assertNotNull(client.waitForReady(TIMEOUT), "kernel did not become ready");
    }

    public static ObjectNode executeContent(String code) {
        return KernelClient.executeContent(code, true, true);
    }

    public Run execute(String code) {
        return run(client.send(Channel.SHELL, "execute_request", executeContent(code)));
    }

    /** Collects the reply and every iopub message of {@code request} up to its idle status. */
    public Run run(Message request) {
        Message reply = client.reply(Channel.SHELL, request, TIMEOUT);
        assertNotNull(reply, "no reply to " + request.msgType());
        return new Run(request, reply, iopubUntilIdle(request));
    }

    public List<Message> iopubUntilIdle(Message request) {
        List<Message> messages = new ArrayList<>();
        long deadline = System.currentTimeMillis() + TIMEOUT;
        while (true) {
            Message message = client.receive(Channel.IOPUB, Math.max(1, deadline - System.currentTimeMillis()));
            assertNotNull(message, "no idle status for " + request.msgType() + "; got " + messages.stream().map(Message::msgType).toList());
            if (!KernelClient.isChildOf(message, request)) continue;
            messages.add(message);
            if (message.msgType().equals("status") && message.content().path("execution_state").asText().equals("idle")) {
                return messages;
            }
        }
    }

    public Message request(Channel channel, String msgType, ObjectNode content) {
        Message request = client.send(channel, msgType, content);
        Message reply = client.reply(channel, request, TIMEOUT);
        assertNotNull(reply, "no reply to " + msgType);
        assertEquals(msgType.replace("_request", "_reply"), reply.msgType());
        return reply;
    }

    @Override
    public void close() throws Exception {
        client.send(Channel.CONTROL, "shutdown_request", Json.object().put("restart", false));
        kernel.awaitShutdown();
        client.close();
    }
}
