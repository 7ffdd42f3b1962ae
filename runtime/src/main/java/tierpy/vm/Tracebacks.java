package tierpy.vm;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

import tierpy.ast.Expr;
import tierpy.ast.Mod;
import tierpy.ast.Stmt;
import tierpy.code.CodeObject;
import tierpy.objects.Abstract;
import tierpy.objects.Py;
import tierpy.objects.Exceptions;
import tierpy.objects.PyBaseException;
import tierpy.objects.PyException;
import tierpy.objects.PyTuple;
import tierpy.objects.PyType;
import tierpy.objects.Suggestions;
import tierpy.parse.Mode;
import tierpy.parse.Parser;
import tierpy.parse.PySyntaxError;
import tierpy.parse.SyntaxErrorFormatter;

/**
 * Mirrors Lib/traceback.py of 3.14: TracebackException.format with its chained sections,
 * StackSummary.format_frame_summary with the {@code ~~~^^^} position markers
 * (_extract_caret_anchors_from_line_segment, _should_show_carets).
 */
public final class Tracebacks {
    private Tracebacks() {}

    static final String CAUSE = "\nThe above exception was the direct cause of the following exception:\n\n";
    static final String CONTEXT = "\nDuring handling of the above exception, another exception occurred:\n\n";

    /** The text {@code sys.excepthook} prints for an uncaught exception, chained sections first. */
    public static String format(PyBaseException exc) {
        return format(exc, null, true);
    }

    /**
     * TracebackException(exc, limit=limit).format(chain=chain): at most {@code limit} frames of each
     * traceback (the last ones when negative, all when null), the chained exceptions when {@code chain}.
     */
    public static String format(PyBaseException exc, Integer limit, boolean chain) {
        StringBuilder out = new StringBuilder();
        PrintContext ctx = new PrintContext();
        ctx.limit = limit;
        format(chain ? Node.tree(exc) : Node.alone(exc), ctx, out);
        return out.toString();
    }

    /** traceback.py's TracebackException limits for exception groups. */
    private static final int MAX_GROUP_WIDTH = 15, MAX_GROUP_DEPTH = 10;

    /**
     * A TracebackException: the exception with the chained exceptions and group members that will
     * be shown. Built breadth-last with one "seen" set as TracebackException.__init__ does, so an
     * exception reachable twice is expanded where CPython expands it.
     */
    private static final class Node {
        final PyBaseException exc;
        Node cause, context;
        List<Node> members;

        private Node(PyBaseException exc, Set<Object> seen) {
            this.exc = exc;
            seen.add(exc);
        }

        /** The exception without its chain, as TracebackException.format(chain=False) shows it. */
        static Node alone(PyBaseException exc) {
            return new Node(exc, Collections.newSetFromMap(new IdentityHashMap<>()));
        }

        static Node tree(PyBaseException exc) {
            Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            Node root = new Node(exc, seen);
            List<Node> queue = new ArrayList<>(List.of(root));
            while (!queue.isEmpty()) {
                Node te = queue.remove(queue.size() - 1);
                PyBaseException e = te.exc;
                if (e.cause instanceof PyBaseException c && !seen.contains(c)) te.cause = new Node(c, seen);
                if (te.cause == null && !e.suppressContext && e.context instanceof PyBaseException c && !seen.contains(c)) {
                    te.context = new Node(c, seen);
                }
                if (Py.type(e).isSubtype(Exceptions.BaseExceptionGroup) && Abstract.getattr(e, "exceptions") instanceof PyTuple t) {
                    te.members = new ArrayList<>();
                    for (int i = 0; i < t.size(); i++) te.members.add(new Node((PyBaseException) t.get(i), seen));
                }
                if (te.cause != null) queue.add(te.cause);
                if (te.context != null) queue.add(te.context);
                if (te.members != null) queue.addAll(te.members);
            }
            return root;
        }
    }

    /** _ExceptionPrintContext: the nesting of exception-group boxes. */
    private static final class PrintContext {
        int depth;
        boolean needClose;
        Integer limit;

        String indent() {
            return " ".repeat(2 * depth);
        }

        /** emit: every line gets the indent and, inside a group, the margin character. */
        void emit(StringBuilder out, String text, char margin) {
            String prefix = depth > 0 ? indent() + margin + " " : indent();
            int start = 0;
            while (start < text.length()) {
                int nl = text.indexOf('\n', start);
                int end = nl < 0 ? text.length() : nl + 1;
                out.append(prefix).append(text, start, end);
                start = end;
            }
        }
    }

    /** TracebackException.format: the chain oldest first, exception groups as nested boxes. */
    private static void format(Node top, PrintContext ctx, StringBuilder out) {
        List<Node> chain = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        String message = null;
        for (Node te = top; te != null; ) {
            chain.add(te);
            messages.add(message);
            if (te.cause != null) {
                message = CAUSE;
                te = te.cause;
            } else if (te.context != null && !te.exc.suppressContext) {
                message = CONTEXT;
                te = te.context;
            } else {
                te = null;
            }
        }
        for (int k = chain.size() - 1; k >= 0; k--) {
            Node te = chain.get(k);
            PyBaseException exc = te.exc;
            if (k + 1 < chain.size()) ctx.emit(out, messages.get(k + 1), '|');
            if (te.members == null) {
                String stack = stack(exc, ctx.limit);
                if (!stack.isEmpty()) {
                    ctx.emit(out, "Traceback (most recent call last):\n", '|');
                    ctx.emit(out, stack, '|');
                }
                ctx.emit(out, exceptionOnly(exc), '|');
            } else if (ctx.depth > MAX_GROUP_DEPTH) {
                ctx.emit(out, "... (max_group_depth is " + MAX_GROUP_DEPTH + ")\n", '|');
            } else {
                formatGroup(te, ctx, out);
            }
        }
    }

    private static void formatGroup(Node te, PrintContext ctx, StringBuilder out) {
        PyBaseException exc = te.exc;
        List<Node> members = te.members;
        boolean topLevel = ctx.depth == 0;
        if (topLevel) ctx.depth++;
        String stack = stack(exc, ctx.limit);
        if (!stack.isEmpty()) {
            ctx.emit(out, "Exception Group Traceback (most recent call last):\n", topLevel ? '+' : '|');
            ctx.emit(out, stack, '|');
        }
        ctx.emit(out, exceptionOnly(exc), '|');
        int count = members.size();
        int shown = count <= MAX_GROUP_WIDTH ? count : MAX_GROUP_WIDTH + 1;
        ctx.needClose = false;
        for (int i = 0; i < shown; i++) {
            boolean last = i == shown - 1;
            if (last) ctx.needClose = true;
            boolean truncated = i >= MAX_GROUP_WIDTH;
            out.append(ctx.indent()).append(i == 0 ? "+-" : "  ").append("+---------------- ")
                    .append(truncated ? "..." : Integer.toString(i + 1)).append(" ----------------\n");
            ctx.depth++;
            if (!truncated) {
                format(members.get(i), ctx, out);
            } else {
                int remaining = count - MAX_GROUP_WIDTH;
                ctx.emit(out, "and " + remaining + " more exception" + (remaining > 1 ? "s" : "") + "\n", '|');
            }
            if (last && ctx.needClose) {
                out.append(ctx.indent()).append("+------------------------------------\n");
                ctx.needClose = false;
            }
            ctx.depth--;
        }
        if (topLevel) ctx.depth = 0;
    }

    private static String stack(PyBaseException exc, Integer limit) {
        List<FrameSummary> frames = new ArrayList<>();
        for (PyTraceback tb : entries(exc.traceback)) {
            CodeObject co = tb.frame.code.co;
            frames.add(new FrameSummary(co.filename, co.name, tb.frame.code.positionAt(tb.lasti), null));
        }
        if (limit != null) {
            int n = frames.size();
            frames = limit >= 0 ? frames.subList(0, Math.min(limit, n)) : frames.subList(Math.max(0, n + limit), n);
        }
        return formatStack(frames);
    }

    /**
     * A FrameSummary: where a frame was, its position's offsets in UTF-8 bytes (-1 when unknown), and
     * the source line when the summary was given one (null: read the lines from the file).
     */
    public record FrameSummary(String filename, String name, CodeObject.Position position, String line) {}

    /** format_exception_only: "Type: message" and the notes. */
    public static String exceptionOnly(PyBaseException exc) {
        PyType type = Py.type(exc);
        Object module = type.dict.get("__module__");
        String name = type.qualname;
        if (module instanceof String m && !m.equals("__main__") && !m.equals("builtins")) name = m + "." + name;
        StringBuilder out = new StringBuilder();
        if (type.isSubtype(Exceptions.SyntaxError)) {
            out.append(SyntaxErrorFormatter.format(syntaxError(exc, name)));
        } else {
            out.append(messageLine(exc, name));
        }
        Object notes = exc.getAttr("__notes__");
        if (notes instanceof tierpy.objects.PyList list) {
            for (int i = 0; i < list.size(); i++) {
                Object note = list.get(i);
                out.append(note instanceof String s ? s : Abstract.repr(note)).append('\n');
            }
        }
        return out.toString();
    }

    /** "Type: message" with the suggestion, or just "Type" when the message is empty. */
    private static String messageLine(PyBaseException exc, String name) {
        String text;
        try {
            text = Abstract.str(exc);
        } catch (PyException e) {
            text = "<exception str() failed>";
        }
        text += suggestionHint(exc);
        return text.isEmpty() ? name + "\n" : name + ": " + text + "\n";
    }

    /** A raised SyntaxError's fields as _format_syntax_error reads them (None lineno/offset as 0). */
    private static PySyntaxError syntaxError(PyBaseException exc, String name) {
        int lineno = intAttr(exc, "lineno", 0);
        int endLineno = intAttr(exc, "end_lineno", lineno == 0 ? 0 : -1);
        String msg = exc.getAttr("msg") instanceof Object m && m != Py.None ? Abstract.str(m) : null;
        String filename = exc.getAttr("filename") instanceof Object f && f != Py.None ? Abstract.str(f) : null;
        String text = exc.getAttr("text") instanceof String t ? t : null;
        return new PySyntaxError(name, msg, filename, lineno, intAttr(exc, "offset", 0), endLineno,
                intAttr(exc, "end_offset", 0), text);
    }

    private static int intAttr(PyBaseException exc, String attr, int none) {
        Object v = exc.getAttr(attr);
        return v == null || v == Py.None ? none : (int) Abstract.asIndex(v);
    }

    /** TracebackException.__init__: the "Did you mean" and "Did you forget to import" additions. */
    private static String suggestionHint(PyBaseException exc) {
        PyType type = Py.type(exc);
        boolean importError = type.isSubtype(Exceptions.ImportError);
        boolean nameError = type.isSubtype(Exceptions.NameError);
        if (!importError && !nameError && !type.isSubtype(Exceptions.AttributeError)) return "";
        if (!(exc.getAttr(importError ? "name_from" : "name") instanceof String wrong)) return "";
        String suggestion;
        try {
            suggestion = suggestion(exc, wrong, importError, nameError);
        } catch (PyException e) {
            suggestion = null;
        }
        String hint = suggestion == null ? "" : ". Did you mean: '" + suggestion + "'?";
        if (nameError && Imports.sysAttrOrNull("stdlib_module_names") instanceof Object names
                && Abstract.contains(names, wrong)) {
            hint += suggestion == null ? ". Did you forget to import '" + wrong + "'?"
                    : " Or did you forget to import '" + wrong + "'?";
        }
        return hint;
    }

    /** _compute_suggestion_error: the candidate names for the failed lookup, then the closest one. */
    private static String suggestion(PyBaseException exc, String wrong, boolean importError, boolean nameError) {
        List<String> names = new ArrayList<>();
        Frame last = null;
        for (PyTraceback tb : entries(exc.traceback)) last = tb.frame;
        if (nameError) {
            if (last == null) return null;
            Object locals = last.localsMapping();
            addStrings(names, locals);
            addStrings(names, last.globals);
            addStrings(names, last.builtins);
            Object self = Abstract.contains(locals, "self") ? Abstract.getitem(locals, "self") : null;
            if (self != null && Abstract.hasattr(self, wrong)) return "self." + wrong;
        } else {
            Object obj = importError ? Imports.importName(ThreadState.current().frame, (String) exc.getAttr("name"), Py.None, 0)
                    : exc.getAttr("obj");
            Object hook = Abstract.lookupSpecial(obj, "__dir__");
            if (hook == null) return null;
            addStrings(names, Abstract.callBound(hook, obj));
            Collections.sort(names);
            boolean hideUnderscored = !wrong.startsWith("_");
            if (hideUnderscored && !importError && last != null && isSelf(last.localsMapping(), obj)) {
                hideUnderscored = false;
            }
            if (hideUnderscored) names.removeIf(n -> n.startsWith("_"));
        }
        return Suggestions.closest(names, wrong);
    }

    private static boolean isSelf(Object locals, Object obj) {
        return Abstract.contains(locals, "self") && Abstract.getitem(locals, "self") == obj;
    }

    private static void addStrings(List<String> names, Object iterable) {
        Object it = Abstract.iter(iterable);
        for (Object x; (x = Abstract.next(it)) != null; ) if (x instanceof String s) names.add(s);
    }

    /** Frames repeated more than this many times in a row are summarized (traceback._RECURSIVE_CUTOFF). */
    static final int RECURSIVE_CUTOFF = 3;

    /** StackSummary.format: one entry per frame, long runs of the same frame and line summarized. */
    public static String formatStack(List<FrameSummary> frames) {
        StringBuilder out = new StringBuilder();
        String lastFile = null, lastName = null;
        int lastLine = -2, count = 0;
        for (FrameSummary frame : frames) {
            int line = frame.position().lineno();
            if (frame.filename().equals(lastFile) && line == lastLine && frame.name().equals(lastName)) {
                count++;
                if (count > RECURSIVE_CUTOFF) continue;
            } else {
                repeated(count, out);
                lastFile = frame.filename();
                lastLine = line;
                lastName = frame.name();
                count = 1;
            }
            formatFrame(frame, out);
        }
        repeated(count, out);
        return out.toString();
    }

    private static void repeated(int count, StringBuilder out) {
        if (count <= RECURSIVE_CUTOFF) return;
        int more = count - RECURSIVE_CUTOFF;
        out.append("  [Previous line repeated ").append(more).append(" more time").append(more > 1 ? "s" : "").append("]\n");
    }

    private static void formatFrame(FrameSummary frame, StringBuilder out) {
        CodeObject.Position pos = frame.position();
        int lineno = pos.lineno();
        String filename = frame.filename();
        out.append("  File \"").append(filename).append("\", line ").append(lineno)
                .append(", in ").append(frame.name()).append('\n');
        if (lineno <= 0) return;
        int endLineno = Math.max(pos.endLineno(), lineno);
        List<String> original = new ArrayList<>();
        if (frame.line() != null) {
            original.add(frame.line().stripTrailing());
        } else {
            for (int n = lineno; n <= endLineno; n++) {
                String line = SourceLines.line(filename, n);
                original.add(line == null ? "" : line.stripTrailing());
            }
        }
        if (original.get(0).isBlank() && original.stream().allMatch(String::isBlank)) return;
        if (pos.colOffset() < 0 || pos.endColOffset() < 0) {
            out.append("    ").append(original.get(0).strip()).append('\n');
            return;
        }
        List<String> lines = dedent(original);
        int start = charOffset(original.get(0), pos.colOffset());
        int end = charOffset(original.get(original.size() - 1), pos.endColOffset());
        int dedented = original.get(0).length() - lines.get(0).length();
        start = Math.max(0, start - dedented);
        end = Math.max(0, end - dedented);
        int last = lines.size() - 1;
        String joined = String.join("\n", lines);
        int segmentEnd = joined.length() - (lines.get(last).length() - end);
        String segment = start <= segmentEnd && segmentEnd <= joined.length() ? joined.substring(start, segmentEnd) : "";
        int[] anchors = anchors(segment);
        boolean showCarets = showCarets(start, end, lines, anchors != null);
        java.util.TreeSet<Integer> significant = new java.util.TreeSet<>(List.of(0, last));
        int leftEnd = 0, rightStart = 0;
        if (anchors != null) {
            leftEnd = anchors[1] + (anchors[0] == 0 ? start : 0);
            rightStart = anchors[3] + (anchors[2] == 0 ? start : 0);
            leftEnd = displayWidth(lines.get(anchors[0]), leftEnd);
            rightStart = displayWidth(lines.get(anchors[2]), rightStart);
            for (int d = -1; d <= 1; d++) {
                significant.add(anchors[0] + d);
                significant.add(anchors[2] + d);
            }
        }
        significant.remove(-1);
        significant.remove(lines.size());
        int startWidth = displayWidth(lines.get(0), start), endWidth = displayWidth(lines.get(last), end);
        List<String> result = new ArrayList<>();
        Integer previous = null;
        for (int n : significant) {
            if (previous != null) {
                int gap = n - previous;
                if (gap == 2) outputLine(result, lines, n - 1, showCarets, anchors, startWidth, endWidth, leftEnd, rightStart);
                else if (gap > 2) result.add("...<" + (gap - 1) + " lines>...");
            }
            outputLine(result, lines, n, showCarets, anchors, startWidth, endWidth, leftEnd, rightStart);
            previous = n;
        }
        for (String line : dedent(result)) out.append("    ").append(line).append('\n');
    }

    /** format_frame_summary's output_line: a source line, then its markers when they are shown. */
    private static void outputLine(List<String> result, List<String> lines, int n, boolean showCarets, int[] anchors,
                                   int startWidth, int endWidth, int leftEnd, int rightStart) {
        String line = lines.get(n);
        result.add(line);
        if (!showCarets) return;
        int spaces = line.length() - line.stripLeading().length();
        int count = n == lines.size() - 1 ? endWidth : displayWidth(line, line.length());
        StringBuilder carets = new StringBuilder();
        for (int col = 0; col < count; col++) {
            if (col < spaces || (n == 0 && col < startWidth)) {
                carets.append(' ');
            } else if (anchors != null && (n > anchors[0] || (n == anchors[0] && col >= leftEnd))
                    && (n < anchors[2] || (n == anchors[2] && col < rightStart))) {
                carets.append('^');
            } else {
                carets.append(anchors != null ? '~' : '^');
            }
        }
        result.add(carets.toString());
    }

    /** textwrap.dedent: the common leading whitespace of the non-blank lines removed; blank lines emptied. */
    static List<String> dedent(List<String> lines) {
        String margin = null;
        for (String line : lines) {
            if (line.isBlank()) continue;
            String indent = line.substring(0, line.length() - line.stripLeading().length());
            if (margin == null || indent.startsWith(margin)) {
                if (margin == null) margin = indent;
            } else if (margin.startsWith(indent)) {
                margin = indent;
            } else {
                int k = 0;
                while (k < margin.length() && k < indent.length() && margin.charAt(k) == indent.charAt(k)) k++;
                margin = margin.substring(0, k);
            }
        }
        List<String> out = new ArrayList<>();
        for (String line : lines) out.add(line.isBlank() ? "" : line.substring(margin == null ? 0 : margin.length()));
        return out;
    }

    /** _display_width: East Asian wide and full-width characters take two columns. */
    private static int displayWidth(String line, int offset) {
        int width = 0;
        for (int i = 0; i < Math.min(offset, line.length()); ) {
            int c = line.codePointAt(i);
            width += wide(c) ? 2 : 1;
            i += Character.charCount(c);
        }
        return width + Math.max(0, offset - line.length());
    }

    private static boolean wide(int c) {
        return c >= 0x1100 && (c <= 0x115F || (c >= 0x2E80 && c <= 0xA4CF && c != 0x303F) || (c >= 0xAC00 && c <= 0xD7A3)
                || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
                || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F) || (c >= 0x1F900 && c <= 0x1F9FF)
                || (c >= 0x20000 && c <= 0x3FFFD));
    }

    /** _byte_offset_to_character_offset: columns in positions count UTF-8 bytes. */
    static int charOffset(String line, int byteOffset) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        if (byteOffset >= bytes.length) return line.length() + (byteOffset - bytes.length);
        return new String(bytes, 0, byteOffset, StandardCharsets.UTF_8).length();
    }

    /** _should_show_carets: not when the markers would underline the whole statement. */
    private static boolean showCarets(int start, int end, List<String> lines, boolean hasAnchors) {
        try {
            Mod mod = Parser.parse(String.join("\n", lines), "<traceback>", Mode.EXEC);
            if (mod instanceof Mod.Module m && !m.body().isEmpty()) {
                Expr value = switch (m.body().get(0)) {
                    case Stmt.Return r when r.value() instanceof Expr.Call c && c.func() instanceof Expr.Name -> c;
                    case Stmt.Assign a when a.value() instanceof Expr.Call c && c.func() instanceof Expr.Name
                            && a.targets().size() == 1 && a.targets().get(0) instanceof Expr.Name -> c;
                    default -> null;
                };
                if (value instanceof Expr.Call c && c.lineno() == 1 && c.endLineno() == lines.size()
                        && c.colOffset() == start && c.endColOffset() == end) {
                    return false;
                }
            }
        } catch (RuntimeException e) {
            // not a complete statement on its own: decide on the text alone
        }
        if (hasAnchors) return true;
        String first = lines.get(0), lastLine = lines.get(lines.size() - 1);
        return !first.substring(0, Math.min(start, first.length())).isBlank()
                || !lastLine.substring(Math.min(end, lastLine.length())).isBlank();
    }

    /**
     * _extract_caret_anchors_from_line_segment: {left line, left column, right line, right column}
     * of the operator or brackets in a (possibly multi-line) segment, or null.
     */
    static int[] anchors(String segment) {
        Mod mod;
        try {
            mod = Parser.parse("(\n" + segment + "\n)", "<traceback>", Mode.EXEC);
        } catch (RuntimeException e) {
            return null;
        }
        if (!(mod instanceof Mod.Module m) || m.body().size() != 1 || !(m.body().get(0) instanceof Stmt.Expr stmt)) {
            return null;
        }
        List<String> lines = segment.lines().toList();
        try {
            return switch (stmt.value()) {
                case Expr.BinOp b -> {
                    int[] at = endOf(lines, b.left(), true);
                    at = increment(lines, at, c -> !Character.isWhitespace(c) && c != ')');
                    int right = at[1] + 1;
                    String line = lines.get(at[0]);
                    if (right < line.length() && (b.right().lineno() - 2 > at[0]
                            || right < charOffset(lines.get(b.right().lineno() - 2), b.right().colOffset()))
                            && !Character.isWhitespace(line.charAt(right)) && line.charAt(right) != '\\'
                            && line.charAt(right) != '#') {
                        right++;
                    }
                    yield new int[] {at[0], at[1], at[0], right};
                }
                case Expr.Subscript sub -> brackets(lines, sub.value(), sub, '[');
                case Expr.Call call -> brackets(lines, call.func(), call, '(');
                default -> null;
            };
        } catch (IndexOutOfBoundsException e) {
            return null;
        }
    }

    private static int[] brackets(List<String> lines, Expr inner, Expr whole, char open) {
        int[] left = increment(lines, endOf(lines, inner, true), c -> c == open);
        int[] right = endOf(lines, whole, false);
        return new int[] {left[0], left[1], right[0], right[1]};
    }

    /** setup_positions: the end of {@code e} in segment coordinates (the parse added one line in front). */
    private static int[] endOf(List<String> lines, Expr e, boolean forceValid) {
        int line = e.endLineno() - 2;
        int col = charOffset(lines.get(line), e.endColOffset());
        return forceValid ? nextValid(lines, line, col) : new int[] {line, col};
    }

    /** next_valid_char: moves past line ends (and empty lines) to a real character. */
    private static int[] nextValid(List<String> lines, int line, int col) {
        while (line < lines.size() && col >= lines.get(line).length()) {
            col = 0;
            line++;
        }
        if (line >= lines.size()) throw new IndexOutOfBoundsException();
        return new int[] {line, col};
    }

    /** increment_until: the next character satisfying {@code stop}, skipping comments and continuation lines. */
    private static int[] increment(List<String> lines, int[] at, IntPredicate stop) {
        int line = at[0], col = at[1];
        while (true) {
            char c = lines.get(line).charAt(col);
            if (c == '\\' || c == '#') {
                int[] next = nextValid(lines, line + 1, 0);
                line = next[0];
                col = next[1];
            } else if (!stop.test(c)) {
                int[] next = nextValid(lines, line, col + 1);
                line = next[0];
                col = next[1];
            } else {
                return new int[] {line, col};
            }
        }
    }

    /** The frames of a traceback, outermost first (for sys.exc_info consumers and the kernel). */
    public static List<PyTraceback> entries(Object traceback) {
        List<PyTraceback> out = new ArrayList<>();
        for (Object tb = traceback; tb instanceof PyTraceback t; tb = t.next) out.add(t);
        return out;
    }
}
