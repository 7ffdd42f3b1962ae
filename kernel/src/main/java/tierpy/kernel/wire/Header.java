package tierpy.kernel.wire;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** A message header (messaging spec: "Message Header"). */
public record Header(String msgId, String session, String username, String date, String msgType, String version) {
    public static final String PROTOCOL_VERSION = "5.5";

    /** ISO 8601 with microseconds in UTC, as jupyter_client writes dates. */
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);
    private static final String PROCESS_PREFIX = UUID.randomUUID().toString().replace("-", "");
    private static final AtomicLong COUNTER = new AtomicLong();

    /** A fresh header stamped now. */
    public static Header create(String msgType, String session, String username) {
        return new Header(newMessageId(), session, username, now(), msgType, PROTOCOL_VERSION);
    }

    /** Unique per message: a per-process random prefix and a counter (as jupyter_client does). */
    public static String newMessageId() {
        return PROCESS_PREFIX.substring(0, 22) + "_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
    }

    public static String now() {
        return DATE.format(Instant.now());
    }

    public ObjectNode toJson() {
        ObjectNode json = Json.object();
        json.put("msg_id", msgId);
        json.put("session", session);
        json.put("username", username);
        json.put("date", date);
        json.put("msg_type", msgType);
        json.put("version", version);
        return json;
    }
}
