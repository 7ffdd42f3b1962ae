package tierpy.kernel.magics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tierpy.embed.OutputSink;
import tierpy.embed.Session;

/** One execute_request as the magics see it; payloads go back in the execute_reply. */
public final class CellContext {
    private final Session session;
    private final OutputSink sink;
    private final int executionCount;
    private final boolean storeHistory;
    private final List<Map<String, Object>> payloads = new ArrayList<>();

    public CellContext(Session session, OutputSink sink, int executionCount, boolean storeHistory) {
        this.session = session;
        this.sink = sink;
        this.executionCount = executionCount;
        this.storeHistory = storeHistory;
    }

    public Session session() {
        return session;
    }

    public OutputSink sink() {
        return sink;
    }

    public int executionCount() {
        return executionCount;
    }

    public boolean storeHistory() {
        return storeHistory;
    }

    /** An execute_reply payload, e.g. {@code set_next_input} from %load. */
    public void addPayload(Map<String, Object> payload) {
        payloads.add(Map.copyOf(payload));
    }

    public List<Map<String, Object>> payloads() {
        return List.copyOf(payloads);
    }

    public void print(String text) {
        sink.stdout(text);
    }
}
