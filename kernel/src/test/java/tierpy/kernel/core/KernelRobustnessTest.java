package tierpy.kernel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tierpy.kernel.KernelHarness;
import tierpy.kernel.transport.Channel;
import tierpy.kernel.wire.Envelope;
import tierpy.kernel.wire.HmacSigner;
import tierpy.kernel.wire.Json;
import tierpy.kernel.wire.Message;
import tierpy.kernel.wire.WireCodec;

/** Hostile or broken input on every socket is dropped; the kernel keeps answering. Shutdown ends it. */
class KernelRobustnessTest {
    @TempDir
    Path state;

    private static final List<Channel> INBOUND = List.of(Channel.SHELL, Channel.CONTROL, Channel.STDIN);

    @Test
    void badSignaturesReplaysGarbageAndInvalidJsonAreDroppedOnEverySocket() throws Exception {
        try (KernelHarness kernel = new KernelHarness(state)) {
            Envelope envelope = kernel.client.envelope();
            WireCodec wrongKey = new WireCodec(new HmacSigner("not-the-key", "hmac-sha256"));
            WireCodec noKey = new WireCodec(new HmacSigner("", ""));
            WireCodec rightKey = new WireCodec(new HmacSigner(kernel.connection.key(), "hmac-sha256"));
            for (Channel channel : INBOUND) {
                Message forged = envelope.request("kernel_info_request", Json.object());
                kernel.client.sendFrames(channel, wrongKey.encode(forged));
                kernel.client.sendFrames(channel, noKey.encode(envelope.request("kernel_info_request", Json.object())));
                kernel.client.sendFrames(channel, List.of("garbage".getBytes()));
                kernel.client.sendFrames(channel, List.of(new byte[] {(byte) 0xff, 0, 1}, WireCodec.DELIMITER));
                byte[] badJson = "{\"msg_type\": ".getBytes(StandardCharsets.UTF_8);
                String signature = new HmacSigner(kernel.connection.key(), "").sign(badJson, "{}".getBytes(), "{}".getBytes(), "{}".getBytes());
                kernel.client.sendFrames(channel, List.of(WireCodec.DELIMITER, signature.getBytes(), badJson,
                        "{}".getBytes(), "{}".getBytes(), "{}".getBytes()));
                if (channel != Channel.STDIN) {
                    assertNull(kernel.client.receive(channel, 200), "a bad message was answered on " + channel);
                    Message reply = kernel.request(channel, "kernel_info_request", Json.object());
                    assertEquals("tierpy", reply.content().path("implementation").asText());
                }
            }
            // A replayed message executes once.
            List<byte[]> frames = rightKey.encode(envelope.request("execute_request", KernelHarness.executeContent("out once")));
            kernel.client.sendFrames(Channel.SHELL, frames);
            kernel.client.sendFrames(Channel.SHELL, new ArrayList<>(frames));
            Message reply = kernel.client.receive(Channel.SHELL, KernelHarness.TIMEOUT);
            assertNotNull(reply);
            assertEquals("execute_reply", reply.msgType());
            assertNull(kernel.client.receive(Channel.SHELL, 300), "the replayed message was executed");
            assertEquals(1, kernel.session.executed.stream().filter(c -> c.code().equals("out once")).count());
            assertTrue(kernel.client.heartbeat(KernelHarness.TIMEOUT));
            assertEquals("ok", kernel.execute("out still alive").status());
        }
    }

    @Test
    void heartbeatAnswersWhileACellRuns() throws Exception {
        try (KernelHarness kernel = new KernelHarness(state)) {
            Message request = kernel.client.send(Channel.SHELL, "execute_request", KernelHarness.executeContent("sleep 500"));
            assertTrue(kernel.client.heartbeat(KernelHarness.TIMEOUT));
            assertNull(kernel.client.reply(Channel.SHELL, request, 0));
            assertEquals("ok", kernel.run(request).status());
        }
    }

    @Test
    void shutdownRepliesOnControlAndStopsTheKernel() throws Exception {
        KernelHarness kernel = new KernelHarness(state);
        Message reply = kernel.request(Channel.CONTROL, "shutdown_request", Json.object().put("restart", true));
        assertEquals("ok", reply.content().path("status").asText());
        assertTrue(reply.content().path("restart").asBoolean());
        assertTrue(kernel.kernel.awaitShutdown());
        assertTrue(kernel.session.shutDown);
        assertFalse(kernel.client.heartbeat(300));
        kernel.client.close();
    }

    @Test
    void historyPersistsAcrossKernelSessions() throws Exception {
        try (KernelHarness first = new KernelHarness(state)) {
            first.execute("out from the first session");
        }
        try (KernelHarness second = new KernelHarness(state)) {
            var range = Json.object().put("hist_access_type", "range").put("session", -1).put("start", 1).put("stop", 0);
            var history = second.request(Channel.SHELL, "history_request", range).content().path("history");
            assertEquals(1, history.size());
            assertEquals("out from the first session", history.get(0).get(2).asText());
            assertEquals(1, history.get(0).get(0).asInt(), "the first kernel was session 1");
        }
    }
}
