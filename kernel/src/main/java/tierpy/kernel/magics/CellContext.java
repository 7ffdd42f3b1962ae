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
    private int magicLine;
    private String assignTo;
    private boolean showResult;

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

    /**
     * Where the magic about to run stands: its line in the cell, the names its value is assigned to
     * ({@code x = %magic}, else null), and whether it ends the cell so that its value is shown.
     */
    void resultAt(int line, String target, boolean last) {
        magicLine = line;
        assignTo = target;
        showResult = last;
    }

    /**
     * A magic's return value, given as a Python expression: assigned when the line was
     * {@code x = %magic}, else shown through the display hook when it ends the cell (so it becomes
     * {@code _}, {@code Out[n]} and {@code _n}, as IPython's magics' return values do).
     */
    public void result(String pythonExpression) {
        String padding = "\n".repeat(magicLine);
        if (assignTo != null) {
            MagicShell.execute(padding + assignTo + " = " + pythonExpression, this, false);
        } else if (showResult) {
            MagicShell.execute(padding + pythonExpression, this, true);
        }
    }

    public void print(String text) {
        sink.stdout(text);
    }
}
