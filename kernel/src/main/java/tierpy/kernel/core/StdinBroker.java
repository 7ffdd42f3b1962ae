package tierpy.kernel.core;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import tierpy.embed.InputException;
import tierpy.kernel.transport.Channel;
import tierpy.kernel.wire.Json;
import tierpy.kernel.wire.Message;

/** input_request on stdin to the frontend that sent the execute_request, and its input_reply. */
final class StdinBroker {
    private final Publisher publisher;
    private volatile CompletableFuture<String> pending;

    StdinBroker(Publisher publisher) {
        this.publisher = publisher;
    }

    /** Blocks the interpreter thread until the reply or an interrupt. */
    String request(Message execute, String prompt, boolean password) {
        CompletableFuture<String> reply = new CompletableFuture<>();
        pending = reply;
        ObjectNode content = Json.object();
        content.put("prompt", prompt);
        content.put("password", password);
        publisher.reply(Channel.STDIN, execute, "input_request", content);
        try {
            return reply.get();
        } catch (ExecutionException e) {
            throw new InputException(InputException.Reason.INTERRUPTED, "interrupted while waiting for input");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputException(InputException.Reason.INTERRUPTED, "interrupted while waiting for input");
        } finally {
            pending = null;
        }
    }

    /** Called on the socket thread with an input_reply. */
    void answer(Message reply) {
        CompletableFuture<String> waiting = pending;
        if (waiting != null) waiting.complete(reply.content().path("value").asText(""));
    }

    void interrupt() {
        CompletableFuture<String> waiting = pending;
        if (waiting != null) waiting.completeExceptionally(new InterruptedException("interrupt_request"));
    }
}
