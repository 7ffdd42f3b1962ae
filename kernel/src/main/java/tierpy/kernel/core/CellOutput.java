package tierpy.kernel.core;

import com.fasterxml.jackson.databind.node.ObjectNode;
import tierpy.embed.DisplayBundle;
import tierpy.embed.InputException;
import tierpy.embed.OutputSink;
import tierpy.embed.PythonError;
import tierpy.kernel.display.Bundles;
import tierpy.kernel.wire.Json;
import tierpy.kernel.wire.Message;

/** What one execute_request's code reports, published on iopub with that request as parent. */
final class CellOutput implements OutputSink {
    private final Message request;
    private final Publisher publisher;
    private final StreamBatcher streams;
    private final StdinBroker stdin;
    private final int executionCount;
    private final boolean silent;
    private final boolean allowStdin;
    private PythonError error;

    CellOutput(Message request, Publisher publisher, StreamBatcher streams, StdinBroker stdin, int executionCount,
               boolean silent, boolean allowStdin) {
        this.request = request;
        this.publisher = publisher;
        this.streams = streams;
        this.stdin = stdin;
        this.executionCount = executionCount;
        this.silent = silent;
        this.allowStdin = allowStdin;
    }

    /** The exception that ended the cell, or null. */
    PythonError error() {
        return error;
    }

    @Override
    public void stdout(String text) {
        streams.write(request, "stdout", text);
    }

    @Override
    public void stderr(String text) {
        streams.write(request, "stderr", text);
    }

    @Override
    public void display(DisplayBundle bundle, boolean update) {
        streams.flush();
        ObjectNode content = Bundles.toJson(bundle);
        content.set("transient", Json.tree(bundle.transientData()));
        publisher.publish(request, update ? "update_display_data" : "display_data", content);
    }

    @Override
    public void clearOutput(boolean wait) {
        streams.flush();
        ObjectNode content = Json.object();
        content.put("wait", wait);
        publisher.publish(request, "clear_output", content);
    }

    @Override
    public void executeResult(DisplayBundle bundle) {
        if (silent) return;
        streams.flush();
        ObjectNode content = Bundles.toJson(bundle);
        content.put("execution_count", executionCount);
        publisher.publish(request, "execute_result", content);
    }

    @Override
    public void error(PythonError pythonError) {
        streams.flush();
        error = pythonError;
        publisher.publish(request, "error", errorContent(pythonError));
    }

    static ObjectNode errorContent(PythonError error) {
        ObjectNode content = Json.object();
        content.put("ename", error.ename());
        content.put("evalue", error.evalue());
        content.set("traceback", Json.tree(error.traceback()));
        return content;
    }

    @Override
    public String input(String prompt, boolean password) {
        if (!allowStdin) {
            throw new InputException(InputException.Reason.NOT_ALLOWED,
                    "raw_input was called, but this frontend does not support input requests.");
        }
        streams.flush();
        return stdin.request(request, prompt, password);
    }
}
