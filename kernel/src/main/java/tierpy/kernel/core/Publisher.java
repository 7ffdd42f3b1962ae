package tierpy.kernel.core;

import com.fasterxml.jackson.databind.node.ObjectNode;
import tierpy.kernel.transport.Channel;
import tierpy.kernel.transport.KernelSockets;
import tierpy.kernel.wire.Envelope;
import tierpy.kernel.wire.Json;
import tierpy.kernel.wire.Message;

/** Replies and iopub publications of the kernel's protocol session; safe from any thread. */
final class Publisher {
    private final KernelSockets sockets;
    private final Envelope envelope;

    Publisher(KernelSockets sockets, Envelope envelope) {
        this.sockets = sockets;
        this.envelope = envelope;
    }

    void reply(Channel channel, Message request, String msgType, ObjectNode content) {
        sockets.send(channel, envelope.reply(request, msgType, content));
    }

    /** An iopub message; {@code parent} is null for messages no request caused (status "starting"). */
    void publish(Message parent, String msgType, ObjectNode content) {
        sockets.send(Channel.IOPUB, parent == null ? envelope.request(msgType, content)
                : envelope.broadcast(parent, msgType, content));
    }

    void status(Message parent, String state) {
        ObjectNode content = Json.object();
        content.put("execution_state", state);
        publish(parent, "status", content);
    }
}
