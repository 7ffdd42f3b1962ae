package tierpy.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tierpy.embed.PythonSession;
import tierpy.embed.Session;
import tierpy.embed.Sessions;
import tierpy.kernel.KernelHarness.Run;
import tierpy.kernel.core.Kernel;
import tierpy.kernel.transport.Channel;
import tierpy.kernel.transport.ConnectionInfo;
import tierpy.kernel.transport.KernelClient;
import tierpy.kernel.wire.Json;
import tierpy.kernel.wire.Message;

/** The kernel with the production session (found through ServiceLoader), over real ZeroMQ sockets with signed messages. */
class PythonKernelTest {
    private static final long TIMEOUT = 10_000;
    private static Kernel kernel;
    private static KernelClient client;

    @BeforeAll
    static void start() throws Exception {
        Session session = Sessions.open();
        assertTrue(session instanceof PythonSession, "the service registration finds PythonSession");
        ConnectionInfo connection = ConnectionInfo.freeLoopback("tierpy-test");
        kernel = Kernel.start(connection, session, Files.createTempDirectory("tierpy-state"));
        client = new KernelClient(connection);
        assertNotNull(client.waitForReady(TIMEOUT), "kernel did not become ready");
    }

    @AfterAll
    static void stop() throws Exception {
        client.send(Channel.CONTROL, "shutdown_request", Json.object().put("restart", false));
        kernel.awaitShutdown();
        client.close();
    }

    private static Run run(Message request) {
        Message reply = client.reply(Channel.SHELL, request, TIMEOUT);
        assertNotNull(reply, "no reply to " + request.msgType());
        List<Message> iopub = new ArrayList<>();
        while (true) {
            Message m = client.receive(Channel.IOPUB, TIMEOUT);
            assertNotNull(m, "no idle status");
            if (!KernelClient.isChildOf(m, request)) continue;
            iopub.add(m);
            if (m.msgType().equals("status") && m.content().path("execution_state").asText().equals("idle")) break;
        }
        return new Run(request, reply, iopub);
    }

    private static Run execute(String code) {
        return run(client.send(Channel.SHELL, "execute_request", KernelClient.executeContent(code, true, true)));
    }

    private static JsonNode request(String type, ObjectNode content) {
        Message request = client.send(Channel.SHELL, type, content);
        Message reply = client.reply(Channel.SHELL, request, TIMEOUT);
        assertNotNull(reply, "no reply to " + type);
        client.drainUntilIdle(request, TIMEOUT);
        return reply.content();
    }

    @Test
    void streamsAndResult() {
        Run run = execute("for i in range(3):\n    print(i)\nx = 6\nx * 7");
        assertEquals("ok", run.status());
        assertEquals("0\n1\n2\n", run.stdout());
        assertEquals("42", run.ofType("execute_result").get(0).content().path("data").path("text/plain").asText());
        assertEquals("42", execute("_").ofType("execute_result").get(0).content().path("data").path("text/plain").asText());
    }

    @Test
    void errorsCarryCPythonTracebacks() {
        Run run = execute("def f():\n    return {}['k']\nf()");
        assertEquals("error", run.status());
        JsonNode error = run.ofType("error").get(0).content();
        assertEquals("KeyError", error.path("ename").asText());
        assertEquals("'k'", error.path("evalue").asText());
        JsonNode tb = error.path("traceback");
        assertEquals("Traceback (most recent call last):", tb.get(0).asText());
        assertEquals("KeyError: 'k'", tb.get(tb.size() - 1).asText());
    }

    @Test
    void richDisplay() {
        Run run = execute("from IPython.display import HTML, Markdown\nh = display(HTML('<b>x</b>'), display_id=True)\nh.update(Markdown('*y*'))");
        assertEquals("ok", run.status(), () -> run.iopub().toString());
        assertEquals("<b>x</b>", run.ofType("display_data").get(0).content().path("data").path("text/html").asText());
        JsonNode update = run.ofType("update_display_data").get(0).content();
        assertEquals("*y*", update.path("data").path("text/markdown").asText());
        assertEquals(run.ofType("display_data").get(0).content().path("transient").path("display_id").asText(),
                update.path("transient").path("display_id").asText());
    }

    @Test
    void inputThroughStdin() {
        Message request = client.send(Channel.SHELL, "execute_request", KernelClient.executeContent("name = input('Your name: ')\nprint('hi', name)", true, true));
        Message ask = client.receive(Channel.STDIN, TIMEOUT);
        assertNotNull(ask);
        assertEquals("Your name: ", ask.content().path("prompt").asText());
        ObjectNode answer = Json.object();
        answer.put("value", "Ada");
        client.send(Channel.STDIN, client.envelope().reply(ask, "input_reply", answer));
        Run run = run(request);
        assertEquals("hi Ada\n", run.stdout());
    }

    @Test
    void interruptStopsAnInfiniteLoop() throws Exception {
        Message request = client.send(Channel.SHELL, "execute_request", KernelClient.executeContent("while True:\n    pass", true, true));
        Thread.sleep(300);
        long start = System.nanoTime();
        Message ack = client.send(Channel.CONTROL, "interrupt_request", Json.object());
        assertNotNull(client.reply(Channel.CONTROL, ack, TIMEOUT));
        Run run = run(request);
        System.out.printf("interrupt of while True: pass to execute_reply: %.1f ms%n", (System.nanoTime() - start) / 1e6);
        assertEquals("KeyboardInterrupt", run.reply().content().path("ename").asText());
        assertEquals("ok", execute("1 + 1").status(), "the kernel runs the next cell");
    }

    @Test
    void completeInspectIsComplete() {
        execute("import sys\nvalue_for_completion = {'alpha': 1}");
        ObjectNode complete = Json.object();
        complete.put("code", "value_for_c");
        complete.put("cursor_pos", 11);
        JsonNode c = request("complete_request", complete);
        assertEquals("value_for_completion", c.path("matches").get(0).asText());
        assertEquals(0, c.path("cursor_start").asInt());
        complete.put("code", "sys.std");
        complete.put("cursor_pos", 7);
        assertTrue(request("complete_request", complete).path("matches").toString().contains("stdout"));
        ObjectNode inspect = Json.object();
        inspect.put("code", "len");
        inspect.put("cursor_pos", 2);
        inspect.put("detail_level", 0);
        JsonNode i = request("inspect_request", inspect);
        assertTrue(i.path("found").asBoolean());
        ObjectNode check = Json.object();
        check.put("code", "def f(:");
        assertEquals("invalid", request("is_complete_request", check).path("status").asText());
        check.put("code", "if True:");
        JsonNode incomplete = request("is_complete_request", check);
        assertEquals("incomplete", incomplete.path("status").asText());
        assertEquals("    ", incomplete.path("indent").asText());
    }

    @Test
    void stageMagics() {
        Run ast = execute("%ast x + 1");
        assertEquals("ok", ast.status(), () -> ast.iopub().toString());
        assertTrue(ast.iopub().toString().contains("BinOp("), () -> ast.iopub().toString());
        execute("def g(a):\n    return a + 1");
        Run dis = execute("%dis g");
        assertTrue(dis.iopub().toString().contains("BINARY_OP"), () -> dis.iopub().toString());
        Run timeit = execute("%timeit -n 10 -r 2 g(1)");
        assertTrue(timeit.stdout().contains("per loop (mean ± std. dev. of 2 runs, 10 loops each)"), timeit.stdout());
    }

    private static String displayed(Run run) {
        assertEquals("ok", run.status(), () -> run.iopub().toString());
        return run.ofType("display_data").get(0).content().path("data").path("text/plain").asText();
    }

    @Test
    void statsMagicShowsTheSpecializationTable() {
        assertEquals("Specialization statistics reset.\n", displayed(execute("%stats reset")));
        assertEquals("No specialization statistics for LOAD_ATTR yet.\n", displayed(execute("%stats LOAD_ATTR")));
        execute("class P:\n    def __init__(self):\n        self.v = 1\ndef get(o):\n    return o.v\np = P()\n"
                + "for i in range(100):\n    get(p)");
        List<String> lines = displayed(execute("%stats load_attr")).lines().toList();
        assertEquals(List.of("family", "attempts", "successes", "failures", "hits", "misses", "deopts", "hit", "rate"),
                List.of(lines.get(0).trim().split("\\s+")));
        assertTrue(lines.get(1).matches("LOAD_ATTR +1 +1 +0 +99 +0 +0 +100\\.0%"), lines.get(1));
        assertEquals("LOAD_ATTR", lines.get(3));
        assertTrue(lines.get(5).matches("  LOAD_ATTR_INSTANCE_VALUE +99 +0 +100\\.0%"), lines.get(5));
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("CALL ")), lines::toString);
        String all = displayed(execute("%stats"));
        assertTrue(all.contains("\nLOAD_ATTR ") && all.contains("\nCALL ") && all.contains("CALL_PY_EXACT_ARGS"), all);
        Run unknown = execute("%stats NOPE");
        assertEquals("error", unknown.status());
        assertEquals("ValueError", unknown.ofType("error").get(0).content().path("ename").asText());
        String magics = result(execute("%lsmagic"));
        assertTrue(magics.contains("%stats") && !magics.contains("%%stats"), magics);
    }

    private static String result(Run run) {
        assertEquals("ok", run.status(), () -> run.iopub().toString());
        List<Message> results = run.ofType("execute_result");
        assertEquals(1, results.size(), () -> run.iopub().toString());
        return results.get(0).content().path("data").path("text/plain").asText();
    }

    @Test
    void magicValuesBecomeUnderscoreOutAndInHoldsTheTransformedCell() {
        Run pwd = execute("%pwd");
        String dir = result(pwd);
        int n = pwd.reply().content().path("execution_count").asInt();
        assertEquals(dir, result(execute("_")));
        assertEquals(dir, result(execute("Out[" + n + "]")));
        assertEquals(dir, result(execute("_" + n)));
        assertEquals("\"get_ipython().run_line_magic('pwd', '')\"", result(execute("In[" + n + "]")));

        Run timeit = execute("%timeit -n 10 -r 2 -o pass");
        assertTrue(result(timeit).matches("<TimeitResult : .* per loop \\(mean ± std. dev. of 2 runs, 10 loops each\\)>"), result(timeit));
        assertEquals("(10, 2, 2, 'TimeitResult')", result(execute("(_.loops, _.repeat, len(_.all_runs), type(_).__name__)")));

        Run assigned = execute("r = %timeit -q -o -n 5 -r 3 pass");
        assertTrue(assigned.ofType("execute_result").isEmpty() && assigned.stdout().isEmpty(), () -> assigned.iopub().toString());
        assertEquals("(5, 3, True)", result(execute("(r.loops, r.repeat, r.best <= r.average <= r.worst)")));

        assertTrue(result(execute("%lsmagic")).startsWith("Available line magics:"));
        assertEquals("'LSMagic'", result(execute("type(_).__name__")));
        Run middle = execute("%pwd\nz = 1");
        assertTrue(middle.ofType("execute_result").isEmpty(), "a magic before the last line shows nothing");
        Run cellMagic = execute("%%writefile -a /dev/null\nx");
        int m = cellMagic.reply().content().path("execution_count").asInt();
        assertEquals("\"get_ipython().run_cell_magic('writefile', '-a /dev/null', 'x\\\\n')\"", result(execute("In[" + m + "]")));
        assertEquals("(True, True)", result(execute("(_iii == In[" + m + "], _i == In[-1])")));
    }

    @Test
    void unknownMagicsAreIPythonsUsageError() {
        Run run = execute("%nosuchmagic 1");
        assertEquals("error", run.status());
        assertEquals("UsageError", run.reply().content().path("ename").asText());
        assertEquals("Line magic function `%nosuchmagic` not found.", run.reply().content().path("evalue").asText());
    }
}
