package tierpy.modules.re;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import tierpy.modules.re.Node.At;
import tierpy.modules.re.Node.AtKind;
import tierpy.modules.re.Node.Cat;
import tierpy.modules.re.Node.Category;
import tierpy.modules.re.Node.Greed;
import tierpy.modules.re.Node.Range;
import tierpy.modules.re.Node.Seq;
import tierpy.modules.re.Node.SetItem;

/**
 * Mirrors Lib/re/_parser.py: the Tokenizer, _parse_sub/_parse with _escape/_class_escape and
 * _parse_flags, fix_flags and parse_template, with the same error messages and positions
 * (positions count code points; a bytes pattern arrives decoded as latin-1).
 */
public final class Parser {
    public static final int TEMPLATE = 1, IGNORECASE = 2, LOCALE = 4, MULTILINE = 8, DOTALL = 16, UNICODE = 32,
            VERBOSE = 64, DEBUG = 128, ASCII = 256;
    private static final int TYPE_FLAGS = ASCII | LOCALE | UNICODE, GLOBAL_FLAGS = DEBUG | TEMPLATE;
    static final int MAXGROUPS = Integer.MAX_VALUE / 2;

    /** Which Python exception an {@link Error} is: re.error, or the few plain ones _parser raises. */
    public enum Kind { PATTERN, VALUE, OVERFLOW, INDEX }

    /** An error of parse or parse_template: re.error(msg, pattern, pos) (pos -1: none) unless kind says otherwise. */
    public static final class Error extends RuntimeException {
        public final Kind kind;
        public final int pos;

        Error(String msg, int pos) {
            this(Kind.PATTERN, msg, pos);
        }

        Error(Kind kind, String msg, int pos) {
            super(msg, null, false, false);
            this.kind = kind;
            this.pos = pos;
        }
    }

    /**
     * What re.compile needs besides the tree: the final flags, the group count and names, and each
     * group's {min, max} width.
     */
    public record Parsed(Seq tree, int flags, int groups, Map<String, Integer> groupIndex, List<long[]> groupWidths) {}

    private final int[] src;
    private final boolean isText;
    private int index;
    private String next;
    private int nextLen;

    private int flags;
    private final Map<String, Integer> groupDict = new LinkedHashMap<>();
    private final List<long[]> groupWidths = new ArrayList<>();
    private Integer lookbehindGroups;
    private final Map<Integer, Integer> groupRefPos = new HashMap<>();
    /** Set by parseParen after {@code (?x)}-style flags, which may turn verbose mode on at once. */
    private boolean globalFlagsRead;

    private Parser(String pattern, boolean isText) {
        this.src = pattern.codePoints().toArray();
        this.isText = isText;
        groupWidths.add(null);
        advance();
    }

    /** _parser.parse: the tree of {@code pattern}; throws {@link Error} or OverflowError-worthy errors. */
    public static Parsed parse(String pattern, int flags, boolean isText) {
        Parser p = new Parser(pattern, isText);
        p.flags = flags;
        Seq tree = p.parseSub((flags & VERBOSE) != 0, 0);
        int fixed = fixFlags(isText, p.flags);
        if (p.next != null) throw p.error("unbalanced parenthesis", 0);
        for (var e : p.groupRefPos.entrySet()) {
            if (e.getKey() >= p.groups()) throw new Error("invalid group reference " + e.getKey(), e.getValue());
        }
        return new Parsed(tree, fixed, p.groups() - 1, p.groupDict, p.groupWidths);
    }

    /** fix_flags: flags that do not fit the pattern's type are a ValueError. */
    static int fixFlags(boolean isText, int flags) {
        if (isText) {
            if ((flags & LOCALE) != 0) throw new Error(Kind.VALUE, "cannot use LOCALE flag with a str pattern", -1);
            if ((flags & ASCII) == 0) return flags | UNICODE;
            if ((flags & UNICODE) != 0) throw new Error(Kind.VALUE, "ASCII and UNICODE flags are incompatible", -1);
        } else {
            if ((flags & UNICODE) != 0) throw new Error(Kind.VALUE, "cannot use UNICODE flag with a bytes pattern", -1);
            if ((flags & LOCALE) != 0 && (flags & ASCII) != 0) throw new Error(Kind.VALUE, "ASCII and LOCALE flags are incompatible", -1);
        }
        return flags;
    }

    // ------------------------------------------------------------------ Tokenizer

    private void advance() {
        int i = index;
        if (i >= src.length) {
            next = null;
            nextLen = 0;
            return;
        }
        int c = src[i];
        if (c == '\\') {
            i++;
            if (i >= src.length) throw new Error("bad escape (end of pattern)", src.length - 1);
            next = "\\" + Character.toString(src[i]);
            nextLen = 2;
        } else {
            next = Character.toString(c);
            nextLen = 1;
        }
        index = i + 1;
    }

    private boolean match(String s) {
        if (s.equals(next)) {
            advance();
            return true;
        }
        return false;
    }

    private String get() {
        String t = next;
        advance();
        return t;
    }

    private boolean nextIn(String chars) {
        return next != null && nextLen == 1 && chars.indexOf(next) >= 0;
    }

    private String getWhile(int n, String chars) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < n && nextIn(chars); k++) sb.append(get());
        return sb.toString();
    }

    private String getUntil(String terminator, String name) {
        StringBuilder sb = new StringBuilder();
        while (true) {
            String c = next;
            advance();
            if (c == null) {
                if (sb.isEmpty()) throw error("missing " + name, 0);
                throw error("missing " + terminator + ", unterminated name", sb.codePointCount(0, sb.length()));
            }
            if (c.equals(terminator)) {
                if (sb.isEmpty()) throw error("missing " + name, 1);
                return sb.toString();
            }
            sb.append(c);
        }
    }

    private int tell() {
        return index - nextLen;
    }

    private void seek(int i) {
        index = i;
        advance();
    }

    private Error error(String msg, int offset) {
        return new Error(isText ? msg : asciiBackslashReplace(msg), tell() - offset);
    }

    private static String asciiBackslashReplace(String s) {
        StringBuilder sb = new StringBuilder();
        for (char ch : s.toCharArray()) {
            if (ch < 0x80) sb.append(ch);
            else sb.append(String.format("\\x%02x", (int) ch));
        }
        return sb.toString();
    }

    private void checkGroupName(String name, int offset) {
        if (!isIdentifier(name)) throw error("bad character in group name " + pyRepr(name), len(name) + offset);
    }

    static boolean isIdentifier(String s) {
        if (s.isEmpty()) return false;
        int first = s.codePointAt(0);
        if (!(first == '_' || Character.isUnicodeIdentifierStart(first))) return false;
        return s.codePoints().skip(1).allMatch(c -> c == '_' || Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c));
    }

    static int len(String s) {
        return s.codePointCount(0, s.length());
    }

    /** repr() of a str, enough for names in messages. */
    static String pyRepr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder().append(quote);
        s.codePoints().forEach(c -> {
            if (c == quote || c == '\\') sb.append('\\').appendCodePoint(c);
            else if (c == '\n') sb.append("\\n");
            else if (c == '\t') sb.append("\\t");
            else if (c == '\r') sb.append("\\r");
            else if (c < 0x20 || c == 0x7f) sb.append(String.format("\\x%02x", c));
            else sb.appendCodePoint(c);
        });
        return sb.append(quote).toString();
    }

    // ------------------------------------------------------------------ State

    private int groups() {
        return groupWidths.size();
    }

    private int openGroup(String name) {
        int gid = groups();
        groupWidths.add(null);
        if (groups() > MAXGROUPS) throw new Error("too many groups", -1);
        if (name != null) {
            Integer old = groupDict.get(name);
            if (old != null) {
                throw error("redefinition of group name " + pyRepr(name) + " as group " + gid + "; was group " + old,
                        len(name) + 1);
            }
            groupDict.put(name, gid);
        }
        return gid;
    }

    private boolean checkGroup(int gid) {
        return gid < groups() && groupWidths.get(gid) != null;
    }

    private void checkLookbehindGroup(int gid) {
        if (lookbehindGroups == null) return;
        if (!checkGroup(gid)) throw error("cannot refer to an open group", 0);
        if (gid >= lookbehindGroups) throw error("cannot refer to group defined in the same lookbehind subpattern", 0);
    }

    // ------------------------------------------------------------------ escapes

    private static final String DIGITS = "0123456789", OCTDIGITS = "01234567", HEXDIGITS = "0123456789abcdefABCDEF";

    private static int simpleEscape(char c) {
        return switch (c) {
            case 'a' -> 7;
            case 'b' -> 8;
            case 'f' -> 12;
            case 'n' -> 10;
            case 'r' -> 13;
            case 't' -> 9;
            case 'v' -> 11;
            case '\\' -> '\\';
            default -> -1;
        };
    }

    private static Category category(char c) {
        return switch (c) {
            case 'd' -> Category.DIGIT;
            case 'D' -> Category.NOT_DIGIT;
            case 's' -> Category.SPACE;
            case 'S' -> Category.NOT_SPACE;
            case 'w' -> Category.WORD;
            case 'W' -> Category.NOT_WORD;
            default -> null;
        };
    }

    private static boolean isAsciiLetter(int c) {
        return c < 128 && Character.isLetter(c);
    }

    /** The hex, unicode and named escapes common to _escape and _class_escape; -1 when not one of them. */
    private int codeEscape(String escape) {
        char c = escape.charAt(1);
        int width = c == 'x' ? 2 : c == 'u' && isText ? 4 : c == 'U' && isText ? 8 : 0;
        if (width > 0) {
            String digits = getWhile(width, HEXDIGITS);
            String full = escape + digits;
            if (digits.length() != width) throw error("incomplete escape " + full, len(full));
            long v = Long.parseLong(digits, 16);
            if (v > 0x10FFFF) throw error("bad escape " + full, len(full));
            return (int) v;
        }
        if (c == 'N' && isText) {
            if (!match("{")) throw error("missing {", 0);
            String name = getUntil("}", "character name");
            try {
                return Character.codePointOf(name);
            } catch (IllegalArgumentException e) {
                throw error("undefined character name " + pyRepr(name), len(name) + 4);
            }
        }
        return -1;
    }

    private SetItem classEscape(String escape) {
        char c = escape.charAt(1);
        int simple = simpleEscape(c);
        if (simple >= 0) return new Range(simple, simple);
        Category cat = category(c);
        if (cat != null) return new Cat(cat);
        int code = codeEscape(escape);
        if (code >= 0) return new Range(code, code);
        if (OCTDIGITS.indexOf(c) >= 0) {
            String full = escape + getWhile(2, OCTDIGITS);
            int v = Integer.parseInt(full.substring(1), 8);
            if (v > 0377) throw error("octal escape value " + full + " outside of range 0-0o377", len(full));
            return new Range(v, v);
        }
        if (DIGITS.indexOf(c) >= 0 || isAsciiLetter(escape.codePointAt(1))) throw error("bad escape " + escape, len(escape));
        int cp = escape.codePointAt(1);
        return new Range(cp, cp);
    }

    private Node escape(String escape) {
        char c = escape.charAt(1);
        switch (c) {
            case 'A': return new At(AtKind.BEGINNING_STRING);
            case 'Z', 'z': return new At(AtKind.END_STRING); // \z since 3.14
            case 'b': return new At(AtKind.BOUNDARY);
            case 'B': return new At(AtKind.NON_BOUNDARY);
            default: break;
        }
        Category cat = category(c);
        if (cat != null) return new Node.In(List.of(new Cat(cat)), false);
        int simple = simpleEscape(c);
        if (simple >= 0) return new Node.Literal(simple);
        int code = codeEscape(escape);
        if (code >= 0) return new Node.Literal(code);
        if (c == '0') {
            String full = escape + getWhile(2, OCTDIGITS);
            return new Node.Literal(Integer.parseInt(full.substring(1), 8));
        }
        if (DIGITS.indexOf(c) >= 0) {
            String full = escape;
            if (nextIn(DIGITS)) {
                full += get();
                if (OCTDIGITS.indexOf(full.charAt(1)) >= 0 && OCTDIGITS.indexOf(full.charAt(2)) >= 0 && nextIn(OCTDIGITS)) {
                    full += get();
                    int v = Integer.parseInt(full.substring(1), 8);
                    if (v > 0377) throw error("octal escape value " + full + " outside of range 0-0o377", len(full));
                    return new Node.Literal(v);
                }
            }
            int group = Integer.parseInt(full.substring(1));
            if (group < groups()) {
                if (!checkGroup(group)) throw error("cannot refer to an open group", len(full));
                checkLookbehindGroup(group);
                return new Node.GroupRef(group);
            }
            throw error("invalid group reference " + group, len(full) - 1);
        }
        if (isAsciiLetter(escape.codePointAt(1))) throw error("bad escape " + escape, len(escape));
        return new Node.Literal(escape.codePointAt(1));
    }

    // ------------------------------------------------------------------ _parse_sub / _parse

    private Seq parseSub(boolean verbose, int nested) {
        List<Seq> items = new ArrayList<>();
        while (true) {
            items.add(parseSeq(verbose, nested + 1, nested == 0 && items.isEmpty()));
            if (!match("|")) break;
            if (nested == 0) verbose = (flags & VERBOSE) != 0;
        }
        if (items.size() == 1) return items.get(0);
        // a branch of single characters is a set, as in _parse_sub ([ab] runs without backtracking)
        List<SetItem> set = new ArrayList<>();
        for (Seq item : items) {
            if (item.items().size() != 1) return new Seq(List.of(new Node.Branch(items)));
            switch (item.items().get(0)) {
                case Node.Literal l -> set.add(new Range(l.cp(), l.cp()));
                case Node.In in when !in.negate() -> set.addAll(in.items());
                default -> {
                    return new Seq(List.of(new Node.Branch(items)));
                }
            }
        }
        return new Seq(List.of(new Node.In(new ArrayList<>(new LinkedHashSet<>(set)), false)));
    }

    private static final String SPECIAL = ".\\[{()*+?^$|", REPEAT_CHARS = "*+?{", WHITESPACE = " \t\n\r\u000b\f";

    private Seq parseSeq(boolean verbose, int nested, boolean first) {
        List<Node> seq = new ArrayList<>();
        while (true) {
            String tok = next;
            if (tok == null || tok.equals("|") || tok.equals(")")) break;
            advance();
            if (verbose) {
                if (tok.length() == 1 && WHITESPACE.indexOf(tok) >= 0) continue;
                if (tok.equals("#")) {
                    while (true) {
                        String t = get();
                        if (t == null || t.equals("\n")) break;
                    }
                    continue;
                }
            }
            if (tok.charAt(0) == '\\') {
                seq.add(escape(tok));
            } else if (tok.length() != 1 || SPECIAL.indexOf(tok) < 0) {
                seq.add(new Node.Literal(tok.codePointAt(0)));
            } else if (tok.equals("[")) {
                seq.add(parseSet());
            } else if (REPEAT_CHARS.contains(tok)) {
                if (!parseRepeat(tok, seq)) seq.add(new Node.Literal('{'));
            } else if (tok.equals(".")) {
                seq.add(new Node.Any());
            } else if (tok.equals("(")) {
                Node n = parseParen(verbose, nested, first, seq);
                if (n != null) seq.add(n);
                else if (globalFlagsRead) verbose = (flags & VERBOSE) != 0;
                globalFlagsRead = false;
            } else if (tok.equals("^")) {
                seq.add(new At(AtKind.BEGINNING));
            } else {
                seq.add(new At(AtKind.END));
            }
        }
        // unpack non-capturing groups without flags, as _parse does
        List<Node> out = new ArrayList<>(seq.size());
        for (Node n : seq) {
            if (n instanceof Node.Group g && g.index() == 0 && g.addFlags() == 0 && g.delFlags() == 0) out.addAll(g.body().items());
            else out.add(n);
        }
        return new Seq(out);
    }

    private Node parseSet() {
        int here = tell() - 1;
        List<SetItem> set = new ArrayList<>();
        boolean negate = match("^");
        while (true) {
            String tok = get();
            if (tok == null) throw error("unterminated character set", tell() - here);
            if (tok.equals("]") && !set.isEmpty()) break;
            SetItem code1 = tok.charAt(0) == '\\' ? classEscape(tok) : new Range(tok.codePointAt(0), tok.codePointAt(0));
            if (match("-")) {
                String that = get();
                if (that == null) throw error("unterminated character set", tell() - here);
                if (that.equals("]")) {
                    set.add(code1);
                    set.add(new Range('-', '-'));
                    break;
                }
                SetItem code2 = that.charAt(0) == '\\' ? classEscape(that) : new Range(that.codePointAt(0), that.codePointAt(0));
                String msg = "bad character range " + tok + "-" + that;
                int off = len(tok) + 1 + len(that);
                if (!(code1 instanceof Range r1 && r1.lo() == r1.hi()) || !(code2 instanceof Range r2 && r2.lo() == r2.hi())) {
                    throw error(msg, off);
                }
                if (r2.lo() < r1.lo()) throw error(msg, off);
                set.add(new Range(r1.lo(), r2.lo()));
            } else {
                set.add(code1);
            }
        }
        List<SetItem> unique = new ArrayList<>(new LinkedHashSet<>(set));
        if (unique.size() == 1 && !negate && unique.get(0) instanceof Range r && r.lo() == r.hi()) return new Node.Literal(r.lo());
        return new Node.In(unique, negate);
    }

    /** Applies a quantifier to the last item; false when '{' turns out to be a literal. */
    private boolean parseRepeat(String tok, List<Node> seq) {
        int here = tell();
        long min, max;
        switch (tok) {
            case "?" -> { min = 0; max = 1; }
            case "*" -> { min = 0; max = Node.MAXREPEAT; }
            case "+" -> { min = 1; max = Node.MAXREPEAT; }
            default -> {
                if ("}".equals(next)) return false;
                min = 0;
                max = Node.MAXREPEAT;
                StringBuilder lo = new StringBuilder(), hi = new StringBuilder();
                while (nextIn(DIGITS)) lo.append(get());
                if (match(",")) {
                    while (nextIn(DIGITS)) hi.append(get());
                } else {
                    hi.append(lo);
                }
                if (!match("}")) {
                    seek(here);
                    return false;
                }
                if (!lo.isEmpty()) min = repeatNumber(lo.toString());
                if (!hi.isEmpty()) {
                    max = repeatNumber(hi.toString());
                    if (max < min) throw error("min repeat greater than max repeat", tell() - here);
                }
            }
        }
        Node item = seq.isEmpty() ? null : seq.get(seq.size() - 1);
        if (item == null || item instanceof At) throw error("nothing to repeat", tell() - here + 1);
        if (item instanceof Node.Repeat) throw error("multiple repeat", tell() - here + 1);
        Seq body = item instanceof Node.Group g && g.index() == 0 && g.addFlags() == 0 && g.delFlags() == 0
                ? g.body() : new Seq(List.of(item));
        Greed greed = match("?") ? Greed.LAZY : match("+") ? Greed.POSSESSIVE : Greed.GREEDY;
        seq.set(seq.size() - 1, new Node.Repeat(min, max, greed, body));
        return true;
    }

    /** The repetition count, or the OverflowError _parser raises. */
    private static long repeatNumber(String digits) {
        if (digits.length() > 10 || Long.parseLong(digits) >= Node.MAXREPEAT) {
            throw new Error(Kind.OVERFLOW, "the repetition number is too large", -1);
        }
        return Long.parseLong(digits);
    }

    /** A '(' construct; null for those that add nothing (comments, global flags). */
    private Node parseParen(boolean verbose, int nested, boolean first, List<Node> seq) {
        int start = tell() - 1;
        boolean capture = true, atomic = false;
        String name = null;
        int addFlags = 0, delFlags = 0;
        if (match("?")) {
            String ch = get();
            if (ch == null) throw error("unexpected end of pattern", 0);
            switch (ch) {
                case "P" -> {
                    if (match("<")) {
                        name = getUntil(">", "group name");
                        checkGroupName(name, 1);
                    } else if (match("=")) {
                        name = getUntil(")", "group name");
                        checkGroupName(name, 1);
                        Integer gid = groupDict.get(name);
                        if (gid == null) throw error("unknown group name " + pyRepr(name), len(name) + 1);
                        if (!checkGroup(gid)) throw error("cannot refer to an open group", len(name) + 1);
                        checkLookbehindGroup(gid);
                        return new Node.GroupRef(gid);
                    } else {
                        String c = get();
                        if (c == null) throw error("unexpected end of pattern", 0);
                        throw error("unknown extension ?P" + c, len(c) + 2);
                    }
                }
                case ":" -> capture = false;
                case "#" -> {
                    while (true) {
                        if (next == null) throw error("missing ), unterminated comment", tell() - start);
                        if (get().equals(")")) break;
                    }
                    return null;
                }
                case "=", "!", "<" -> {
                    return parseLook(ch, verbose, nested, start);
                }
                case "(" -> {
                    return parseConditional(verbose, nested, start);
                }
                case ">" -> {
                    capture = false;
                    atomic = true;
                }
                default -> {
                    if (!(isFlagChar(ch) || ch.equals("-"))) throw error("unknown extension ?" + ch, len(ch) + 1);
                    int[] fl = parseFlags(ch);
                    if (fl == null) {
                        if (!first || !seq.isEmpty()) {
                            throw error("global flags not at the start of the expression", tell() - start);
                        }
                        globalFlagsRead = true;
                        return null;
                    }
                    addFlags = fl[0];
                    delFlags = fl[1];
                    capture = false;
                }
            }
        }
        int group = capture ? openGroup(name) : 0;
        boolean subVerbose = (verbose || (addFlags & VERBOSE) != 0) && (delFlags & VERBOSE) == 0;
        Seq p = parseSub(subVerbose, nested + 1);
        if (!match(")")) throw error("missing ), unterminated subpattern", tell() - start);
        if (group != 0) groupWidths.set(group, width(p));
        if (atomic) return new Node.Atomic(p);
        return new Node.Group(group, addFlags, delFlags, p);
    }

    private Node parseLook(String ch, boolean verbose, int nested, int start) {
        boolean behind = false;
        Integer saved = lookbehindGroups;
        if (ch.equals("<")) {
            ch = get();
            if (ch == null) throw error("unexpected end of pattern", 0);
            if (!ch.equals("=") && !ch.equals("!")) throw error("unknown extension ?<" + ch, len(ch) + 2);
            behind = true;
            if (saved == null) lookbehindGroups = groups();
        }
        Seq p = parseSub(verbose, nested + 1);
        if (behind && saved == null) lookbehindGroups = null;
        if (!match(")")) throw error("missing ), unterminated subpattern", tell() - start);
        if (behind) {
            long[] w = width(p);
            if (w[0] != w[1]) throw new Error("look-behind requires fixed-width pattern", -1);
        }
        return new Node.Look(behind, ch.equals("!"), p);
    }

    private Node parseConditional(boolean verbose, int nested, int start) {
        String condName = getUntil(")", "group name");
        int condGroup;
        if (isIdentifier(condName)) {
            Integer g = groupDict.get(condName);
            if (g == null) throw error("unknown group name " + pyRepr(condName), len(condName) + 1);
            condGroup = g;
        } else {
            if (!condName.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw error("bad character in group name " + pyRepr(condName), len(condName) + 1);
            }
            if (condName.length() > 10 || Long.parseLong(condName) >= MAXGROUPS) {
                throw error("invalid group reference " + condName.replaceFirst("^0+(?=.)", ""), len(condName) + 1);
            }
            condGroup = Integer.parseInt(condName);
            if (condGroup == 0) throw error("bad group number", len(condName) + 1);
            groupRefPos.putIfAbsent(condGroup, tell() - len(condName) - 1);
        }
        checkLookbehindGroup(condGroup);
        Seq yes = parseSeq(verbose, nested + 1, false);
        Seq no = null;
        if (match("|")) {
            no = parseSeq(verbose, nested + 1, false);
            if ("|".equals(next)) throw error("conditional backref with more than two branches", 0);
        }
        if (!match(")")) throw error("missing ), unterminated subpattern", tell() - start);
        return new Node.Conditional(condGroup, yes, no);
    }

    private static final String FLAG_CHARS = "iLmsxatu";

    private static boolean isFlagChar(String ch) {
        return ch != null && ch.length() == 1 && FLAG_CHARS.contains(ch);
    }

    private static int flag(String ch) {
        return switch (ch) {
            case "i" -> IGNORECASE;
            case "L" -> LOCALE;
            case "m" -> MULTILINE;
            case "s" -> DOTALL;
            case "x" -> VERBOSE;
            case "a" -> ASCII;
            case "t" -> TEMPLATE;
            default -> UNICODE;
        };
    }

    private static boolean isAlpha(String ch) {
        return ch.codePoints().allMatch(Character::isLetter);
    }

    /** _parse_flags: null for global flags {@code (?i)}, else {add, del} for {@code (?i-s:...)}. */
    private int[] parseFlags(String ch) {
        int add = 0, del = 0;
        if (!ch.equals("-")) {
            while (true) {
                int f = flag(ch);
                if (isText && ch.equals("L")) throw error("bad inline flags: cannot use 'L' flag with a str pattern", 0);
                if (!isText && ch.equals("u")) throw error("bad inline flags: cannot use 'u' flag with a bytes pattern", 0);
                add |= f;
                if ((f & TYPE_FLAGS) != 0 && (add & TYPE_FLAGS) != f) {
                    throw error("bad inline flags: flags 'a', 'u' and 'L' are incompatible", 0);
                }
                ch = get();
                if (ch == null) throw error("missing -, : or )", 0);
                if (ch.equals(")") || ch.equals("-") || ch.equals(":")) break;
                if (!isFlagChar(ch)) throw error(isAlpha(ch) ? "unknown flag" : "missing -, : or )", len(ch));
            }
        }
        if (ch.equals(")")) {
            flags |= add;
            return null;
        }
        if ((add & GLOBAL_FLAGS) != 0) throw error("bad inline flags: cannot turn on global flag", 1);
        if (ch.equals("-")) {
            ch = get();
            if (ch == null) throw error("missing flag", 0);
            if (!isFlagChar(ch)) throw error(isAlpha(ch) ? "unknown flag" : "missing flag", len(ch));
            while (true) {
                int f = flag(ch);
                if ((f & TYPE_FLAGS) != 0) throw error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", 0);
                del |= f;
                ch = get();
                if (ch == null) throw error("missing :", 0);
                if (ch.equals(":")) break;
                if (!isFlagChar(ch)) throw error(isAlpha(ch) ? "unknown flag" : "missing :", len(ch));
            }
        }
        if ((del & GLOBAL_FLAGS) != 0) throw error("bad inline flags: cannot turn off global flag", 1);
        if ((add & del) != 0) throw error("bad inline flags: flag turned on and off", 1);
        return new int[] {add, del};
    }

    // ------------------------------------------------------------------ getwidth

    /** SubPattern.getwidth: {min, max} characters matched, capped at MAXREPEAT. */
    private long[] width(Seq s) {
        long lo = 0, hi = 0;
        for (Node n : s.items()) {
            long[] w = switch (n) {
                case Node.Branch b -> {
                    long i = Node.MAXREPEAT - 1, j = 0;
                    for (Seq alt : b.alternatives()) {
                        long[] aw = width(alt);
                        i = Math.min(i, aw[0]);
                        j = Math.max(j, aw[1]);
                    }
                    yield new long[] {i, j};
                }
                case Node.Atomic a -> width(a.body());
                case Node.Group g -> width(g.body());
                case Node.Repeat r -> {
                    long[] bw = width(r.body());
                    yield new long[] {capMul(bw[0], r.min()), capMul(bw[1], r.max())};
                }
                case Node.Literal l -> new long[] {1, 1};
                case Node.Any a -> new long[] {1, 1};
                case Node.In i -> new long[] {1, 1};
                case Node.GroupRef g -> groupWidths.get(g.group());
                case Node.Conditional c -> {
                    long[] yw = width(c.yes());
                    if (c.no() == null) yield new long[] {0, yw[1]};
                    long[] nw = width(c.no());
                    yield new long[] {Math.min(yw[0], nw[0]), Math.max(yw[1], nw[1])};
                }
                default -> new long[] {0, 0};
            };
            lo = Math.min(lo + w[0], Node.MAXREPEAT);
            hi = Math.min(hi + w[1], Node.MAXREPEAT);
        }
        return new long[] {Math.min(lo, Node.MAXREPEAT - 1), Math.min(hi, Node.MAXREPEAT)};
    }

    private static long capMul(long a, long b) {
        if (a == 0 || b == 0) return 0;
        return a > Node.MAXREPEAT / b ? Node.MAXREPEAT : Math.min(a * b, Node.MAXREPEAT);
    }

    // ------------------------------------------------------------------ parse_template

    /**
     * parse_template: the replacement as literal strings and group numbers (Integer) in order.
     * An unknown group name is an IndexError in CPython.
     */
    public static List<Object> parseTemplate(String repl, boolean isText, int groups, Map<String, Integer> groupIndex) {
        Parser s = new Parser(repl, isText);
        List<Object> out = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        while (true) {
            String tok = s.get();
            if (tok == null) break;
            if (tok.charAt(0) != '\\') {
                literal.append(tok);
                continue;
            }
            char c = tok.charAt(1);
            int index = -1, offset = 0;
            if (c == 'g') {
                if (!s.match("<")) throw s.error("missing <", 0);
                String name = s.getUntil(">", "group name");
                if (isIdentifier(name)) {
                    Integer g = groupIndex.get(name);
                    if (g == null) throw new Error(Kind.INDEX, "unknown group name " + pyRepr(name), -1);
                    index = g;
                } else {
                    if (!name.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
                        throw s.error("bad character in group name " + pyRepr(name), len(name) + 1);
                    }
                    if (name.length() > 10 || Long.parseLong(name) >= MAXGROUPS) {
                        throw s.error("invalid group reference " + name.replaceFirst("^0+(?=.)", ""), len(name) + 1);
                    }
                    index = Integer.parseInt(name);
                }
                offset = len(name) + 1;
            } else if (c == '0') {
                String full = tok;
                if (s.nextIn(OCTDIGITS)) {
                    full += s.get();
                    if (s.nextIn(OCTDIGITS)) full += s.get();
                }
                literal.append((char) (Integer.parseInt(full.substring(1), 8) & 0xff));
                continue;
            } else if (DIGITS.indexOf(c) >= 0) {
                String full = tok;
                if (s.nextIn(DIGITS)) {
                    full += s.get();
                    if (OCTDIGITS.indexOf(c) >= 0 && OCTDIGITS.indexOf(full.charAt(2)) >= 0 && s.nextIn(OCTDIGITS)) {
                        full += s.get();
                        int v = Integer.parseInt(full.substring(1), 8);
                        if (v > 0377) throw s.error("octal escape value " + full + " outside of range 0-0o377", len(full));
                        literal.append((char) v);
                        continue;
                    }
                }
                index = Integer.parseInt(full.substring(1));
                offset = len(full) - 1;
            } else {
                int simple = simpleEscape(c);
                if (simple >= 0) literal.append((char) simple);
                else if (isAsciiLetter(c)) throw s.error("bad escape " + tok, len(tok));
                else literal.append(tok);
                continue;
            }
            if (index > groups) throw s.error("invalid group reference " + index, offset);
            if (!literal.isEmpty()) {
                out.add(literal.toString());
                literal.setLength(0);
            }
            out.add(index);
        }
        if (!literal.isEmpty()) out.add(literal.toString());
        return out;
    }
}
