package tierpy.kernel.magics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tierpy.kernel.KernelHarness;
import tierpy.kernel.SharedKernelTest;
import tierpy.kernel.KernelHarness.Run;

/** Magics driven through a real kernel, checked against IPython's output text. */
class MagicsKernelTest extends SharedKernelTest {
    @TempDir
    static Path work;

    private static String result(Run run) {
        return run.ofType("execute_result").get(0).content().path("data").path("text/plain").asText();
    }

    /** A magic's value: the expression it gave the session to show (PythonKernelTest evaluates them for real). */
    private static String shown(Run run) {
        tierpy.embed.Cell last = kernel.session.executed.get(kernel.session.executed.size() - 1);
        assertTrue(last.displayResult() && last.storeHistory());
        return last.code().strip();
    }

    private static JsonNode error(Run run) {
        assertEquals("error", run.status());
        return run.ofType("error").get(0).content();
    }

    @Test
    void unknownMagicsFailWithIPythonsUsageError() {
        JsonNode line = error(kernel.execute("%foo 1"));
        assertEquals("UsageError", line.path("ename").asText());
        assertEquals("Line magic function `%foo` not found.", line.path("evalue").asText());
        assertEquals("UsageError: Line magic function `%foo` not found.", line.path("traceback").get(0).asText());
        assertEquals("Cell magic `%%foo` not found.", error(kernel.execute("%%foo\nx")).path("evalue").asText());
    }

    @Test
    void lsmagicListsLineAndCellMagics() {
        String text = shown(kernel.execute("%lsmagic"));
        assertTrue(text.startsWith("type('LSMagic', (), {'__repr__': lambda self: 'Available line magics:\\n"), text);
        assertTrue(text.contains("%timeit") && text.contains("%%timeit") && text.contains("%%writefile") && text.contains("%dis"));
        assertTrue(kernel.execute("%magic").stdout().contains("%timeit:"));
        assertTrue(kernel.execute("%quickref").stdout().contains("%%writefile"));
    }

    @Test
    void timeitPrintsIPythonsLine() {
        assertEquals("1 µs ± 0 ns per loop (mean ± std. dev. of 3 runs, 1,000 loops each)\n",
                kernel.execute("%timeit -n 1000 -r 3 x").stdout());
        assertEquals("1 µs ± 0 ns per loop (mean ± std. dev. of 7 runs, 1,000,000 loops each)\n",
                kernel.execute("%timeit x").stdout());
        assertEquals("1 µs ± 0 ns per loop (mean ± std. dev. of 1 run, 10 loops each)\n",
                kernel.execute("%%timeit -n10 -r1 setup\nstmt").stdout());
        assertEquals("1 µs ± 0 ns per loop (mean ± std. dev. of 1 run, 1 loop each)\n",
                kernel.execute("\n  \n%%timeit -n1 -r1\nstmt").stdout());
        Run quiet = kernel.execute("%timeit -q -o -n 5 -r 2 x");
        assertEquals("", quiet.stdout());
        assertTrue(shown(quiet).endsWith("'__repr__': lambda self: '<TimeitResult : ' + '1 µs ± 0 ns per loop (mean ± std. dev. of 2 runs, 5 loops each)' + '>'})()"), shown(quiet));
        assertEquals("SyntaxError", error(kernel.execute("%timeit syntax error")).path("ename").asText());
        assertEquals("UsageError", error(kernel.execute("%timeit -z x")).path("ename").asText());
    }

    @Test
    void timePrintsCpuAndWallTimesBeforeTheValue() {
        Run run = kernel.execute("%time result 5");
        assertTrue(run.stdout().matches("CPU times: user .+, sys: .+, total: .+\nWall time: .+\n"), run.stdout());
        assertEquals("5", result(run));
        assertTrue(run.types().indexOf("stream") < run.types().indexOf("execute_result"));
        assertEquals("Can't use statement directly after '%%time'!", error(kernel.execute("%%time x\nout y")).path("evalue").asText());
    }

    @Test
    void lineMagicsSplitACellAndKeepLineNumbers() {
        Run run = kernel.execute("out a\n%timeit -n 1 -r 1 x\nout b\nresult last");
        assertEquals("a\n1 µs ± 0 ns per loop (mean ± std. dev. of 1 run, 1 loop each)\nb\n", run.stdout());
        assertEquals("last", result(run));
        assertEquals("\n\nout b\nresult last\n", kernel.session.executed.get(kernel.session.executed.size() - 1).code());
    }

    @Test
    void whoWhosAndReset() {
        kernel.execute("%reset -f");
        assertEquals("Interactive namespace is empty.\n", kernel.execute("%who").stdout());
        kernel.execute("set a 1\nset bb hello");
        assertEquals("a\t bb\t \n", kernel.execute("%who").stdout());
        assertEquals("""
                Variable   Type    Data/Info
                ----------------------------
                a          str     1
                bb         str     hello
                """, kernel.execute("%whos").stdout());
        assertEquals("No variables match your requested type.\n", kernel.execute("%who int").stdout());
        kernel.execute("%reset -f");
        assertEquals("Interactive namespace is empty.\n", kernel.execute("%who").stdout());
    }

    @Test
    void filesystemAndEnvironmentMagics() throws Exception {
        assertEquals(work + "\n", kernel.execute("%cd " + work).stdout());
        assertEquals("'" + work + "'", shown(kernel.execute("%pwd")));
        assertEquals("Writing f.py\n", kernel.execute("%%writefile f.py\nout from file\n").stdout());
        assertEquals("Overwriting f.py\n", kernel.execute("%%writefile f.py\nout from file\n").stdout());
        assertEquals("Appending to f.py\n", kernel.execute("%%writefile -a f.py\nresult 7\n").stdout());
        assertEquals("out from file\nresult 7\n", Files.readString(work.resolve("f.py")));
        Run run = kernel.execute("%run f.py");
        assertEquals("from file\n", run.stdout());
        assertTrue(run.ofType("execute_result").isEmpty());
        JsonNode payload = kernel.execute("%load f.py").reply().content().path("payload").get(0);
        assertEquals("set_next_input", payload.path("source").asText());
        assertEquals("# %load f.py\nout from file\nresult 7\n", payload.path("text").asText());
        assertTrue(payload.path("replace").asBoolean());
        assertEquals("Exception", error(kernel.execute("%run missing.py")).path("ename").asText());
        assertEquals("'yes'", shown(kernel.execute("%env TIERPY_TEST")));
        assertEquals("env: NEW_VAR=1\n", kernel.execute("%env NEW_VAR=1").stdout());
        assertEquals("'1'", shown(kernel.execute("%env NEW_VAR")));
        assertTrue(shown(kernel.execute("%env")).contains("'NEW_VAR': '1'"));
        assertEquals("Environment does not have key: NOPE", error(kernel.execute("%env NOPE")).path("evalue").asText());
    }

    @Test
    void stageMagicsShowTextAndHtml() {
        JsonNode ast = kernel.execute("%ast x").ofType("display_data").get(0).content().path("data");
        assertEquals("Expression(\n    body=Name(id='x', ctx=Load()))", ast.path("text/plain").asText());
        assertTrue(ast.path("text/html").asText().startsWith("<pre"));
        Run dis = kernel.execute("%dis -a f");
        JsonNode data = dis.ofType("display_data").get(0).content().path("data");
        assertTrue(data.path("text/plain").asText().endsWith("[adaptive]"), data.path("text/plain").asText());
        String html = data.path("text/html").asText();
        assertTrue(html.contains("<td class=\"specialized\" title=\"specialized form of LOAD_ATTR\">LOAD_ATTR_INSTANCE_VALUE"), html);
        assertTrue(html.contains("<td>L1:</td>"));
        assertTrue(kernel.execute("%%dis\nx = 1").ofType("display_data").size() == 1);
        assertEquals("NameError", error(kernel.execute("%dis missing")).path("ename").asText());
        JsonNode uops = error(kernel.execute("%uops f"));
        assertEquals("UsageError", uops.path("ename").asText());
        assertTrue(uops.path("evalue").asText().startsWith("%uops is not available"));
    }

    @Test
    void historyMagicListsThisSessionsInputsByExecutionCount() {
        int count = kernel.execute("out h1").reply().content().path("execution_count").asInt();
        String text = kernel.execute("%history -n").stdout();
        List<String> lines = text.lines().toList();
        assertEquals(String.format("%4d: %%history -n", count + 1), lines.get(lines.size() - 1));
        assertEquals(String.format("%4d: out h1", count), lines.get(lines.size() - 2));
        assertEquals("out h1\n", kernel.execute("%history " + count).stdout());
        assertEquals(String.format("%4d: out h1%n%4d: %%history -n%n", count, count + 1),
                kernel.execute("%history -n " + count + "-" + (count + 1)).stdout());
    }

    @Test
    void questionMarksPageTheInspection() {
        JsonNode page = kernel.execute("len??").reply().content().path("payload").get(0);
        assertEquals("page", page.path("source").asText());
        assertEquals("doc of len at 3 level 1", page.path("data").path("text/plain").asText());
        JsonNode magic = kernel.execute("%timeit?").reply().content().path("payload").get(0);
        assertTrue(magic.path("data").path("text/plain").asText().contains("Time execution"));
        assertEquals("Object `%nomagic` not found.\n", kernel.execute("%nomagic?").stdout());
    }

    @Test
    void displayCellMagicsShowTheirMimeType() {
        JsonNode html = kernel.execute("%%html\n<b>x</b>").ofType("display_data").get(0).content().path("data");
        assertEquals("<b>x</b>\n", html.path("text/html").asText());
        assertEquals("<IPython.core.display.HTML object>", html.path("text/plain").asText());
        JsonNode md = kernel.execute("%%markdown\n# T").ofType("display_data").get(0).content().path("data");
        assertEquals("# T\n", md.path("text/markdown").asText());
    }

    @Test
    void shellCommandsRunInTheSessionsDirectoryAndEnvironment() {
        Run run = kernel.execute("%%bash\necho hi\necho oops >&2\necho $TIERPY_TEST");
        assertEquals("ok", run.status());
        assertEquals("hi\nyes\n", run.stdout());
        assertEquals("oops\n", run.ofType("stream").stream().filter(m -> m.content().path("name").asText().equals("stderr"))
                .map(m -> m.content().path("text").asText()).reduce("", String::concat));
        assertEquals("Command 'b'exit 3\\n'' returned non-zero exit status 3.", error(kernel.execute("%%bash\nexit 3")).path("evalue").asText());
        assertEquals(kernel.session.workingDirectory() + "\n", kernel.execute("!pwd").stdout());
        assertEquals("a\nb\n", kernel.execute("out a\n!echo b").stdout());
        assertEquals("ok", kernel.execute("!exit 1").status());
    }

    @Test
    void interruptStopsAShellCommand() {
        var request = kernel.client.send(tierpy.kernel.transport.Channel.SHELL, "execute_request",
                KernelHarness.executeContent("%%bash\necho started\nsleep 30"));
        while (true) {
            var m = kernel.client.receive(tierpy.kernel.transport.Channel.IOPUB, KernelHarness.TIMEOUT);
            if (m != null && m.msgType().equals("stream")) break;
        }
        kernel.request(tierpy.kernel.transport.Channel.CONTROL, "interrupt_request", tierpy.kernel.wire.Json.object());
        Run run = kernel.run(request);
        assertEquals("KeyboardInterrupt", run.reply().content().path("ename").asText());
    }
}
