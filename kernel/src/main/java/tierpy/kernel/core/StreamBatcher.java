package tierpy.kernel.core;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import tierpy.kernel.wire.Json;
import tierpy.kernel.wire.Message;

/**
 * Coalesces stdout/stderr writes into stream messages (as ipykernel's OutStream does): text goes out
 * on a short timer while the cell runs, at once past a size threshold, and whenever anything else
 * is published, so order with displays and results is kept.
 */
final class StreamBatcher {
    static final int FLUSH_CHARS = 8192;
    static final long FLUSH_MILLIS = 50;

    private final Publisher publisher;
    private final ScheduledExecutorService timer;
    private final StringBuilder text = new StringBuilder();
    private Message parent;
    private String name;
    private boolean timerPending;

    StreamBatcher(Publisher publisher, ScheduledExecutorService timer) {
        this.publisher = publisher;
        this.timer = timer;
    }

    synchronized void write(Message request, String streamName, String chunk) {
        if (chunk.isEmpty()) return;
        if (request != parent || !streamName.equals(name)) flush();
        parent = request;
        name = streamName;
        text.append(chunk);
        if (text.length() >= FLUSH_CHARS) {
            flush();
        } else if (!timerPending) {
            timerPending = true;
            timer.schedule(this::timerFlush, FLUSH_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private synchronized void timerFlush() {
        timerPending = false;
        flush();
    }

    synchronized void flush() {
        if (text.isEmpty()) return;
        ObjectNode content = Json.object();
        content.put("name", name);
        content.put("text", text.toString());
        publisher.publish(parent, "stream", content);
        text.setLength(0);
    }
}
