package tierpy.kernel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tierpy.embed.Cell;
import tierpy.embed.Completeness;
import tierpy.embed.Completion;
import tierpy.embed.DisplayBundle;
import tierpy.embed.ExpressionValue;
import tierpy.embed.InputException;
import tierpy.embed.Inspection;
import tierpy.embed.OutputSink;
import tierpy.embed.PythonError;
import tierpy.embed.PythonException;
import tierpy.embed.Session;
import tierpy.embed.Stage;
import tierpy.embed.StageRequest;
import tierpy.embed.StageView;
import tierpy.embed.Timer;
import tierpy.embed.Variable;

/**
 * A test-only Session whose "code" is a script of one command per line, so tests drive every
 * output path of the kernel without an interpreter:
 * {@code out TEXT}, {@code err TEXT}, {@code result TEXT}, {@code display ID TEXT}, {@code update ID TEXT},
 * {@code clear}, {@code raise NAME MESSAGE}, {@code input PROMPT}, {@code spin}, {@code sleep MS},
 * {@code flood N}, {@code set NAME VALUE}, {@code crash}, {@code overflow}; blank lines and {@code pass} do nothing.
 */
public final class ScriptedSession implements Session {
    private volatile boolean interrupted;
    private final Map<String, String> variables = new LinkedHashMap<>();
    private final Map<String, String> environment = new TreeMap<>(Map.of("TIERPY_TEST", "yes"));
    private Path cwd = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    public final List<Cell> executed = new ArrayList<>();
    public volatile boolean shutDown;

    @Override
    public void execute(Cell cell, OutputSink sink) {
        executed.add(cell);
        interrupted = false;
        for (String line : cell.code().split("\n")) {
            String[] words = line.stripLeading().split(" ", 2);
            String arg = words.length > 1 ? words[1] : "";
            try {
                switch (words[0]) {
                    case "", "pass" -> { }
                    case "out" -> sink.stdout(arg + "\n");
                    case "err" -> sink.stderr(arg + "\n");
                    case "result" -> {
                        if (cell.displayResult()) sink.executeResult(DisplayBundle.text(arg));
                    }
                    case "display", "update" -> {
                        String[] idAndText = arg.split(" ", 2);
                        sink.display(new DisplayBundle(Map.of("text/plain", idAndText[1], "text/html", "<b>" + idAndText[1] + "</b>"),
                                Map.of(), Map.of("display_id", idAndText[0])), words[0].equals("update"));
                    }
                    case "clear" -> sink.clearOutput(false);
                    case "crash" -> throw new IllegalStateException("interpreter bug");
                    case "overflow" -> throw new StackOverflowError();
                    case "raise" -> {
                        String[] nameAndMessage = arg.split(" ", 2);
                        sink.error(new PythonError(nameAndMessage[0], nameAndMessage[1], List.of(
                                "Traceback (most recent call last):", "  File \"<cell>\", line 1, in <module>",
                                nameAndMessage[0] + ": " + nameAndMessage[1])));
                        return;
                    }
                    case "input" -> sink.stdout("got " + sink.input(arg, false) + "\n");
                    case "spin" -> {
                        while (!interrupted) Thread.onSpinWait();
                        throw new KeyboardInterrupt();
                    }
                    case "sleep" -> {
                        long until = System.currentTimeMillis() + Long.parseLong(arg);
                        while (System.currentTimeMillis() < until) {
                            if (interrupted) throw new KeyboardInterrupt();
                            Thread.sleep(1);
                        }
                    }
                    case "flood" -> {
                        for (int i = 0; i < Integer.parseInt(arg); i++) sink.stdout("line " + i + "\n");
                    }
                    case "set" -> {
                        String[] nameAndValue = arg.split(" ", 2);
                        variables.put(nameAndValue[0], nameAndValue[1]);
                    }
                    default -> {
                        sink.error(PythonError.of("NameError", "name '" + words[0] + "' is not defined"));
                        return;
                    }
                }
            } catch (KeyboardInterrupt e) {
                sink.error(PythonError.of("KeyboardInterrupt", ""));
                return;
            } catch (InputException e) {
                sink.error(e.reason() == InputException.Reason.INTERRUPTED ? PythonError.of("KeyboardInterrupt", "")
                        : PythonError.of("StdinNotImplementedError", e.getMessage()));
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static final class KeyboardInterrupt extends RuntimeException {
        KeyboardInterrupt() {
            super(null, null, false, false);
        }
    }

    @Override
    public ExpressionValue evaluate(String expression) {
        if (expression.startsWith("bad")) return new ExpressionValue.Failure(PythonError.of("NameError", "name 'bad' is not defined"));
        return new ExpressionValue.Value(DisplayBundle.text("value of " + expression));
    }

    /** Completes the identifier before the cursor with "alpha" and "alphabet". */
    @Override
    public Completion complete(String code, int cursorPos) {
        int end = code.offsetByCodePoints(0, cursorPos);
        int start = end;
        while (start > 0 && Character.isLetter(code.charAt(start - 1))) start--;
        return new Completion(List.of("alpha", "alphabet"), cursorPos - (end - start), cursorPos);
    }

    @Override
    public Inspection inspect(String code, int cursorPos, int detailLevel) {
        if (code.isBlank()) return Inspection.NOT_FOUND;
        return new Inspection(DisplayBundle.text("doc of " + code.strip() + " at " + cursorPos + " level " + detailLevel));
    }

    @Override
    public Completeness isComplete(String code) {
        if (code.strip().endsWith(":")) return Completeness.incomplete("    ");
        if (code.contains("invalid")) return Completeness.INVALID;
        return Completeness.COMPLETE;
    }

    @Override
    public Set<Stage> stages() {
        return Set.of(Stage.AST, Stage.DIS);
    }

    @Override
    public StageView introspect(StageRequest request) throws PythonException {
        if (request.source().equals("missing")) throw new PythonException(PythonError.of("NameError", "name 'missing' is not defined"));
        return switch (request.stage()) {
            case AST -> new StageView("Expression(\n    body=Name(id='" + request.source().strip() + "', ctx=Load()))", List.of());
            default -> new StageView("  1           RESUME_CHECK             0\n              LOAD_ATTR_INSTANCE_VALUE 0 (x)  "
                    + request.flags(), List.of(
                    new StageView.InstructionRow(1, 0, null, "RESUME_CHECK", "RESUME", 0, ""),
                    new StageView.InstructionRow(null, 2, "L1", "LOAD_ATTR_INSTANCE_VALUE", "LOAD_ATTR", 0, "x"),
                    new StageView.InstructionRow(null, 4, null, "RETURN_VALUE", "RETURN_VALUE", null, "")));
        };
    }

    /** A statement that "takes" one microsecond per loop, without taking it. */
    @Override
    public Timer timer(String setup, String stmt) throws PythonException {
        if (stmt.contains("syntax error")) throw new PythonException(PythonError.of("SyntaxError", "invalid syntax"));
        return number -> number * 1e-6;
    }

    @Override
    public List<Variable> variables() {
        return variables.entrySet().stream().map(e -> new Variable(e.getKey(), "str", e.getValue())).toList();
    }

    @Override public void reset() { variables.clear(); }
    @Override public Path workingDirectory() { return cwd; }
    @Override public Map<String, String> environment() { return environment; }
    @Override public void interrupt() { interrupted = true; }
    @Override public void shutdown() { shutDown = true; }

    @Override
    public void changeDirectory(Path directory) throws PythonException {
        Path target = cwd.resolve(directory).normalize();
        if (!Files.isDirectory(target)) throw new PythonException(PythonError.of("FileNotFoundError", "no such directory"));
        cwd = target;
    }
}
