package tierpy.kernel.magics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tierpy.embed.Cell;
import tierpy.embed.Completeness;
import tierpy.embed.Completion;
import tierpy.embed.DisplayBundle;
import tierpy.embed.Inspection;
import tierpy.embed.PythonError;
import tierpy.embed.PythonException;
import tierpy.embed.Session;

/**
 * Runs a cell the way IPython's input transformers see it (mirrors IPython/core/inputtransformer2.py:
 * cell magics on the first line, line magics on lines of their own at the top level): a {@code %%}
 * cell goes to its cell magic, otherwise the cell is cut at {@code %} lines into Python runs and
 * line magics, executed in order until one fails. Only the cell's last run displays its value.
 */
public final class MagicShell {
    private static final Pattern MAGIC_LINE = Pattern.compile("^%(\\S*)\\s*(.*)$");
    /** {@code name = %magic args} (IPython's MagicAssign): the magic's value is assigned instead of shown. */
    private static final Pattern MAGIC_ASSIGN = Pattern.compile("^([A-Za-z_][\\w.]*(?:\\s*,\\s*[A-Za-z_][\\w.]*)*)\\s*=\\s*(%[^%].*)$");
    private static final Pattern HELP_QUERY = Pattern.compile("(%{0,2}[A-Za-z_][\\w.]*)(\\?\\??)");
    private static final Pattern LEADING_BLANK_LINES = Pattern.compile("^(?:[ \\t]*\\n)+");
    private static final Pattern MAGIC_NAME_AT_CURSOR = Pattern.compile("(?:^|\\n)\\s*(%%?[A-Za-z_]*)$");

    private final Map<String, Magic> magics = new TreeMap<>();
    private final ScriptMagics scripts;

    public MagicShell(Session session, InputHistory history) {
        BasicMagics.register(this, history);
        ExecutionMagics.register(this);
        NamespaceMagics.register(this);
        OsMagics.register(this);
        DisplayMagics.register(this);
        scripts = ScriptMagics.register(this);
        StageMagics.register(this, session);
    }

    /** Stops a shell command a magic is running; Python code is interrupted through the session. */
    public void interrupt() {
        scripts.interrupt();
    }

    public void add(Magic magic) {
        magics.put(magic.name(), magic);
    }

    public List<Magic> all() {
        return List.copyOf(magics.values());
    }

    public void run(String code, CellContext context) {
        Matcher help = HELP_QUERY.matcher(code.strip());
        if (help.matches()) {
            showHelp(help.group(1), help.group(2).length() - 1, context);
            return;
        }
        String trimmed = LEADING_BLANK_LINES.matcher(code).replaceFirst("");
        if (trimmed.startsWith("%%")) {
            int magicLine = lineOf(code, code.length() - trimmed.length());
            // IPython's transform_cell ends every cell with a newline before a cell magic sees it.
            if (!trimmed.endsWith("\n")) trimmed += "\n";
            int newline = trimmed.indexOf('\n');
            String first = newline < 0 ? trimmed.substring(2) : trimmed.substring(2, newline);
            String body = newline < 0 ? "" : trimmed.substring(newline + 1);
            String[] nameAndArgs = first.strip().split("\\s+", 2);
            Magic magic = magics.get(nameAndArgs[0]);
            if (magic == null || !magic.cell()) {
                usageError(context, "Cell magic `%%" + nameAndArgs[0] + "` not found.");
                return;
            }
            context.resultAt(magicLine, null, true);
            invoke(magic.body(), nameAndArgs.length > 1 ? nameAndArgs[1] : "", body, context);
            return;
        }
        List<String> lines = code.lines().toList();
        if (lines.stream().noneMatch(MagicShell::isMagicLine)) {
            execute(code, context, true);
            return;
        }
        int lastCode = lines.size() - 1;
        while (lastCode > 0 && lines.get(lastCode).isBlank()) lastCode--;
        StringBuilder python = new StringBuilder();
        int pythonStart = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!isMagicLine(line)) {
                if (python.isEmpty()) pythonStart = i;
                python.append(line).append('\n');
                continue;
            }
            if (!python.isEmpty() && !runPython(python, pythonStart, context, false)) return;
            if (line.startsWith("!")) {
                if (!invoke((args, body, ctx) -> scripts.system(args, ctx), line.substring(1), null, context)) return;
                continue;
            }
            Matcher assign = MAGIC_ASSIGN.matcher(line);
            String target = assign.matches() ? assign.group(1) : null;
            Matcher m = MAGIC_LINE.matcher(target == null ? line : line.substring(assign.start(2)));
            m.matches();
            Magic magic = magics.get(m.group(1));
            if (magic == null || !magic.line()) {
                usageError(context, "Line magic function `%" + m.group(1) + "` not found.");
                return;
            }
            context.resultAt(i, target, i == lastCode);
            if (!invoke(magic.body(), m.group(2), null, context)) return;
        }
        if (!python.isEmpty()) runPython(python, pythonStart, context, true);
    }

    private static int lineOf(String code, int offset) {
        return (int) code.substring(0, offset).chars().filter(c -> c == '\n').count();
    }

    /**
     * The cell as IPython's input transformers leave it, which is what {@code In[n]} holds:
     * magics become {@code get_ipython()} calls (IPython/core/inputtransformer2.py: _tr_magic,
     * _tr_system, cell_magic, MagicAssign, HelpEnd).
     */
    public static String transform(String code) {
        String trimmed = LEADING_BLANK_LINES.matcher(code).replaceFirst("");
        if (trimmed.startsWith("%%")) {
            String cell = trimmed.endsWith("\n") ? trimmed : trimmed + "\n";
            int newline = cell.indexOf('\n');
            String[] nameAndArgs = cell.substring(2, newline).stripTrailing().split(" ", 2);
            return "get_ipython().run_cell_magic(" + PyRepr.str(nameAndArgs[0]) + ", "
                    + PyRepr.str(nameAndArgs.length > 1 ? nameAndArgs[1] : "") + ", " + PyRepr.str(cell.substring(newline + 1)) + ")\n";
        }
        Matcher help = HELP_QUERY.matcher(code.strip());
        if (help.matches()) {
            return "get_ipython().run_line_magic(" + PyRepr.str(help.group(2).length() == 2 ? "pinfo2" : "pinfo") + ", "
                    + PyRepr.str(help.group(1)) + ")\n";
        }
        StringBuilder out = new StringBuilder();
        for (String line : code.split("\n", -1)) {
            if (out.length() > 0) out.append('\n');
            Matcher assign = MAGIC_ASSIGN.matcher(line);
            if (line.startsWith("!")) {
                out.append("get_ipython().system(").append(PyRepr.str(line.substring(1))).append(')');
            } else if (line.startsWith("%") || assign.matches()) {
                String target = line.startsWith("%") ? "" : assign.group(1) + " = ";
                String[] nameAndArgs = line.substring(line.startsWith("%") ? 1 : assign.start(2) + 1).split(" ", 2);
                out.append(target).append("get_ipython().run_line_magic(").append(PyRepr.str(nameAndArgs[0])).append(", ")
                        .append(PyRepr.str(nameAndArgs.length > 1 ? nameAndArgs[1] : "")).append(')');
            } else {
                out.append(line);
            }
        }
        return out.toString();
    }

    /**
     * {@code name?} and {@code name??}: the inspection (with source for ??) as a "page" payload, which
     * frontends show in their pager (IPython/core/inputtransformer2.py: HelpEnd; ipykernel's page payload).
     */
    private void showHelp(String name, int detailLevel, CellContext context) {
        int cursor = name.codePointCount(0, name.length());
        Inspection inspection = inspect(name, cursor)
                .orElseGet(() -> name.startsWith("%") ? Inspection.NOT_FOUND : context.session().inspect(name, cursor, detailLevel));
        if (!inspection.found()) {
            context.print("Object `" + name + "` not found.\n");
            return;
        }
        context.addPayload(Map.of("source", "page", "data", inspection.bundle().data(), "start", 0));
    }

    /** A line the shell handles itself: {@code %magic} or {@code !command} at the start of a line. */
    private static boolean isMagicLine(String line) {
        return line.startsWith("%") || line.startsWith("!") || MAGIC_ASSIGN.matcher(line).matches();
    }

    /** Runs one stretch of Python, padded so tracebacks give the cell's own line numbers. */
    private static boolean runPython(StringBuilder python, int firstLine, CellContext context, boolean last) {
        String source = "\n".repeat(firstLine) + python;
        python.setLength(0);
        if (source.isBlank()) return true;
        return execute(source, context, last);
    }

    /** Executes Python through the session; false if it raised. */
    static boolean execute(String source, CellContext context, boolean displayResult) {
        ErrorWatch watch = new ErrorWatch(context.sink());
        context.session().execute(new Cell(source, context.executionCount(), context.storeHistory(), displayResult), watch);
        return !watch.failed();
    }

    private static boolean invoke(Magic.Body magic, String args, String body, CellContext context) {
        try {
            magic.run(args, body, context);
            return true;
        } catch (UsageError e) {
            usageError(context, e.getMessage());
        } catch (PythonException e) {
            context.sink().error(e.error());
        }
        return false;
    }

    private static void usageError(CellContext context, String message) {
        context.sink().error(PythonError.of("UsageError", message));
    }

    /** Magic names for a {@code %} word before the cursor (code points), or empty to ask the session. */
    public Optional<Completion> complete(String code, int cursorPos) {
        String before = code.substring(0, code.offsetByCodePoints(0, cursorPos));
        Matcher m = MAGIC_NAME_AT_CURSOR.matcher(before);
        if (!m.find()) return Optional.empty();
        String word = m.group(1);
        boolean cellOnly = word.startsWith("%%");
        String prefix = word.substring(cellOnly ? 2 : 1);
        List<String> matches = new ArrayList<>();
        for (Magic magic : magics.values()) {
            if (!magic.name().startsWith(prefix)) continue;
            if (cellOnly ? magic.cell() : magic.line()) matches.add((cellOnly ? "%%" : "%") + magic.name());
            if (!cellOnly && magic.cell() && !magic.line()) matches.add("%%" + magic.name());
        }
        int start = cursorPos - word.codePointCount(0, word.length());
        return Optional.of(new Completion(matches, start, cursorPos));
    }

    /** Help for a magic named at the cursor, or empty to ask the session. */
    public Optional<Inspection> inspect(String code, int cursorPos) {
        int at = code.offsetByCodePoints(0, cursorPos);
        int start = at;
        while (start > 0 && (Character.isLetterOrDigit(code.charAt(start - 1)) || code.charAt(start - 1) == '_'
                || code.charAt(start - 1) == '%')) {
            start--;
        }
        int end = at;
        while (end < code.length() && (Character.isLetterOrDigit(code.charAt(end)) || code.charAt(end) == '_')) end++;
        String word = code.substring(start, end);
        if (!word.startsWith("%")) return Optional.empty();
        Magic magic = magics.get(word.replaceFirst("^%%?", ""));
        if (magic == null) return Optional.empty();
        return Optional.of(new Inspection(DisplayBundle.text("Docstring:\n" + magic.help())));
    }

    /** Magic cells judged without Python: a line magic is complete, a cell magic ends at a blank line. */
    public Optional<Completeness> isComplete(String code) {
        if (code.startsWith("%%")) {
            return Optional.of(code.endsWith("\n\n") ? Completeness.COMPLETE : Completeness.incomplete(""));
        }
        if (code.startsWith("%") && code.strip().indexOf('\n') < 0) return Optional.of(Completeness.COMPLETE);
        return Optional.empty();
    }
}
