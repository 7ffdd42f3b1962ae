package tierpy.kernel.wire;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Multipart framing: {@code [identities..., "<IDS|MSG>", signature, header, parent_header, metadata,
 * content, buffers...]}. Decoding checks the signature over the exact received bytes before parsing
 * anything, then rejects replays and malformed JSON.
 */
public final class WireCodec {
    public static final byte[] DELIMITER = "<IDS|MSG>".getBytes(StandardCharsets.US_ASCII);

    private final HmacSigner signer;
    private final ReplayGuard replays = new ReplayGuard();

    public WireCodec(HmacSigner signer) {
        this.signer = signer;
    }

    public List<byte[]> encode(Message message) {
        byte[] header = Json.bytes(message.header());
        byte[] parent = Json.bytes(message.parentHeader());
        byte[] metadata = Json.bytes(message.metadata());
        byte[] content = Json.bytes(message.content());
        List<byte[]> frames = new ArrayList<>(message.identities().size() + 6 + message.buffers().size());
        frames.addAll(message.identities());
        frames.add(DELIMITER);
        frames.add(signer.sign(header, parent, metadata, content).getBytes(StandardCharsets.US_ASCII));
        frames.add(header);
        frames.add(parent);
        frames.add(metadata);
        frames.add(content);
        frames.addAll(message.buffers());
        return frames;
    }

    public Message decode(List<byte[]> frames) throws WireException {
        int delimiter = -1;
        for (int i = 0; i < frames.size(); i++) {
            if (Arrays.equals(frames.get(i), DELIMITER)) {
                delimiter = i;
                break;
            }
        }
        if (delimiter < 0) throw new WireException("no <IDS|MSG> delimiter in " + frames.size() + " frames");
        if (frames.size() < delimiter + 6) throw new WireException("too few frames after the delimiter");
        byte[] signature = frames.get(delimiter + 1);
        byte[] header = frames.get(delimiter + 2);
        byte[] parent = frames.get(delimiter + 3);
        byte[] metadata = frames.get(delimiter + 4);
        byte[] content = frames.get(delimiter + 5);
        if (signer.enabled()) {
            if (signature.length == 0) throw new WireException("unsigned message");
            if (!signer.verify(signature, header, parent, metadata, content)) throw new WireException("invalid signature");
            if (!replays.firstSighting(new String(signature, StandardCharsets.US_ASCII))) {
                throw new WireException("duplicate signature (replayed message)");
            }
        }
        ObjectNode headerJson = Json.parseObject(header);
        if (!headerJson.path("msg_type").isTextual()) throw new WireException("header without msg_type");
        return new Message(frames.subList(0, delimiter), headerJson, Json.parseObject(parent), Json.parseObject(metadata),
                Json.parseObject(content), frames.subList(delimiter + 6, frames.size()));
    }
}
