package tierpy.kernel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import tierpy.kernel.KernelHarness;
import tierpy.kernel.SharedKernelTest;
import tierpy.kernel.KernelHarness.Run;
import tierpy.kernel.transport.Channel;
import tierpy.kernel.wire.Json;
import tierpy.kernel.wire.Message;

/** Every request type over real JeroMQ sockets with signed messages, against a scripted session. */
class KernelProtocolTest extends SharedKernelTest {

    @Test
    void kernelInfoDescribesTierpyOnShellAndControl() {
        for (Channel channel : List.of(Channel.SHELL, Channel.CONTROL)) {
            JsonNode info = kernel.request(channel, "kernel_info_request", Json.object()).content();
            assertEquals("ok", info.path("status").asText());
            assertEquals("5.5", info.path("protocol_version").asText());
            assertEquals("tierpy", info.path("implementation").asText());
            JsonNode language = info.path("language_info");
            assertEquals("python", language.path("name").asText());
            assertTrue(language.path("version").asText().startsWith("3.14"));
            assertEquals("ipython3", language.path("pygments_lexer").asText());
            assertEquals("ipython", language.path("codemirror_mode").path("name").asText());
            assertEquals(3, language.path("codemirror_mode").path("version").asInt());
            assertEquals(".py", language.path("file_extension").asText());
            assertEquals("text/x-python", language.path("mimetype").asText());
            assertTrue(info.path("banner").asText().contains("tierpy"));
            assertTrue(info.path("help_links").isArray());
            assertTrue(info.path("supported_features").isArray());
        }
    }

    @Test
    void executePublishesBusyInputOutputResultIdleWithTheRequestAsParent() {
        Run run = kernel.execute("out hello\nresult 42");
        assertEquals("ok", run.status());
        assertEquals(List.of("status", "execute_input", "stream", "execute_result", "status"), run.types());
        assertEquals("busy", run.iopub().get(0).content().path("execution_state").asText());
        int count = run.reply().content().path("execution_count").asInt();
        assertEquals(count, run.ofType("execute_input").get(0).content().path("execution_count").asInt());
        assertEquals("out hello\nresult 42", run.ofType("execute_input").get(0).content().path("code").asText());
        assertEquals("hello\n", run.stdout());
        JsonNode result = run.ofType("execute_result").get(0).content();
        assertEquals("42", result.path("data").path("text/plain").asText());
        assertEquals(count, result.path("execution_count").asInt());
        for (Message m : run.iopub()) assertEquals(run.request().msgId(), m.parentHeader().path("msg_id").asText());
        assertEquals(run.request().msgId(), run.reply().parentHeader().path("msg_id").asText());
        assertTrue(run.reply().content().path("payload").isArray());
        assertEquals(count + 1, kernel.execute("pass").reply().content().path("execution_count").asInt());
        assertEquals(count + 1, kernel.execute("  \n").reply().content().path("execution_count").asInt(), "a blank cell took a number");
        assertEquals(count + 2, kernel.execute("pass").reply().content().path("execution_count").asInt());
    }

    @Test
    void silentExecutionNeitherCountsNorAnnounces() {
        int before = kernel.execute("pass").reply().content().path("execution_count").asInt();
        ObjectNode content = KernelHarness.executeContent("out quiet\nresult hidden");
        content.put("silent", true);
        Run run = kernel.run(kernel.client.send(Channel.SHELL, "execute_request", content));
        assertEquals(before, run.reply().content().path("execution_count").asInt());
        assertTrue(run.ofType("execute_input").isEmpty());
        assertTrue(run.ofType("execute_result").isEmpty());
        assertEquals("quiet\n", run.stdout());
        assertEquals(before + 1, kernel.execute("pass").reply().content().path("execution_count").asInt());
    }

    @Test
    void errorsArePublishedAndReplied() {
        Run run = kernel.execute("out before\nraise ZeroDivisionError division by zero");
        assertEquals("error", run.status());
        assertEquals("ZeroDivisionError", run.reply().content().path("ename").asText());
        assertEquals("division by zero", run.reply().content().path("evalue").asText());
        JsonNode error = run.ofType("error").get(0).content();
        assertEquals("ZeroDivisionError: division by zero", error.path("traceback").get(2).asText());
        assertTrue(run.types().indexOf("stream") < run.types().indexOf("error"));
    }

    @Test
    void interpreterFailuresBecomePythonErrorsAndTheKernelLivesOn() {
        assertEquals("RecursionError", kernel.execute("overflow").reply().content().path("ename").asText());
        Run crash = kernel.execute("crash");
        assertEquals("SystemError", crash.reply().content().path("ename").asText());
        assertEquals("ok", kernel.execute("out alive").status());
    }

    @Test
    void stopOnErrorAbortsWhatWasQueuedAndOnlyThat() {
        Message failing = kernel.client.send(Channel.SHELL, "execute_request", KernelHarness.executeContent("sleep 300\nraise ValueError bad"));
        Message queued1 = kernel.client.send(Channel.SHELL, "execute_request", KernelHarness.executeContent("out one"));
        Message queued2 = kernel.client.send(Channel.SHELL, "execute_request", KernelHarness.executeContent("out two"));
        assertEquals("error", kernel.run(failing).status());
        Run aborted1 = kernel.run(queued1);
        Run aborted2 = kernel.run(queued2);
        assertEquals("aborted", aborted1.status());
        assertEquals("aborted", aborted2.status());
        assertEquals("", aborted1.stdout());
        assertEquals(List.of("status", "status"), aborted2.types());
        assertEquals("ok", kernel.execute("out after").status());
    }

    @Test
    void withoutStopOnErrorQueuedCellsStillRun() {
        ObjectNode failing = KernelHarness.executeContent("sleep 200\nraise ValueError bad");
        failing.put("stop_on_error", false);
        Message first = kernel.client.send(Channel.SHELL, "execute_request", failing);
        Message second = kernel.client.send(Channel.SHELL, "execute_request", KernelHarness.executeContent("out ran"));
        assertEquals("error", kernel.run(first).status());
        Run run = kernel.run(second);
        assertEquals("ok", run.status());
        assertEquals("ran\n", run.stdout());
    }

    @Test
    void userExpressionsAreEvaluatedAfterTheCell() {
        ObjectNode content = KernelHarness.executeContent("pass");
        content.putObject("user_expressions").put("a", "x + 1").put("b", "bad()");
        Run run = kernel.run(kernel.client.send(Channel.SHELL, "execute_request", content));
        JsonNode expressions = run.reply().content().path("user_expressions");
        assertEquals("ok", expressions.path("a").path("status").asText());
        assertEquals("value of x + 1", expressions.path("a").path("data").path("text/plain").asText());
        assertEquals("error", expressions.path("b").path("status").asText());
        assertEquals("NameError", expressions.path("b").path("ename").asText());
    }

    @Test
    void displayUpdateAndClear() {
        Run run = kernel.execute("display d1 first\nupdate d1 second\nclear");
        assertEquals(List.of("status", "execute_input", "display_data", "update_display_data", "clear_output", "status"), run.types());
        JsonNode display = run.ofType("display_data").get(0).content();
        assertEquals("first", display.path("data").path("text/plain").asText());
        assertEquals("<b>first</b>", display.path("data").path("text/html").asText());
        assertEquals("d1", display.path("transient").path("display_id").asText());
        assertEquals("second", run.ofType("update_display_data").get(0).content().path("data").path("text/plain").asText());
        assertFalse(run.ofType("clear_output").get(0).content().path("wait").asBoolean());
    }

    @Test
    void streamOutputFlowsBeforeTheCellEnds() {
        Message request = kernel.client.send(Channel.SHELL, "execute_request", KernelHarness.executeContent("out early\nsleep 1500\nout late"));
        long sent = System.nanoTime();
        Message early = null;
        while (early == null) {
            Message m = kernel.client.receive(Channel.IOPUB, KernelHarness.TIMEOUT);
            assertNotNull(m);
            if (m.msgType().equals("stream") && m.parentHeader().path("msg_id").asText().equals(request.msgId())) early = m;
        }
        double seconds = (System.nanoTime() - sent) / 1e9;
        assertEquals("early\n", early.content().path("text").asText());
        assertTrue(seconds < 1.4, "the first line came only after " + seconds + " s");
        assertNull(kernel.client.reply(Channel.SHELL, request, 0), "the cell had already finished");
        Run rest = kernel.run(request);
        assertEquals("late\n", rest.stdout());
    }

    @Test
    void aFloodOfPrintsIsBatched() {
        Run run = kernel.execute("flood 20000");
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 20000; i++) expected.append("line ").append(i).append('\n');
        assertEquals(expected.toString(), run.stdout());
        int messages = run.ofType("stream").size();
        assertTrue(messages < 100, messages + " stream messages for 20000 prints");
    }

    @Test
    void stdoutAndStderrKeepTheirOrder() {
        Run run = kernel.execute("out a\nerr b\nout c");
        List<String> names = run.ofType("stream").stream().map(m -> m.content().path("name").asText()).toList();
        assertEquals(List.of("stdout", "stderr", "stdout"), names);
    }

    @Test
    void completionCursorsCountCodePoints() {
        ObjectNode content = Json.object();
        content.put("code", "\uD83D\uDE00 = al");
        content.put("cursor_pos", 6);
        JsonNode reply = kernel.request(Channel.SHELL, "complete_request", content).content();
        assertEquals("ok", reply.path("status").asText());
        assertEquals(List.of("alpha", "alphabet"), Json.mapper().convertValue(reply.path("matches"), List.class));
        assertEquals(4, reply.path("cursor_start").asInt());
        assertEquals(6, reply.path("cursor_end").asInt());
    }

    @Test
    void magicNamesComplete() {
        ObjectNode content = Json.object();
        content.put("code", "x = 1\n%tim");
        content.put("cursor_pos", 10);
        JsonNode reply = kernel.request(Channel.SHELL, "complete_request", content).content();
        assertEquals(List.of("%time", "%timeit"), Json.mapper().convertValue(reply.path("matches"), List.class));
        assertEquals(6, reply.path("cursor_start").asInt());
    }

    @Test
    void inspectAndIsComplete() {
        ObjectNode inspect = Json.object();
        inspect.put("code", "len");
        inspect.put("cursor_pos", 3);
        inspect.put("detail_level", 1);
        JsonNode found = kernel.request(Channel.SHELL, "inspect_request", inspect).content();
        assertTrue(found.path("found").asBoolean());
        assertEquals("doc of len at 3 level 1", found.path("data").path("text/plain").asText());
        inspect.put("code", "%timeit");
        JsonNode magic = kernel.request(Channel.SHELL, "inspect_request", inspect).content();
        assertTrue(magic.path("data").path("text/plain").asText().contains("Time execution"));

        assertEquals("complete", isComplete("x = 1"));
        assertEquals("incomplete", isComplete("for x in y:"));
        assertEquals("invalid", isComplete("invalid )"));
        assertEquals("complete", isComplete("%timeit x"));
        assertEquals("incomplete", isComplete("%%time\nx"));
    }

    private String isComplete(String code) {
        ObjectNode content = Json.object();
        content.put("code", code);
        JsonNode reply = kernel.request(Channel.SHELL, "is_complete_request", content).content();
        if (reply.path("status").asText().equals("incomplete")) assertTrue(reply.has("indent"));
        return reply.path("status").asText();
    }

    @Test
    void historyTailRangeAndSearch() {
        kernel.execute("out history-marker-1");
        kernel.execute("out history-marker-2");
        ObjectNode tail = Json.object();
        tail.put("hist_access_type", "tail");
        tail.put("n", 2);
        tail.put("output", false);
        tail.put("raw", true);
        JsonNode history = kernel.request(Channel.SHELL, "history_request", tail).content().path("history");
        assertEquals(2, history.size());
        assertEquals("out history-marker-2", history.get(1).get(2).asText());
        assertEquals(history.get(0).get(1).asInt() + 1, history.get(1).get(1).asInt());

        ObjectNode search = Json.object();
        search.put("hist_access_type", "search");
        search.put("pattern", "out history-marker-*");
        search.put("unique", true);
        search.put("output", true);
        JsonNode found = kernel.request(Channel.SHELL, "history_request", search).content().path("history");
        assertEquals(2, found.size());
        assertEquals("out history-marker-1", found.get(0).get(2).get(0).asText());

        ObjectNode range = Json.object();
        range.put("hist_access_type", "range");
        range.put("session", 0);
        range.put("start", history.get(1).get(1).asInt());
        range.put("stop", history.get(1).get(1).asInt() + 1);
        JsonNode one = kernel.request(Channel.SHELL, "history_request", range).content().path("history");
        assertEquals(1, one.size());
        assertEquals("out history-marker-2", one.get(0).get(2).asText());
    }

    @Test
    void commsAreListedAndUnknownTargetsClosed() {
        JsonNode info = kernel.request(Channel.SHELL, "comm_info_request", Json.object()).content();
        assertEquals("ok", info.path("status").asText());
        assertEquals(0, info.path("comms").size());
        ObjectNode open = Json.object();
        open.put("comm_id", "c-123");
        open.put("target_name", "jupyter.widget");
        open.putObject("data");
        Message request = kernel.client.send(Channel.SHELL, "comm_open", open);
        List<Message> iopub = kernel.iopubUntilIdle(request);
        Message close = iopub.stream().filter(m -> m.msgType().equals("comm_close")).findFirst().orElseThrow();
        assertEquals("c-123", close.content().path("comm_id").asText());
    }

    @Test
    void inputGoesThroughStdin() {
        Message request = kernel.client.send(Channel.SHELL, "execute_request", KernelHarness.executeContent("input Your name: "));
        Message ask = kernel.client.receive(Channel.STDIN, KernelHarness.TIMEOUT);
        assertNotNull(ask);
        assertEquals("input_request", ask.msgType());
        assertEquals("Your name: ", ask.content().path("prompt").asText());
        assertFalse(ask.content().path("password").asBoolean());
        assertEquals(request.msgId(), ask.parentHeader().path("msg_id").asText());
        ObjectNode answer = Json.object();
        answer.put("value", "Ada");
        kernel.client.send(Channel.STDIN, kernel.client.envelope().reply(ask, "input_reply", answer));
        Run run = kernel.run(request);
        assertEquals("ok", run.status());
        assertEquals("got Ada\n", run.stdout());
    }

    @Test
    void inputIsRefusedWhenTheFrontendDoesNotAllowIt() {
        ObjectNode content = KernelHarness.executeContent("input x");
        content.put("allow_stdin", false);
        Run run = kernel.run(kernel.client.send(Channel.SHELL, "execute_request", content));
        assertEquals("StdinNotImplementedError", run.reply().content().path("ename").asText());
    }

    @Test
    void interruptStopsALongRunningCellAndControlIsServedMeanwhile() {
        Message request = kernel.client.send(Channel.SHELL, "execute_request", KernelHarness.executeContent("spin"));
        awaitBusy(request);
        JsonNode info = kernel.request(Channel.CONTROL, "kernel_info_request", Json.object()).content();
        assertEquals("tierpy", info.path("implementation").asText());
        assertNull(kernel.client.reply(Channel.SHELL, request, 100), "the spin ended by itself");
        long start = System.nanoTime();
        kernel.request(Channel.CONTROL, "interrupt_request", Json.object());
        Message reply = kernel.client.reply(Channel.SHELL, request, KernelHarness.TIMEOUT);
        double millis = (System.nanoTime() - start) / 1e6;
        assertNotNull(reply);
        System.out.printf("interrupt to execute_reply: %.1f ms%n", millis);
        assertTrue(millis < 1000, "interrupt took " + millis + " ms");
        assertEquals("KeyboardInterrupt", reply.content().path("ename").asText());
        kernel.iopubUntilIdle(request);
    }

    @Test
    void interruptWhileWaitingForInputRaisesKeyboardInterrupt() {
        Message request = kernel.client.send(Channel.SHELL, "execute_request", KernelHarness.executeContent("input ?"));
        assertNotNull(kernel.client.receive(Channel.STDIN, KernelHarness.TIMEOUT));
        kernel.request(Channel.CONTROL, "interrupt_request", Json.object());
        Run run = kernel.run(request);
        assertEquals("KeyboardInterrupt", run.reply().content().path("ename").asText());
    }

    private void awaitBusy(Message request) {
        while (true) {
            Message m = kernel.client.receive(Channel.IOPUB, KernelHarness.TIMEOUT);
            assertNotNull(m, "the cell never started");
            if (m.msgType().equals("execute_input") && m.parentHeader().path("msg_id").asText().equals(request.msgId())) return;
        }
    }
}
