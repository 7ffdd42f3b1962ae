package tierpy.embed;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import tierpy.ast.Mod;
import tierpy.ast.Stmt;
import tierpy.code.CodeObject;
import tierpy.compile.Compiler;
import tierpy.modules.Modules;
import tierpy.modules.Sys;
import tierpy.objects.Abstract;
import tierpy.objects.Descriptors.BuiltinFunction;
import tierpy.objects.Py;
import tierpy.objects.PyDict;
import tierpy.objects.PyException;
import tierpy.objects.PyList;
import tierpy.parse.Mode;
import tierpy.parse.Parser;
import tierpy.parse.PySyntaxError;
import tierpy.vm.Imports;
import tierpy.vm.PyCode;
import tierpy.vm.PyModule;
import tierpy.vm.Runner;
import tierpy.vm.SourceLines;
import tierpy.vm.ThreadState;

/**
 * Mirrors IPython/core/interactiveshell.py: InteractiveShell.run_cell over one persistent
 * {@code __main__}: the last expression statement goes through the display hook
 * (IPython/core/displayhook.py), which keeps {@code _}, {@code __}, {@code ___}, {@code _N},
 * {@code In} and {@code Out}.
 */
public final class PythonSession implements Session {

    /** Found by {@link Sessions#open()} through META-INF/services. */
    public static final class Provider implements SessionProvider {
        @Override
        public Session open() {
            return new PythonSession();
        }
    }

    /** Names the shell defines, hidden from {@link #variables()} as IPython's user_ns_hidden. */
    private static final Set<String> SHELL_NAMES = Set.of("In", "Out", "display", "get_ipython", "exit", "quit");

    private final SinkStreams streams = new SinkStreams();
    private PyList in;
    private PyDict out;
    private PyModule main;
    private Path cwd = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    private final Map<String, String> environment = new TreeMap<>(System.getenv());
    /** Guards the hand-over of interrupts between the kernel's threads and the interpreter thread. */
    private final Object interruptLock = new Object();
    /** The thread state running Python for the current call, or null (also while the interpreter starts). */
    private ThreadState running;
    /** An interrupt that came during the current call before Python code ran (while the interpreter started). */
    private boolean interruptPending;

    /**
     * Starts the interpreter on first use, on the interpreter thread, so that opening a session (and
     * the kernel's startup to kernel_info_reply) does not wait for it.
     */
    private PyDict namespace() {
        if (main == null) {
            Modules.init();
            Imports.reset();
            Sys.configure(new String[] {""}, streams.stdout(), streams.stderr());
            Imports.importModule("sys");
            DisplayModule.register(streams);
            PyDict builtins = Runner.builtins();
            builtins.setItem("input", new BuiltinFunction("input", (self, a, off, n, kw) -> streams.input(n > 0 ? Abstract.str(a[off]) : "", false)));
            builtins.setItem("display", DisplayModule.displayFunction());
            Imports.registerBuiltin("getpass", () -> streams.getpassModule());
            in = new PyList();
            in.append("");
            out = new PyDict();
            main = freshMain();
        }
        return main.dict;
    }

    private PyModule freshMain() {
        PyModule m = Runner.newMain(null);
        m.dict.setItem("In", in);
        m.dict.setItem("Out", out);
        m.dict.setItem("_", "");
        m.dict.setItem("__", "");
        m.dict.setItem("___", "");
        m.dict.setItem("_i", "");
        m.dict.setItem("_ii", "");
        m.dict.setItem("_iii", "");
        return m;
    }

    @Override
    public void execute(Cell cell, OutputSink sink) {
        String filename = cellFilename(cell.executionCount());
        beginCall();
        PyDict ns = namespace();
        streams.attach(sink);
        startRunning();
        try {
            SourceLines.register(filename, cell.code());
            Mod.Module module = (Mod.Module) Parser.parse(cell.code(), filename, Mode.EXEC);
            List<Stmt> body = module.body();
            Stmt last = body.isEmpty() ? null : body.get(body.size() - 1);
            if (last instanceof Stmt.Expr expr) {
                run(new Mod.Module(body.subList(0, body.size() - 1), module.typeIgnores()), filename);
                Object value = run(new Mod.Expression(expr.value()), filename);
                if (cell.displayResult() && !endsWithSemicolon(cell.code())) displayhook(value, cell, sink);
            } else {
                run(module, filename);
            }
        } catch (PySyntaxError e) {
            sink.error(Errors.of(e));
        } catch (PyException e) {
            sink.error(Errors.of(e));
        } finally {
            stopRunning();
            streams.detach();
        }
    }

    /** HistoryManager.store_inputs: {@code In[n]}, {@code _i}, {@code _ii}, {@code _iii} and {@code _in}. */
    @Override
    public void recordInput(int executionCount, String source) {
        PyDict ns = namespace();
        String stored = source.replaceFirst("\n+$", "");
        in.append(stored);
        ns.setItem("_iii", ns.getItemOrNull("_ii"));
        ns.setItem("_ii", ns.getItemOrNull("_i"));
        ns.setItem("_i", stored);
        ns.setItem("_i" + executionCount, stored);
    }

    static String cellFilename(int executionCount) {
        return "<cell " + executionCount + ">";
    }

    /** Cells may await at top level, as IPython's autoawait allows: such code runs as a coroutine. */
    private Object run(Mod mod, String filename) {
        CodeObject code = Compiler.compile(mod, filename, 0, true).code();
        Object result = Runner.exec(code, namespace());
        return (code.flags & CodeObject.CO_COROUTINE) != 0 ? awaitTopLevel(result) : result;
    }

    /** The session's event loop, kept across cells so tasks a cell starts go on in the next ones. */
    private Object eventLoop;

    /** IPython's asyncio runner: the coroutine of a cell runs to completion on the session's loop. */
    private Object awaitTopLevel(Object coroutine) {
        Object asyncio = Imports.importModule("asyncio");
        if (eventLoop == null || Abstract.isTrue(Abstract.call(Abstract.getattr(eventLoop, "is_closed")))) {
            eventLoop = Abstract.call(Abstract.getattr(asyncio, "new_event_loop"));
            Abstract.call(Abstract.getattr(asyncio, "set_event_loop"), eventLoop);
        }
        return Abstract.call(Abstract.getattr(eventLoop, "run_until_complete"), coroutine);
    }

    /** IPython's DisplayHook.quiet: a final {@code ;} suppresses the result. */
    private static boolean endsWithSemicolon(String code) {
        String[] lines = code.stripTrailing().split("\n");
        String lastLine = lines[lines.length - 1];
        int hash = lastLine.indexOf('#');
        if (hash >= 0) lastLine = lastLine.substring(0, hash);
        return lastLine.stripTrailing().endsWith(";");
    }

    /** DisplayHook.__call__: publish, then update the history variables. */
    private void displayhook(Object value, Cell cell, OutputSink sink) {
        if (value == Py.None) return;
        DisplayBundle bundle = MimeBundles.of(value, streams);
        sink.executeResult(bundle);
        if (!cell.storeHistory()) return;
        PyDict ns = namespace();
        ns.setItem("___", ns.getItemOrNull("__"));
        ns.setItem("__", ns.getItemOrNull("_"));
        ns.setItem("_", value);
        ns.setItem("_" + cell.executionCount(), value);
        out.setItem((long) cell.executionCount(), value);
    }

    @Override
    public ExpressionValue evaluate(String expression) {
        try {
            Object value = run(Parser.parse(expression, "<user_expression>", Mode.EVAL), "<user_expression>");
            return new ExpressionValue.Value(MimeBundles.of(value, streams));
        } catch (PySyntaxError e) {
            return new ExpressionValue.Failure(Errors.of(e));
        } catch (PyException e) {
            return new ExpressionValue.Failure(Errors.of(e));
        }
    }

    @Override
    public Completion complete(String code, int cursorPos) {
        return new Completer(namespace()).complete(code, cursorPos, cwd);
    }

    @Override
    public Inspection inspect(String code, int cursorPos, int detailLevel) {
        return Inspector.inspect(namespace(), code, cursorPos, detailLevel);
    }

    @Override
    public Completeness isComplete(String code) {
        return CompletenessCheck.check(code);
    }

    @Override
    public Set<Stage> stages() {
        return StageViews.STAGES;
    }

    @Override
    public StageView introspect(StageRequest request) throws PythonException {
        return StageViews.show(request, namespace());
    }

    @Override
    public Timer timer(String setup, String stmt) throws PythonException {
        String source = "def inner(_it, _timer):\n" + indent(setup) + "    _t0 = _timer()\n    for _i in _it:\n"
                + indent(indent(stmt)) + "    _t1 = _timer()\n    return _t1 - _t0\n";
        String filename = "<magic-timeit>";
        SourceLines.register(filename, source);
        PyDict locals = new PyDict();
        Object inner;
        try {
            Runner.exec(new PyCode(Compiler.compile(source, filename, "exec", 0).code()), namespace(), locals);
            inner = locals.getItem("inner");
        } catch (PySyntaxError e) {
            throw new PythonException(Errors.of(e));
        } catch (PyException e) {
            throw new PythonException(Errors.of(e));
        }
        BuiltinFunction clock = new BuiltinFunction("perf_counter", (self, a, off, n, kw) -> System.nanoTime() / 1e9);
        Object range = Runner.builtins().getItem("range");
        return number -> {
            beginCall();
            startRunning();
            try {
                return ((Number) Abstract.call(inner, Abstract.call(range, number), clock)).doubleValue();
            } catch (PyException e) {
                throw new PythonException(Errors.of(e));
            } finally {
                stopRunning();
            }
        };
    }

    private static String indent(String code) {
        String body = code.isBlank() ? "pass" : code.stripTrailing();
        StringBuilder b = new StringBuilder();
        for (String line : body.split("\n", -1)) b.append("    ").append(line).append('\n');
        return b.toString();
    }

    @Override
    public List<Variable> variables() {
        List<Variable> variables = new ArrayList<>();
        namespace().forEach((k, v) -> {
            if (!(k instanceof String name) || name.startsWith("_") || SHELL_NAMES.contains(name) || v instanceof PyModule) return;
            variables.add(new Variable(name, Py.type(v).name, summary(v)));
        });
        return variables;
    }

    /** IPython's %whos Data/Info column. */
    private static String summary(Object v) {
        if (v instanceof PyDict || v instanceof PyList || v instanceof tierpy.objects.PyTuple) return "n=" + Abstract.len(v);
        String text;
        try {
            text = Abstract.str(v).replace("\n", "\\n");
        } catch (PyException e) {
            text = "<str() failed>";
        }
        return text.length() >= 50 ? text.substring(0, 25) + "<...>" + text.substring(text.length() - 25) : text;
    }

    @Override
    public void reset() {
        namespace();
        // HistoryManager.reset: the input and output histories start again
        in = new PyList();
        in.append("");
        out = new PyDict();
        main = freshMain();
    }

    @Override
    public Path workingDirectory() {
        return cwd;
    }

    @Override
    public void changeDirectory(Path directory) throws PythonException {
        cwd = Session.resolveDirectory(cwd, directory);
    }

    @Override
    public Map<String, String> environment() {
        return environment;
    }

    private void beginCall() {
        synchronized (interruptLock) {
            interruptPending = false;
        }
    }

    /** Python code runs from here on: an interrupt that came while the interpreter started is delivered now. */
    private void startRunning() {
        ThreadState ts = ThreadState.current();
        synchronized (interruptLock) {
            running = ts;
            if (interruptPending) ts.interrupt();
            interruptPending = false;
        }
    }

    private void stopRunning() {
        synchronized (interruptLock) {
            running = null;
        }
    }

    @Override
    public void interrupt() {
        synchronized (interruptLock) {
            if (running != null) running.interrupt();
            else interruptPending = true;
        }
    }

    /** Starts the interpreter and runs one trivial cell's pipeline, so the first real cell finds it loaded. */
    @Override
    public void warmUp() {
        beginCall();
        namespace();
        try {
            Runner.exec(Compiler.compile(Parser.parse("pass", "<warm-up>", Mode.EXEC), "<warm-up>", 0).code(), new PyDict());
        } catch (PyException | PySyntaxError e) {
            // Nothing the user asked for: a failure here shows again, properly reported, in their cell.
        }
    }

    @Override
    public void shutdown() {
        // as the interpreter's exit does: functions registered with atexit run (their output has no cell to go to)
        tierpy.modules.ProgramRunner.runExitFunctions(System.err);
        streams.detach();
    }

}
