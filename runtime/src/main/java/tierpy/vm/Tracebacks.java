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
import tierpy.objects.PyType;
import tierpy.objects.Suggestions;
import tierpy.parse.Mode;
import tierpy.parse.Parser;

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
        StringBuilder out = new StringBuilder();
        formatChain(exc, out, Collections.newSetFromMap(new IdentityHashMap<>()));
        return out.toString();
    }

    private static void formatChain(PyBaseException exc, StringBuilder out, Set<Object> seen) {
        seen.add(exc);
        if (exc.cause instanceof PyBaseException cause && !seen.contains(cause)) {
            formatChain(cause, out, seen);
            out.append(CAUSE);
        } else if (exc.context instanceof PyBaseException context && !exc.suppressContext && !seen.contains(context)) {
            formatChain(context, out, seen);
            out.append(CONTEXT);
        }
        if (exc.traceback instanceof PyTraceback) {
            out.append("Traceback (most recent call last):\n");
            formatStack(entries(exc.traceback), out);
        }
        out.append(exceptionOnly(exc));
    }

    /** format_exception_only: "Type: message" and the notes. */
    public static String exceptionOnly(PyBaseException exc) {
        PyType type = Py.type(exc);
        Object module = type.dict.get("__module__");
        String name = type.qualname;
        if (module instanceof String m && !m.equals("__main__") && !m.equals("builtins")) name = m + "." + name;
        String text;
        try {
            text = Abstract.str(exc);
        } catch (PyException e) {
            text = "<exception str() failed>";
        }
        text += suggestionHint(exc);
        StringBuilder out = new StringBuilder(name);
        if (!text.isEmpty()) out.append(": ").append(text);
        out.append('\n');
        Object notes = exc.getAttr("__notes__");
        if (notes instanceof tierpy.objects.PyList list) {
            for (int i = 0; i < list.size(); i++) {
                Object note = list.get(i);
                out.append(note instanceof String s ? s : Abstract.repr(note)).append('\n');
            }
        }
        return out.toString();
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
    private static void formatStack(List<PyTraceback> frames, StringBuilder out) {
        String lastFile = null, lastName = null;
        int lastLine = -2, count = 0;
        for (PyTraceback tb : frames) {
            CodeObject co = tb.frame.code.co;
            int line = tb.lineno();
            if (co.filename.equals(lastFile) && line == lastLine && co.name.equals(lastName)) {
                count++;
                if (count > RECURSIVE_CUTOFF) continue;
            } else {
                repeated(count, out);
                lastFile = co.filename;
                lastLine = line;
                lastName = co.name;
                count = 1;
            }
            formatFrame(tb, out);
        }
        repeated(count, out);
    }

    private static void repeated(int count, StringBuilder out) {
        if (count <= RECURSIVE_CUTOFF) return;
        int more = count - RECURSIVE_CUTOFF;
        out.append("  [Previous line repeated ").append(more).append(" more time").append(more > 1 ? "s" : "").append("]\n");
    }

    private static void formatFrame(PyTraceback tb, StringBuilder out) {
        PyCode code = tb.frame.code;
        CodeObject.Position pos = code.positionAt(tb.lasti);
        int lineno = pos.lineno();
        out.append("  File \"").append(code.co.filename).append("\", line ").append(lineno)
                .append(", in ").append(code.co.name).append('\n');
        String line = lineno > 0 ? SourceLines.line(code.co.filename, lineno) : null;
        if (line == null || line.isBlank()) return;
        String stripped = line.strip();
        out.append("    ").append(stripped).append('\n');
        if (pos.colOffset() < 0 || pos.endColOffset() < 0 || pos.endLineno() != lineno) return;
        int start = charOffset(line, pos.colOffset());
        int end = charOffset(line, pos.endColOffset());
        if (start >= end || end > line.length()) return;
        int indent = line.length() - line.stripLeading().length();
        String segment = line.substring(start, end);
        int[] anchors = anchors(segment);
        if (!showCarets(stripped, start - indent, end - indent, anchors != null)) return;
        StringBuilder carets = new StringBuilder("    ");
        carets.append(" ".repeat(start - indent));
        for (int i = 0; i < segment.length(); i++) {
            boolean primary = anchors == null || (i >= anchors[0] && i < anchors[1]);
            carets.append(primary ? '^' : '~');
        }
        out.append(carets).append('\n');
    }

    /** _byte_offset_to_character_offset: columns in positions count UTF-8 bytes. */
    static int charOffset(String line, int byteOffset) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        if (byteOffset >= bytes.length) return line.length() + (byteOffset - bytes.length);
        return new String(bytes, 0, byteOffset, StandardCharsets.UTF_8).length();
    }

    /** _should_show_carets for one line: not when the markers would underline the whole statement. */
    private static boolean showCarets(String line, int start, int end, boolean hasAnchors) {
        try {
            Mod mod = Parser.parse(line, "<traceback>", Mode.EXEC);
            if (mod instanceof Mod.Module m && !m.body().isEmpty()) {
                Expr value = switch (m.body().get(0)) {
                    case Stmt.Return r when r.value() instanceof Expr.Call c && c.func() instanceof Expr.Name -> c;
                    case Stmt.Assign a when a.value() instanceof Expr.Call c && c.func() instanceof Expr.Name -> c;
                    default -> null;
                };
                if (value instanceof Expr.Call c && c.lineno() == 1 && c.endLineno() == 1
                        && charOffset(line, c.colOffset()) == start && charOffset(line, c.endColOffset()) == end) {
                    return false;
                }
            }
        } catch (RuntimeException e) {
            // not a complete statement on its own: decide on the text alone
        }
        if (hasAnchors) return true;
        return !line.substring(0, start).isBlank() || !line.substring(end).isBlank();
    }

    /** _extract_caret_anchors_from_line_segment for a one-line segment: [primary start, primary end) or null. */
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
        return switch (stmt.value()) {
            case Expr.BinOp b -> {
                if (b.left().endLineno() != 2) yield null;
                int col = skip(segment, charOffset(segment, b.left().endColOffset()), c -> !Character.isWhitespace(c) && c != ')');
                if (col < 0) yield null;
                int right = col + 1;
                if (right < segment.length() && (b.right().lineno() - 2 > 0 || right < charOffset(segment, b.right().colOffset()))
                        && !Character.isWhitespace(segment.charAt(right)) && segment.charAt(right) != '\\'
                        && segment.charAt(right) != '#') {
                    right++;
                }
                yield new int[] {col, right};
            }
            case Expr.Subscript s -> bracket(segment, s.value(), s, '[');
            case Expr.Call c -> bracket(segment, c.func(), c, '(');
            default -> null;
        };
    }

    private static int[] bracket(String segment, Expr inner, Expr whole, char open) {
        if (inner.endLineno() != 2 || whole.endLineno() != 2) return null;
        int left = skip(segment, charOffset(segment, inner.endColOffset()), c -> c == open);
        if (left < 0) return null;
        return new int[] {left, charOffset(segment, whole.endColOffset())};
    }

    /** increment_until on one line: the first index at or after {@code col} satisfying {@code stop}, or -1. */
    private static int skip(String s, int col, IntPredicate stop) {
        for (int i = col; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '#' || c == '\\') return -1;
            if (stop.test(c)) return i;
        }
        return -1;
    }

    /** The frames of a traceback, outermost first (for sys.exc_info consumers and the kernel). */
    public static List<PyTraceback> entries(Object traceback) {
        List<PyTraceback> out = new ArrayList<>();
        for (Object tb = traceback; tb instanceof PyTraceback t; tb = t.next) out.add(t);
        return out;
    }
}
