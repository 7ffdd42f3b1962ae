package tierpy.kernel.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import tierpy.embed.Completeness;
import tierpy.embed.Completion;
import tierpy.embed.ExpressionValue;
import tierpy.embed.Inspection;
import tierpy.embed.PythonError;
import tierpy.embed.Session;
import tierpy.kernel.display.Bundles;
import tierpy.kernel.magics.CellContext;
import tierpy.kernel.magics.MagicShell;
import tierpy.kernel.transport.Channel;
import tierpy.kernel.transport.ConnectionInfo;
import tierpy.kernel.transport.KernelSockets;
import tierpy.kernel.wire.Envelope;
import tierpy.kernel.wire.HmacSigner;
import tierpy.kernel.wire.Json;
import tierpy.kernel.wire.Log;
import tierpy.kernel.wire.Message;
import tierpy.kernel.wire.WireCodec;

/**
 * The request dispatcher (mirrors ipykernel/kernelbase.py: Kernel.dispatch_shell, dispatch_control).
 * Shell requests queue for the one interpreter thread, in arrival order; control requests are
 * answered on the socket thread at once, so interrupt and kernel_info work while a cell runs.
 * Every request is wrapped in status busy/idle with the request as parent.
 */
public final class Kernel {
    /** A shell request and when it arrived, so stop_on_error can abort what was queued before. */
    private record Queued(Message message, long arrival) {}

    private static final Queued STOP = new Queued(null, 0);
    private static final long INTERPRETER_STACK = 1L << 30;

    /** How long the interpreter thread waits for the first kernel_info before warming up anyway. */
    private static final long WARM_UP_DELAY_MILLIS = 1000;

    private final Supplier<Session> sessionFactory;
    private final Path stateDir;
    private final KernelSockets sockets;
    private final Publisher publisher;
    private final StreamBatcher streams;
    private final StdinBroker stdin;
    /** Made on the interpreter thread once the first kernel_info is answered (start-up stays short). */
    private volatile Session session;
    private History history;
    private volatile MagicShell magics;
    private final ScheduledExecutorService timer;
    private final LinkedBlockingQueue<Queued> shellQueue = new LinkedBlockingQueue<>();
    /** Shell requests queued or running; a kernel_info_request that finds none is answered at once. */
    private final AtomicInteger shellPending = new AtomicInteger();
    private final CountDownLatch readyToWarm = new CountDownLatch(1);
    private final Thread interpreter;
    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private volatile long abortArrivalsBefore = Long.MIN_VALUE;
    private volatile boolean executing;
    private volatile boolean warming;
    private volatile boolean interruptAfterWarmUp;
    private volatile boolean restartRequested;
    private int executionCount;

    private Kernel(ConnectionInfo info, Supplier<Session> sessionFactory, Path stateDir) {
        this.sessionFactory = sessionFactory;
        this.stateDir = stateDir;
        sockets = new KernelSockets(info, new WireCodec(new HmacSigner(info.key(), info.signatureScheme())));
        publisher = new Publisher(sockets, new Envelope(UUID.randomUUID().toString(), "kernel"));
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "tierpy-stream-flush");
            thread.setDaemon(true);
            return thread;
        });
        streams = new StreamBatcher(publisher, timer);
        stdin = new StdinBroker(publisher);
        interpreter = new Thread(null, this::interpreterLoop, "tierpy-interpreter", INTERPRETER_STACK);
        interpreter.setDaemon(true);
    }

    /** Binds the sockets and starts serving; the kernel runs until a shutdown_request. */
    public static Kernel start(ConnectionInfo info, Session session, Path stateDir) {
        return start(info, () -> session, stateDir);
    }

    /**
     * As {@link #start(ConnectionInfo, Session, Path)}, opening the session on the interpreter thread
     * after the first kernel_info_reply, then warming it up there before the first cell comes.
     */
    public static Kernel start(ConnectionInfo info, Supplier<Session> sessionFactory, Path stateDir) {
        Kernel kernel = new Kernel(info, sessionFactory, stateDir);
        kernel.interpreter.start();
        kernel.sockets.start(kernel::onMessage);
        kernel.publisher.status(null, "starting");
        return kernel;
    }

    /** Blocks until shutdown, closes the sockets, and says whether a restart was asked for. */
    public boolean awaitShutdown() throws InterruptedException {
        stopRequested.await();
        interpreter.join(2000);
        sockets.close();
        timer.shutdownNow();
        return restartRequested;
    }

    /** What SIGINT and interrupt_request do: KeyboardInterrupt in the running cell, if any. */
    public void interrupt() {
        if (executing) {
            session.interrupt();
            magics.interrupt();
        } else if (warming && shellPending.get() > 0) {
            // The cell waiting for the warm-up to end is the one the user means to stop.
            interruptAfterWarmUp = true;
        }
        stdin.interrupt();
    }

    private void onMessage(Channel channel, Message message) {
        switch (channel) {
            case SHELL -> {
                if (message.msgType().equals("kernel_info_request") && shellPending.get() == 0) {
                    // Nothing queued before it, so answering here keeps the shell's order, and the
                    // answer does not wait for the interpreter to warm up.
                    publisher.status(message, "busy");
                    publisher.reply(Channel.SHELL, message, "kernel_info_reply", KernelInfo.content());
                    publisher.status(message, "idle");
                } else {
                    shellPending.incrementAndGet();
                    shellQueue.add(new Queued(message, System.nanoTime()));
                }
                readyToWarm.countDown();
            }
            case CONTROL -> handleControl(message);
            case STDIN -> {
                if (message.msgType().equals("input_reply")) stdin.answer(message);
                else Log.warn("unexpected " + message.msgType() + " on stdin");
            }
            default -> Log.warn("unexpected message on " + channel.wireName());
        }
    }

    private void handleControl(Message request) {
        publisher.status(request, "busy");
        switch (request.msgType()) {
            case "kernel_info_request" -> publisher.reply(Channel.CONTROL, request, "kernel_info_reply", KernelInfo.content());
            case "interrupt_request" -> {
                interrupt();
                publisher.reply(Channel.CONTROL, request, "interrupt_reply", ok());
            }
            case "shutdown_request" -> shutdown(Channel.CONTROL, request);
            default -> Log.warn("unknown control message type " + request.msgType());
        }
        publisher.status(request, "idle");
    }

    private void shutdown(Channel channel, Message request) {
        restartRequested = request.content().path("restart").asBoolean(false);
        ObjectNode content = ok();
        content.put("restart", restartRequested);
        publisher.reply(channel, request, "shutdown_reply", content);
        publisher.publish(request, "shutdown_reply", content);
        stop();
    }

    /** Ends serving: queued requests are dropped, a running cell is interrupted. */
    public void stop() {
        shellQueue.clear();
        shellQueue.add(STOP);
        readyToWarm.countDown();
        interrupt();
        stopRequested.countDown();
    }

    private void interpreterLoop() {
        try {
            readyToWarm.await(WARM_UP_DELAY_MILLIS, TimeUnit.MILLISECONDS);
            if (shellQueue.peek() == STOP) return;
            prepare();
            while (true) {
                Queued next = shellQueue.take();
                if (next == STOP) break;
                Message request = next.message();
                publisher.status(request, "busy");
                try {
                    handleShell(request, next.arrival());
                } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                    Log.warn("handling " + request.msgType() + " failed: " + e);
                } finally {
                    streams.flush();
                    publisher.status(request, "idle");
                    shellPending.decrementAndGet();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (session != null) session.shutdown();
        }
    }

    /** Opens the session, reads the history and starts the interpreter, so the first cell does not wait for them. */
    private void prepare() {
        Session opened = sessionFactory.get();
        history = new History(stateDir);
        magics = new MagicShell(opened, history);
        session = opened;
        warming = true;
        try {
            opened.warmUp();
        } catch (RuntimeException | LinkageError | StackOverflowError | OutOfMemoryError e) {
            Log.warn("warming up the interpreter failed: " + e);
        } finally {
            warming = false;
        }
    }

    private void handleShell(Message request, long arrival) {
        switch (request.msgType()) {
            case "execute_request" -> execute(request, arrival);
            case "complete_request" -> complete(request);
            case "inspect_request" -> inspect(request);
            case "is_complete_request" -> isComplete(request);
            case "history_request" -> history(request);
            case "kernel_info_request" -> publisher.reply(Channel.SHELL, request, "kernel_info_reply", KernelInfo.content());
            case "comm_info_request" -> {
                ObjectNode content = ok();
                content.putObject("comms");
                publisher.reply(Channel.SHELL, request, "comm_info_reply", content);
            }
            case "comm_open" -> {
                // No comm targets are registered: close it at once, as ipykernel's CommManager does.
                Log.warn("no comm target " + request.content().path("target_name").asText() + "; closing the comm");
                ObjectNode content = Json.object();
                content.put("comm_id", request.content().path("comm_id").asText(""));
                content.putObject("data");
                publisher.publish(request, "comm_close", content);
            }
            case "comm_msg", "comm_close" -> Log.warn(request.msgType() + " for an unknown comm ignored");
            case "shutdown_request" -> shutdown(Channel.SHELL, request);
            default -> Log.warn("unknown shell message type " + request.msgType());
        }
    }

    private void execute(Message request, long arrival) {
        JsonNode content = request.content();
        String code = content.path("code").asText("");
        boolean silent = content.path("silent").asBoolean(false);
        boolean storeHistory = !silent && content.path("store_history").asBoolean(true);
        boolean stopOnError = content.path("stop_on_error").asBoolean(true);
        if (arrival < abortArrivalsBefore) {
            ObjectNode aborted = Json.object();
            aborted.put("status", "aborted");
            aborted.put("execution_count", executionCount);
            publisher.reply(Channel.SHELL, request, "execute_reply", aborted);
            return;
        }
        // A blank cell runs nothing and takes no number, as IPython's run_cell returns early for it.
        boolean blank = code.isBlank();
        if (storeHistory && !blank) executionCount++;
        int count = executionCount;
        if (!silent) {
            ObjectNode input = Json.object();
            input.put("code", code);
            input.put("execution_count", count);
            publisher.publish(request, "execute_input", input);
        }
        if (storeHistory && !blank) {
            history.store(count, code);
            session.recordInput(count, MagicShell.transform(code));
        }
        CellOutput output = new CellOutput(request, publisher, streams, stdin, count, silent,
                content.path("allow_stdin").asBoolean(true));
        CellContext context = new CellContext(session, output, count, storeHistory);
        executing = true;
        try {
            if (interruptAfterWarmUp) {
                interruptAfterWarmUp = false;
                output.error(PythonError.of("KeyboardInterrupt", ""));
            } else if (!blank) {
                magics.run(code, context);
            }
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // The interpreter should have raised these as Python exceptions; the kernel survives anyway.
            Log.warn("internal error running a cell: " + e);
            output.error(switch (e) {
                case StackOverflowError overflow -> PythonError.of("RecursionError", "maximum recursion depth exceeded");
                case OutOfMemoryError oom -> PythonError.of("MemoryError", "");
                default -> PythonError.of("SystemError", "tierpy internal error: " + e);
            });
        } finally {
            executing = false;
        }
        streams.flush();
        ObjectNode reply = Json.object();
        PythonError error = output.error();
        if (error == null) {
            reply.put("status", "ok");
            reply.put("execution_count", count);
            reply.set("user_expressions", userExpressions(content.path("user_expressions")));
            reply.set("payload", Json.tree(context.payloads()));
        } else {
            reply.put("status", "error");
            reply.put("execution_count", count);
            reply.setAll(CellOutput.errorContent(error));
            reply.putObject("user_expressions");
            reply.putArray("payload");
            if (stopOnError) abortArrivalsBefore = System.nanoTime();
        }
        publisher.reply(Channel.SHELL, request, "execute_reply", reply);
    }

    private ObjectNode userExpressions(JsonNode expressions) {
        ObjectNode results = Json.object();
        for (Iterator<Map.Entry<String, JsonNode>> it = expressions.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            ObjectNode result = switch (session.evaluate(entry.getValue().asText())) {
                case ExpressionValue.Value value -> {
                    ObjectNode ok = Bundles.toJson(value.bundle());
                    ok.put("status", "ok");
                    yield ok;
                }
                case ExpressionValue.Failure failure -> {
                    ObjectNode failed = CellOutput.errorContent(failure.error());
                    failed.put("status", "error");
                    yield failed;
                }
            };
            results.set(entry.getKey(), result);
        }
        return results;
    }

    private void complete(Message request) {
        String code = request.content().path("code").asText("");
        int cursor = cursor(request, code);
        Completion completion = magics.complete(code, cursor).orElseGet(() -> session.complete(code, cursor));
        ObjectNode content = ok();
        content.set("matches", Json.tree(completion.matches()));
        content.put("cursor_start", completion.cursorStart());
        content.put("cursor_end", completion.cursorEnd());
        content.putObject("metadata");
        publisher.reply(Channel.SHELL, request, "complete_reply", content);
    }

    private void inspect(Message request) {
        String code = request.content().path("code").asText("");
        int cursor = cursor(request, code);
        int detail = request.content().path("detail_level").asInt(0);
        Inspection inspection = magics.inspect(code, cursor).orElseGet(() -> session.inspect(code, cursor, detail));
        ObjectNode content = inspection.found() ? Bundles.toJson(inspection.bundle()) : emptyBundle();
        content.put("status", "ok");
        content.put("found", inspection.found());
        publisher.reply(Channel.SHELL, request, "inspect_reply", content);
    }

    private static ObjectNode emptyBundle() {
        ObjectNode content = Json.object();
        content.putObject("data");
        content.putObject("metadata");
        return content;
    }

    /** cursor_pos in code points (protocol 5.2); absent means the end of the code. */
    private static int cursor(Message request, String code) {
        int length = code.codePointCount(0, code.length());
        JsonNode pos = request.content().get("cursor_pos");
        if (pos == null || !pos.canConvertToInt()) return length;
        return Math.max(0, Math.min(length, pos.asInt()));
    }

    private void isComplete(Message request) {
        String code = request.content().path("code").asText("");
        Completeness answer = magics.isComplete(code).orElseGet(() -> session.isComplete(code));
        ObjectNode content = Json.object();
        content.put("status", answer.status().name().toLowerCase(java.util.Locale.ROOT));
        if (answer.status() == Completeness.Status.INCOMPLETE) content.put("indent", answer.indent());
        publisher.reply(Channel.SHELL, request, "is_complete_reply", content);
    }

    private void history(Message request) {
        JsonNode content = request.content();
        boolean output = content.path("output").asBoolean(false);
        List<History.Entry> entries = switch (content.path("hist_access_type").asText("tail")) {
            case "range" -> history.range(content.path("session").asInt(0), content.path("start").asInt(0),
                    content.path("stop").asInt(0));
            case "search" -> history.search(content.path("pattern").asText("*"), content.path("n").asInt(0),
                    content.path("unique").asBoolean(false));
            default -> history.tail(content.path("n").asInt(10));
        };
        ArrayNode rows = Json.array();
        for (History.Entry entry : entries) {
            ArrayNode row = rows.addArray().add(entry.session()).add(entry.line());
            if (output) row.addArray().add(entry.source()).addNull();
            else row.add(entry.source());
        }
        ObjectNode reply = ok();
        reply.set("history", rows);
        publisher.reply(Channel.SHELL, request, "history_reply", reply);
    }

    private static ObjectNode ok() {
        ObjectNode content = Json.object();
        content.put("status", "ok");
        return content;
    }
}
