package tierpy.modules.re;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import tierpy.modules.re.Node.Cat;
import tierpy.modules.re.Node.Range;
import tierpy.modules.re.Node.Seq;
import tierpy.modules.re.Node.SetItem;

/**
 * Mirrors Lib/re/_compiler.py's role (compile the parsed tree for the matcher), but the target is a
 * java.util.regex pattern, not sre code: every construct is spelled out so Python's semantics hold
 * whatever Java's defaults. {@code .} is {@code [^\n]}; {@code ^ $} are lookarounds on '\n' (Python's
 * {@code $} also matches before a final newline); {@code \b \w \d \s} use Python's Unicode (or ASCII)
 * sets; capturing groups keep Python's numbering except for the empty "marker" groups added after a
 * group that a conditional {@code (?(g)yes|no)} tests, since Java has no conditionals.
 */
final class Translator {
    /** Python's \s for str patterns: Py_UNICODE_ISSPACE. */
    private static final String UNICODE_SPACE = "\\t\\n\\x{b}\\f\\r\\x{1c}-\\x{20}\\x{85}\\x{a0}\\x{1680}\\x{2000}-\\x{200a}"
            + "\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{3000}";
    private static final String ASCII_SPACE = "\\t\\n\\x{b}\\f\\r ";
    private static final String UNICODE_WORD = "\\p{L}\\p{N}_", ASCII_WORD = "a-zA-Z0-9_";

    /**
     * Case-insensitive twins sre knows (Lib/re/_casefix.py) that Java's comparison of upper and
     * lower cases misses: they share a case folding only.
     */
    private static final Map<Integer, Integer> EXTRA_CASES = Map.of(0xdf, 0x1e9e, 0x1e9e, 0xdf, 0x390, 0x1fd3,
            0x1fd3, 0x390, 0x3b0, 0x1fe3, 0x1fe3, 0x3b0, 0xfb05, 0xfb06, 0xfb06, 0xfb05);

    private final StringBuilder out = new StringBuilder();
    private final boolean isText;
    private final Parser.Parsed parsed;
    private int lookbehinds;
    private final int[] javaGroup;
    private final int[] markerGroup;
    private final int[] lastInner;
    private int javaGroups, pythonGroups;

    private Translator(Parser.Parsed parsed, boolean isText) {
        this.isText = isText;
        this.parsed = parsed;
        javaGroup = new int[parsed.groups() + 1];
        markerGroup = new int[parsed.groups() + 1];
        lastInner = new int[parsed.groups() + 1];
        Set<Integer> tested = new HashSet<>();
        collectConditionals(parsed.tree(), tested);
        number(parsed.tree(), tested);
    }

    /**
     * The translation, the Java group number of each Python group (index 0 is the match) and the
     * last group nested in each one (to tell which group closed last, for Match.lastindex).
     */
    record Result(String regex, int[] javaGroup, int[] lastInner) {}

    static Result translate(Parser.Parsed parsed, boolean isText) {
        Translator t = new Translator(parsed, isText);
        t.out.append(caseFlags(parsed.flags(), isText).isEmpty() ? "" : "(?" + caseFlags(parsed.flags(), isText) + ")");
        t.seq(parsed.tree(), parsed.flags());
        // java.util.regex steps look-behinds back by code points only if the pattern text holds a
        // supplementary character (Pattern.hasSupplementary): this never-matched one sets it
        if (t.out.indexOf("(?<") >= 0) t.out.append("(?:\uD800\uDC00){0}");
        return new Result(t.out.toString(), t.javaGroup, t.lastInner);
    }

    private static String caseFlags(int flags, boolean isText) {
        if ((flags & Parser.IGNORECASE) == 0) return "";
        return isText && (flags & Parser.ASCII) == 0 ? "iu" : "i";
    }

    private static void collectConditionals(Node n, Set<Integer> tested) {
        switch (n) {
            case Seq s -> s.items().forEach(i -> collectConditionals(i, tested));
            case Node.Group g -> collectConditionals(g.body(), tested);
            case Node.Atomic a -> collectConditionals(a.body(), tested);
            case Node.Look l -> collectConditionals(l.body(), tested);
            case Node.Repeat r -> collectConditionals(r.body(), tested);
            case Node.Branch b -> b.alternatives().forEach(a -> collectConditionals(a, tested));
            case Node.Conditional c -> {
                tested.add(c.group());
                collectConditionals(c.yes(), tested);
                if (c.no() != null) collectConditionals(c.no(), tested);
            }
            default -> {}
        }
    }

    /** Java numbers groups by their '(' in order; a marker's '(' comes after its group's body. */
    private void number(Node n, Set<Integer> tested) {
        switch (n) {
            case Seq s -> s.items().forEach(i -> number(i, tested));
            case Node.Group g -> {
                if (g.index() > 0) javaGroup[g.index()] = ++javaGroups;
                pythonGroups = Math.max(pythonGroups, g.index());
                number(g.body(), tested);
                if (g.index() > 0) lastInner[g.index()] = pythonGroups;
                if (g.index() > 0 && tested.contains(g.index())) markerGroup[g.index()] = ++javaGroups;
            }
            case Node.Atomic a -> number(a.body(), tested);
            case Node.Look l -> number(l.body(), tested);
            case Node.Repeat r -> number(r.body(), tested);
            case Node.Branch b -> b.alternatives().forEach(a -> number(a, tested));
            case Node.Conditional c -> {
                number(c.yes(), tested);
                if (c.no() != null) number(c.no(), tested);
            }
            default -> {}
        }
    }

    private void seq(Seq s, int flags) {
        for (Node n : s.items()) node(n, flags);
    }

    private void node(Node n, int flags) {
        boolean ascii = !isText || (flags & Parser.ASCII) != 0;
        switch (n) {
            case Node.Literal l -> {
                Integer twin = caseFlags(flags, isText).equals("iu") ? EXTRA_CASES.get(l.cp()) : null;
                if (twin == null) {
                    literal(l.cp());
                } else {
                    out.append('[');
                    literal(l.cp());
                    literal(twin);
                    out.append(']');
                }
            }
            case Node.Any a -> out.append((flags & Parser.DOTALL) != 0 ? "[\\x{0}-\\x{10ffff}]" : "[^\\n]");
            case Node.In in -> {
                out.append(in.negate() ? "[^" : "[");
                boolean twins = caseFlags(flags, isText).equals("iu");
                for (SetItem item : in.items()) setItem(item, ascii, twins);
                out.append(']');
            }
            case Node.At at -> out.append(switch (at.kind()) {
                case BEGINNING -> (flags & Parser.MULTILINE) != 0 ? "(?<![^\\n])" : "\\A";
                case END -> (flags & Parser.MULTILINE) != 0 ? "(?=\\n|\\z)" : "(?=\\n?\\z)";
                case BEGINNING_STRING -> "\\A";
                case END_STRING -> "\\z";
                case BOUNDARY -> boundary(ascii, true);
                case NON_BOUNDARY -> boundary(ascii, false);
            });
            case Node.Group g -> {
                if (g.index() > 0) {
                    out.append('(');
                    seq(g.body(), flags);
                    if (markerGroup[g.index()] > 0) out.append("()");
                    out.append(')');
                } else {
                    int inner = (flags | g.addFlags()) & ~g.delFlags();
                    String was = caseFlags(flags, isText), now = caseFlags(inner, isText);
                    out.append("(?");
                    if (!was.equals(now)) out.append(now.isEmpty() ? "-iu" : now.equals("i") ? "i-u" : now);
                    out.append(':');
                    seq(g.body(), inner);
                    out.append(')');
                }
            }
            case Node.Atomic a -> {
                out.append("(?>");
                seq(a.body(), flags);
                out.append(')');
            }
            case Node.Look l -> {
                out.append(l.behind() ? "(?<" : "(?").append(l.negate() ? '!' : '=');
                if (l.behind()) lookbehinds++;
                seq(l.body(), flags);
                if (l.behind()) lookbehinds--;
                out.append(')');
            }
            case Node.Repeat r -> {
                out.append("(?:");
                seq(r.body(), flags);
                out.append(')');
                quantifier(r);
            }
            case Node.Branch b -> {
                out.append("(?:");
                for (int i = 0; i < b.alternatives().size(); i++) {
                    if (i > 0) out.append('|');
                    seq(b.alternatives().get(i), flags);
                }
                out.append(')');
            }
            case Node.GroupRef g -> {
                if (lookbehinds > 0) {
                    // Java needs a bounded look-behind: compare ahead, then step over the group's fixed width
                    out.append("(?:(?=\\").append(javaGroup[g.group()]).append(")[\\x{0}-\\x{10ffff}]{")
                            .append(parsed.groupWidths().get(g.group())[0]).append("})");
                } else {
                    out.append("(?:\\").append(javaGroup[g.group()]).append(')');
                }
            }
            case Node.Conditional c -> {
                // the marker group is set (to "") exactly when the group has matched
                int marker = markerGroup[c.group()];
                out.append("(?:(?=\\").append(marker).append(")(?:");
                seq(c.yes(), flags);
                out.append(")|(?!\\").append(marker).append(")(?:");
                if (c.no() != null) seq(c.no(), flags);
                out.append("))");
            }
            case Seq s -> seq(s, flags);
        }
    }

    private void quantifier(Node.Repeat r) {
        long max = r.max() >= Integer.MAX_VALUE ? Node.MAXREPEAT : r.max();
        if (r.min() == 0 && max == 1) out.append('?');
        else if (r.min() == 0 && max == Node.MAXREPEAT) out.append('*');
        else if (r.min() == 1 && max == Node.MAXREPEAT) out.append('+');
        else if (max == Node.MAXREPEAT) out.append('{').append(Math.min(r.min(), Integer.MAX_VALUE - 1)).append(",}");
        else if (r.min() == max) out.append('{').append(max).append('}');
        else out.append('{').append(r.min()).append(',').append(max).append('}');
        switch (r.greed()) {
            case LAZY -> out.append('?');
            case POSSESSIVE -> out.append('+');
            case GREEDY -> {}
        }
    }

    private String boundary(boolean ascii, boolean at) {
        String w = "[" + (ascii ? ASCII_WORD : UNICODE_WORD) + "]";
        return at ? "(?:(?<=" + w + ")(?!" + w + ")|(?<!" + w + ")(?=" + w + "))"
                  : "(?:(?<=" + w + ")(?=" + w + ")|(?<!" + w + ")(?!" + w + "))";
    }

    private void literal(int cp) {
        if (cp < 128 && Character.isLetterOrDigit(cp)) out.append((char) cp);
        else out.append("\\x{").append(Integer.toHexString(cp)).append('}');
    }

    private void setItem(SetItem item, boolean ascii, boolean twins) {
        switch (item) {
            case Range r -> {
                literal(r.lo());
                if (r.hi() != r.lo()) {
                    out.append('-');
                    literal(r.hi());
                } else if (twins && EXTRA_CASES.containsKey(r.lo())) {
                    literal(EXTRA_CASES.get(r.lo()));
                }
            }
            case Cat c -> out.append(switch (c.category()) {
                case DIGIT -> ascii ? "0-9" : "\\p{Nd}";
                case NOT_DIGIT -> ascii ? "[^0-9]" : "\\P{Nd}";
                case WORD -> ascii ? ASCII_WORD : UNICODE_WORD;
                case NOT_WORD -> "[^" + (ascii ? ASCII_WORD : UNICODE_WORD) + "]";
                case SPACE -> ascii ? ASCII_SPACE : UNICODE_SPACE;
                case NOT_SPACE -> "[^" + (ascii ? ASCII_SPACE : UNICODE_SPACE) + "]";
            });
        }
    }
}
