package tierpy.kernel.wire;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * One protocol message. Headers stay JSON trees so a reply's parent_header is the request's header
 * exactly as received, unknown fields included.
 *
 * @param identities ZeroMQ routing identities (ROUTER sockets); empty on other sockets
 */
public record Message(List<byte[]> identities, ObjectNode header, ObjectNode parentHeader, ObjectNode metadata,
                      ObjectNode content, List<byte[]> buffers) {

    public Message {
        identities = List.copyOf(identities);
        buffers = List.copyOf(buffers);
    }

    public String msgType() {
        return header.path("msg_type").asText("");
    }

    public String msgId() {
        return header.path("msg_id").asText("");
    }

    public String session() {
        return header.path("session").asText("");
    }

    /** The same message addressed to other identities. */
    public Message withIdentities(List<byte[]> newIdentities) {
        return new Message(newIdentities, header, parentHeader, metadata, content, buffers);
    }
}
