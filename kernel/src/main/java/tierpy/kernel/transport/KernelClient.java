package tierpy.kernel.transport;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;
import tierpy.kernel.wire.Envelope;
import tierpy.kernel.wire.HmacSigner;
import tierpy.kernel.wire.Json;
import tierpy.kernel.wire.Log;
import tierpy.kernel.wire.Message;
import tierpy.kernel.wire.WireCodec;
import tierpy.kernel.wire.WireException;

/**
 * A frontend's side of the sockets, as jupyter_client's BlockingKernelClient sets them up (DEALERs
 * whose identity is the session id, a SUB on iopub, a REQ heartbeat). Used from one thread.
 */
public final class KernelClient implements AutoCloseable {
    private final ZContext context = new ZContext(1);
    private final Map<Channel, ZMQ.Socket> sockets = new EnumMap<>(Channel.class);
    private final WireCodec codec;
    private final Envelope envelope;

    public KernelClient(ConnectionInfo info) {
        codec = new WireCodec(new HmacSigner(info.key(), info.signatureScheme()));
        envelope = new Envelope(UUID.randomUUID().toString(), System.getProperty("user.name", "user"));
        byte[] identity = envelope.session().getBytes(StandardCharsets.UTF_8);
        for (Channel channel : Channel.values()) {
            ZMQ.Socket socket = context.createSocket(switch (channel) {
                case SHELL, CONTROL, STDIN -> SocketType.DEALER;
                case IOPUB -> SocketType.SUB;
                case HEARTBEAT -> SocketType.REQ;
            });
            socket.setLinger(0);
            socket.setReconnectIVL(10);  // a kernel still starting is found within 10 ms, not 100
            if (channel == Channel.SHELL || channel == Channel.STDIN) socket.setIdentity(identity);
            if (channel == Channel.IOPUB) socket.subscribe(new byte[0]);
            socket.connect(info.endpoint(channel));
            sockets.put(channel, socket);
        }
    }

    public Envelope envelope() {
        return envelope;
    }

    /** Signs and sends a new request; returns it so replies can be matched by parent msg_id. */
    public Message send(Channel channel, String msgType, ObjectNode content) {
        Message message = envelope.request(msgType, content);
        send(channel, message);
        return message;
    }

    /** An execute_request's content as notebook frontends send it. */
    public static ObjectNode executeContent(String code, boolean storeHistory, boolean allowStdin) {
        ObjectNode content = Json.object();
        content.put("code", code);
        content.put("silent", false);
        content.put("store_history", storeHistory);
        content.putObject("user_expressions");
        content.put("allow_stdin", allowStdin);
        content.put("stop_on_error", true);
        return content;
    }

    public void send(Channel channel, Message message) {
        sendFrames(channel, codec.encode(message));
    }

    /** Sends frames as given: for replies whose parent is a kernel request, and for tests of bad input. */
    public void sendFrames(Channel channel, List<byte[]> frames) {
        Frames.send(sockets.get(channel), frames);
    }

    /** The next valid message on {@code channel}, or null after {@code timeoutMillis}. */
    public Message receive(Channel channel, long timeoutMillis) {
        ZMQ.Socket socket = sockets.get(channel);
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
        while (true) {
            long left = Math.max(0, (deadline - System.nanoTime()) / 1_000_000);
            socket.setReceiveTimeOut((int) Math.min(left, Integer.MAX_VALUE));
            List<byte[]> frames = Frames.receive(socket, 0);
            if (frames == null) return null;
            try {
                return codec.decode(frames);
            } catch (WireException e) {
                Log.warn("client dropped a message on " + channel.wireName() + ": " + e.getMessage());
            }
        }
    }

    /** The reply to {@code request} on {@code channel}, skipping stale replies; null on timeout. */
    public Message reply(Channel channel, Message request, long timeoutMillis) {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (true) {
            Message message = receive(channel, Math.max(0, deadline - System.currentTimeMillis()));
            if (message == null || isChildOf(message, request)) return message;
        }
    }

    public static boolean isChildOf(Message message, Message request) {
        return message.parentHeader().path("msg_id").asText("").equals(request.msgId());
    }

    /** One heartbeat round trip. */
    public boolean heartbeat(long timeoutMillis) {
        ZMQ.Socket hb = sockets.get(Channel.HEARTBEAT);
        hb.send("ping");
        hb.setReceiveTimeOut((int) timeoutMillis);
        return hb.recv(0) != null;
    }

    /**
     * Waits until the kernel answers kernel_info and iopub delivers (a SUB misses what is published
     * before it joins, so keep asking, as jupyter_client's nudge does). Returns the kernel_info_reply
     * or null on timeout; on return the iopub messages of the nudges are consumed.
     */
    public Message waitForReady(long timeoutMillis) {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (System.currentTimeMillis() < deadline) {
            Message request = send(Channel.SHELL, "kernel_info_request", Json.object());
            Message reply = reply(Channel.SHELL, request, Math.max(1, Math.min(500, deadline - System.currentTimeMillis())));
            if (reply == null) continue;
            if (drainUntilIdle(request, 100)) return reply;
        }
        return null;
    }

    /** Reads iopub until the idle status for {@code request}; false if it did not come in time. */
    public boolean drainUntilIdle(Message request, long timeoutMillis) {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (true) {
            Message message = receive(Channel.IOPUB, Math.max(0, deadline - System.currentTimeMillis()));
            if (message == null) return false;
            if (isChildOf(message, request) && message.msgType().equals("status")
                    && message.content().path("execution_state").asText().equals("idle")) {
                return true;
            }
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
