package tierpy.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tierpy.vm.Runner;

/** Drives {@link PythonSession} with a recording sink, on an interpreter thread as the kernel does. */
class PythonSessionTest {
    private static PythonSession session;
    private static int count;

    /** What one cell reported, in order. */
    static final class Recorder implements OutputSink {
        final StringBuilder stdout = new StringBuilder();
        final StringBuilder stderr = new StringBuilder();
        final List<DisplayBundle> displays = new ArrayList<>();
        final List<Boolean> updates = new ArrayList<>();
        DisplayBundle result;
        PythonError error;
        String inputReply = "typed";
        final List<String> prompts = new ArrayList<>();

        @Override public void stdout(String text) { stdout.append(text); }
        @Override public void stderr(String text) { stderr.append(text); }
        @Override public void display(DisplayBundle bundle, boolean update) { displays.add(bundle); updates.add(update); }
        @Override public void clearOutput(boolean wait) { stdout.append("<clear>"); }
        @Override public void executeResult(DisplayBundle bundle) { result = bundle; }
        @Override public void error(PythonError e) { error = e; }

        @Override
        public String input(String prompt, boolean password) {
            prompts.add(prompt + (password ? " (password)" : ""));
            if (inputReply == null) throw new InputException(InputException.Reason.NOT_ALLOWED, "raw_input was called, but this frontend does not support input requests.");
            return inputReply;
        }

        String plain() {
            return result == null ? null : (String) result.data().get("text/plain");
        }
    }

    static <T> T onThread(java.util.function.Supplier<T> body) {
        return Runner.onInterpreterThread(body, null);
    }

    @BeforeAll
    static void open() {
        session = onThread(() -> (PythonSession) Sessions.open());
    }

    @AfterAll
    static void close() {
        session.shutdown();
    }

    static Recorder run(String code) {
        Recorder r = new Recorder();
        int n = ++count;
        onThread(() -> {
            session.recordInput(n, code);
            session.execute(new Cell(code, n, true, true), r);
            return null;
        });
        return r;
    }

    @Test
    void printsStreamAndDisplaysTheLastExpression() {
        Recorder r = run("print('hello')\nx = 6\nx * 7");
        assertEquals("hello\n", r.stdout.toString());
        assertEquals("42", r.plain());
        assertNull(r.error);
        assertNull(run("x * 7;").result, "a trailing semicolon hides the result");
        assertNull(run("None").result);
    }

    @Test
    void historyVariables() {
        Recorder first = run("'a'");
        int n = count;
        run("'b'");
        run("'c'");
        Recorder r = run("(_, __, ___, _" + n + ", Out[" + n + "], In[" + n + "])");
        assertEquals("('c', 'b', 'a', 'a', 'a', \"'a'\")", r.plain());
        assertEquals("'a'", first.plain());
    }

    @Test
    void errorsUseCPythonTracebacks() {
        Recorder r = run("def f():\n    return 1 / 0\nf()");
        assertEquals("ZeroDivisionError", r.error.ename());
        assertEquals("division by zero", r.error.evalue());
        String cell = "  Cell In[" + count + "], line ";
        assertEquals(List.of("Traceback (most recent call last):",
                cell + "3", "    f()", "    ~^^",
                cell + "2, in f", "    return 1 / 0", "           ~~^~~",
                "ZeroDivisionError: division by zero"), r.error.traceback());
    }

    @Test
    void syntaxErrorsShowTheCaret() {
        Recorder r = run("x = (1 +\n");
        assertEquals("SyntaxError", r.error.ename());
        List<String> tb = r.error.traceback();
        assertTrue(tb.get(tb.size() - 1).startsWith("SyntaxError: '(' was never closed"), tb.toString());
        assertTrue(tb.stream().anyMatch(l -> l.strip().equals("^")), tb.toString());
        assertEquals("  Cell In[" + count + "], line 1", tb.get(0));
    }

    @Test
    void richReprsAndDisplayModule() {
        Recorder r = run("class C:\n    def __repr__(self): return 'C()'\n    def _repr_html_(self): return '<b>C</b>'\n"
                + "    def _repr_json_(self): return {'a': [1, 2.5, None]}\nC()");
        assertEquals("C()", r.plain());
        assertEquals("<b>C</b>", r.result.data().get("text/html"));
        assertEquals(java.util.Map.of("a", java.util.Arrays.asList(1L, 2.5, null)), r.result.data().get("application/json"));
        Recorder d = run("from IPython.display import HTML, SVG, Markdown\nimport tierpy.display\n"
                + "h = display(HTML('<i>x</i>'), display_id='d1')\nh.update(Markdown('*y*'))\n"
                + "tierpy.display.display(SVG('<svg/>'))\ntierpy.display.clear_output()");
        assertNull(d.error, () -> String.join("\n", d.error.traceback()));
        assertEquals(3, d.displays.size());
        assertEquals("<i>x</i>", d.displays.get(0).data().get("text/html"));
        assertEquals("d1", d.displays.get(0).transientData().get("display_id"));
        assertEquals("*y*", d.displays.get(1).data().get("text/markdown"));
        assertEquals(List.of(false, true, false), d.updates);
        assertEquals("<svg/>", d.displays.get(2).data().get("image/svg+xml"));
        assertEquals("<clear>", d.stdout.toString());
    }

    @Test
    void inputGoesThroughTheSink() {
        Recorder r = new Recorder();
        int n = ++count;
        onThread(() -> {
            session.execute(new Cell("name = input('who? ')\nimport getpass\npw = getpass.getpass()\nprint(name, pw)", n, true, true), r);
            return null;
        });
        assertEquals(List.of("who? ", "Password:  (password)"), r.prompts);
        assertEquals("typed typed\n", r.stdout.toString());
        Recorder refused = new Recorder();
        refused.inputReply = null;
        onThread(() -> {
            session.execute(new Cell("input()", ++count, true, true), refused);
            return null;
        });
        assertEquals("StdinNotImplementedError", refused.error.ename());
    }

    @Test
    void interruptRaisesKeyboardInterrupt() throws Exception {
        for (int k = 0; k < 3; k++) interruptOnce();
    }

    private void interruptOnce() throws Exception {
        Recorder r = new Recorder();
        int n = ++count;
        long[] sentAt = new long[1];
        Thread stopper = new Thread(() -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                return;
            }
            sentAt[0] = System.nanoTime();
            session.interrupt();
        });
        stopper.start();
        onThread(() -> {
            session.execute(new Cell("while True:\n    pass", n, true, true), r);
            return null;
        });
        System.out.printf("interrupt() to the end of the cell: %.2f ms%n", (System.nanoTime() - sentAt[0]) / 1e6);
        stopper.join();
        assertEquals("KeyboardInterrupt", r.error.ename());
        assertNull(run("1").error, "the next cell runs normally");
    }

    @Test
    void completion() {
        run("import sys\nclass K:\n    attr = 1\n    def method(self): pass\nk = K()\nk.inst = 2\nconfig = {'alpha': 1, 'beta': 2}\nvariable_one = 1");
        Completion names = onThread(() -> session.complete("x = variable_", 13));
        assertEquals(List.of("variable_one"), names.matches());
        assertEquals(4, names.cursorStart());
        assertEquals(13, names.cursorEnd());
        assertTrue(onThread(() -> session.complete("whi", 3)).matches().contains("while"));
        assertTrue(onThread(() -> session.complete("pri", 3)).matches().contains("print"));
        Completion attrs = onThread(() -> session.complete("k.", 2));
        assertTrue(attrs.matches().containsAll(List.of("attr", "inst", "method")), attrs.matches().toString());
        assertEquals(2, attrs.cursorStart());
        assertTrue(onThread(() -> session.complete("sys.std", 7)).matches().containsAll(List.of("stdout", "stderr")));
        Completion keys = onThread(() -> session.complete("config['a", 9));
        assertEquals(List.of("alpha"), keys.matches());
        assertEquals(8, keys.cursorStart());
        Completion unicode = onThread(() -> session.complete("'é' + variable_o", 16));
        assertEquals(6, unicode.cursorStart(), "positions count code points");
    }

    @Test
    void filePathsInStrings(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Files.createDirectory(dir.resolve("data"));
        java.nio.file.Files.writeString(dir.resolve("data.csv"), "");
        String code = "open('" + dir + "/da";
        Completion c = onThread(() -> session.complete(code, code.length()));
        assertEquals(List.of(dir + "/data.csv", dir + "/data/"), c.matches());
        assertEquals(6, c.cursorStart());
    }

    @Test
    void resetForgetsUserNames() {
        run("forgotten = 1");
        onThread(() -> {
            session.reset();
            return null;
        });
        assertEquals("NameError", run("forgotten").error.ename());
        assertEquals("False", run("'forgotten' in globals()").plain());
    }

    @Test
    void inspection() {
        run("def area(w, h=2, *rest, scale=1, **kw):\n    \"\"\"Width times height.\"\"\"\n    return w * h");
        Inspection help = onThread(() -> session.inspect("area(", 5, 0));
        String text = (String) help.bundle().data().get("text/plain");
        assertTrue(text.startsWith("Signature: area(w, h=2, *rest, scale=1, **kw)\nDocstring: Width times height."), text);
        String source = (String) onThread(() -> session.inspect("area", 2, 1)).bundle().data().get("text/plain");
        assertTrue(source.contains("Source:    \ndef area(w, h=2, *rest, scale=1, **kw):\n    \"\"\"Width times height.\"\"\"\n    return w * h"), source);
        assertTrue(!onThread(() -> session.inspect("nothing_here", 3, 0)).found());
    }

    @Test
    void signaturesShowAnnotations() {
        run("def span(a: int, b: int = 2) -> int:\n    return b - a");
        String text = (String) onThread(() -> session.inspect("span", 4, 0)).bundle().data().get("text/plain");
        assertTrue(text.startsWith("Signature: span(a: int, b: int = 2) -> int\nDocstring: <no docstring>"), text);
    }

    @Test
    void isComplete() {
        assertEquals(Completeness.COMPLETE, session.isComplete("x = 1"));
        assertEquals(Completeness.incomplete(""), session.isComplete("x = (1,"));
        assertEquals(Completeness.incomplete("    "), session.isComplete("for i in x:"));
        assertEquals(Completeness.incomplete(""), session.isComplete("s = '''abc"));
        assertEquals(Completeness.INVALID, session.isComplete("x = = 1"));
        assertEquals(Completeness.INVALID, session.isComplete(")"));
    }

    @Test
    void stageViews() throws Exception {
        StageView ast = session.introspect(new StageRequest(Stage.AST, StageRequest.Target.EXPRESSION, "x + 1", Set.of()));
        assertEquals("Module(\n    body=[\n        Expr(\n            value=BinOp(\n                left=Name(id='x', ctx=Load()),\n"
                + "                op=Add(),\n                right=Constant(value=1)))])\n", ast.text());
        run("def g(a):\n    return a + 1");
        StageView dis = onThread(() -> {
            try {
                return session.introspect(new StageRequest(Stage.DIS, StageRequest.Target.NAME, "g", Set.of()));
            } catch (PythonException e) {
                throw new AssertionError(e);
            }
        });
        assertEquals("  1           RESUME                   0\n\n  2           LOAD_FAST_BORROW         0 (a)\n"
                + "              LOAD_SMALL_INT           1\n              BINARY_OP                0 (+)\n"
                + "              RETURN_VALUE\n", dis.text());
        assertEquals("RESUME", dis.rows().get(0).opname());
        run("class Box:\n    def get(self):\n        return 1\nbox = Box()");
        StageView method = onThread(() -> {
            try {
                return session.introspect(new StageRequest(Stage.DIS, StageRequest.Target.NAME, "box.get", Set.of()));
            } catch (PythonException e) {
                throw new AssertionError(e);
            }
        });
        assertTrue(method.text().contains("RETURN_VALUE"), method.text());
        AtomicReference<PythonException> missing = new AtomicReference<>();
        onThread(() -> {
            try {
                session.introspect(new StageRequest(Stage.DIS, StageRequest.Target.NAME, "nope", Set.of()));
            } catch (PythonException e) {
                missing.set(e);
            }
            return null;
        });
        assertEquals("NameError", missing.get().error().ename());
    }

    @Test
    void timerAndVariables() throws Exception {
        run("setup_value = [1, 2, 3]");
        double seconds = onThread(() -> {
            try {
                return session.timer("n = len(setup_value)", "n * 2").time(1000);
            } catch (PythonException e) {
                throw new AssertionError(e);
            }
        });
        assertTrue(seconds >= 0);
        assertTrue(session.variables().contains(new Variable("setup_value", "list", "n=3")), session.variables().toString());
        ExpressionValue v = onThread(() -> session.evaluate("len(setup_value) + 1"));
        assertEquals("4", ((ExpressionValue.Value) v).bundle().data().get("text/plain"));
        assertTrue(onThread(() -> session.evaluate("1/0")) instanceof ExpressionValue.Failure);
    }

    @Test
    void inspectFindsTheSourceOfFunctionsAndClassesDefinedInCells() {
        run("def area(r):\n    return 3 * r * r\n\nclass Circle:\n    def grow(self):\n        pass\n");
        Recorder r = run("import inspect\nprint(inspect.getsource(area), end='')\nprint(inspect.getsource(Circle), end='')\n"
                + "print(inspect.getsourcelines(Circle.grow)[1], inspect.signature(area))");
        assertNull(r.error, () -> r.stderr.toString());
        assertEquals("def area(r):\n    return 3 * r * r\nclass Circle:\n    def grow(self):\n        pass\n5 (r)\n",
                r.stdout.toString());
    }
}
