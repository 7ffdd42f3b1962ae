package tierpy.kernel.wire;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Makes messages for one protocol session (a kernel or a client): its session id and username. */
public final class Envelope {
    private final String session;
    private final String username;

    public Envelope(String session, String username) {
        this.session = session;
        this.username = username;
    }

    public String session() {
        return session;
    }

    /** A message with no parent, e.g. a client's request. */
    public Message request(String msgType, ObjectNode content) {
        return new Message(List.of(), Header.create(msgType, session, username).toJson(), Json.object(), Json.object(),
                content, List.of());
    }

    /** A message caused by {@code parent}, routed back to the parent's sender. */
    public Message reply(Message parent, String msgType, ObjectNode content) {
        return new Message(parent.identities(), Header.create(msgType, session, username).toJson(), parent.header(),
                Json.object(), content, List.of());
    }

    /** A message caused by {@code parent} but published to everyone (iopub: no identities needed). */
    public Message broadcast(Message parent, String msgType, ObjectNode content) {
        return reply(parent, msgType, content).withIdentities(List.of());
    }
}
