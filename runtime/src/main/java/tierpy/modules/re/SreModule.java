package tierpy.modules.re;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import tierpy.modules.Function;
import tierpy.modules.ModuleDef;
import tierpy.objects.Abstract;
import tierpy.objects.Exceptions;
import tierpy.objects.Py;
import tierpy.objects.PyBaseException;
import tierpy.objects.PyBytes;
import tierpy.objects.PyDict;
import tierpy.objects.PyException;
import tierpy.objects.PyList;
import tierpy.objects.PyObject;
import tierpy.objects.PyTuple;
import tierpy.objects.PyType;
import tierpy.vm.Interpreter;
import tierpy.vm.ThreadState;

/**
 * Mirrors Modules/_sre/sre.c's role: the matching engine under Lib/re, with the Match type
 * ({@link MatchObject}) and findall, split and sub's template case (our resource
 * tierpy/lib/re/__init__.py builds Pattern and the module API on it). Patterns are parsed by
 * {@link Parser} with CPython's errors and run as java.util.regex patterns built by
 * {@link Translator}. Positions cross this boundary as code-point indexes (Python's), converted
 * from and to UTF-16 indexes when the subject holds non-BMP characters. Bytes subjects arrive
 * decoded as latin-1, so a byte is a char.
 */
@ModuleDef("_sre")
public final class SreModule {
    private SreModule() {}

    static final PyType CODE = PyType.newHeapType(Py.TYPE, "SRE_Code", new PyType[] {Py.OBJECT},
            Map.of("__module__", "_sre", "__qualname__", "SRE_Code"), null, null);

    static {
        CODE.acceptableBase = false;
        CODE.init = null;
    }

    /** A compiled pattern: the Java regex, its must-advance twin, and Python's group numbering. */
    static final class Code extends PyObject {
        final Pattern regex;
        final int[] javaGroup;
        final int[] lastInner;
        final int groups;
        final boolean isText;
        final Map<String, Integer> groupIndex;
        /** re.error, raised by templates (Match.expand). */
        final Object error;
        private Pattern advancing;

        Code(Pattern regex, Translator.Result t, boolean isText, Map<String, Integer> groupIndex, Object error) {
            super(CODE);
            this.error = error;
            this.regex = regex;
            this.javaGroup = t.javaGroup();
            this.lastInner = t.lastInner();
            this.groups = javaGroup.length - 1;
            this.isText = isText;
            this.groupIndex = groupIndex;
        }

        /** sre's must_advance: the same pattern, refusing to end where the search starts (\G). */
        Pattern advancing() {
            if (advancing == null) advancing = Pattern.compile("(?:" + regex.pattern() + ")(?<!\\G)");
            return advancing;
        }
    }

    private static Code code(Object o) {
        if (o instanceof Code c) return c;
        throw Exceptions.typeError("expected an SRE_Code, not " + Py.type(o).name);
    }

    /**
     * compile(pattern, source, is_text, flags, error): (code, flags, groups, groupindex). The
     * source is the str pattern or a bytes one decoded as latin-1 ({@code is_text} false); syntax
     * errors are {@code error(msg, pattern, pos)}.
     */
    @Function
    static Object compile(Object pattern, Object source, Object isText, Object flags, Object error) {
        boolean text = Abstract.isTrue(isText);
        Parser.Parsed parsed;
        Translator.Result t;
        try {
            parsed = Parser.parse((String) source, (int) clamp(flags), text);
            t = Translator.translate(parsed, text);
        } catch (Parser.Error e) {
            throw patternError(e, pattern, error);
        }
        Pattern regex;
        try {
            regex = Pattern.compile(t.regex());
        } catch (PatternSyntaxException e) {
            throw raise(error, e.getDescription(), pattern, Py.None);
        }
        PyDict groupIndex = new PyDict();
        parsed.groupIndex().forEach((k, v) -> groupIndex.setItem(k, (long) v));
        Code code = new Code(regex, t, text, parsed.groupIndex(), error);
        return PyTuple.of(code, (long) parsed.flags(), (long) parsed.groups(), groupIndex);
    }

    static PyException patternError(Parser.Error e, Object pattern, Object error) {
        return switch (e.kind) {
            case VALUE -> Exceptions.valueError(e.getMessage());
            case OVERFLOW -> Exceptions.raise(Exceptions.OverflowError, e.getMessage());
            case INDEX -> Exceptions.indexError(e.getMessage());
            case PATTERN -> e.pos < 0 ? raise(error, e.getMessage(), Py.None, Py.None)
                    : raise(error, e.getMessage(), pattern, (long) e.pos);
        };
    }

    private static PyException raise(Object error, String msg, Object pattern, Object pos) {
        return new PyException((PyBaseException) Abstract.call(error, msg, pattern, pos));
    }

    /**
     * template(code, repl, pattern_error): parse_template's items, literal strs and group ints.
     * {@code repl} is a str (bytes decoded as latin-1); errors name {@code repl_obj}.
     */
    @Function
    static Object template(Object code, Object repl, Object replObj, Object error) {
        Code c = code(code);
        try {
            List<Object> items = Parser.parseTemplate((String) repl, c.isText, c.groups, c.groupIndex);
            PyList out = new PyList();
            for (Object item : items) out.append(item instanceof Integer i ? (Object) (long) i : item);
            return out;
        } catch (Parser.Error e) {
            throw patternError(e, replObj, error);
        }
    }

    /**
     * search(code, text, pos, endpos, mode, pattern, string[, start]): a re.Match or None; mode 0
     * search, 1 match, 2 fullmatch, plus 4 when the match must not be empty where it starts (a
     * scanner's must_advance). {@code text} is {@code string} itself or, for bytes-like, its
     * latin-1 decoding. A scanner starts at {@code start}, its matches keep the original pos.
     */
    @Function
    static Object search(Object[] a, int off, int nargs, String[] kw) {
        if (nargs != 7 && nargs != 8) throw Exceptions.typeError("search expected 7 or 8 arguments, got " + nargs);
        Code c = code(a[off]);
        Subject s = Subject.of((String) a[off + 1], clamp(a[off + 2]), clamp(a[off + 3]));
        if (s != null && nargs == 8) s = s.from(clamp(a[off + 7]));
        if (s == null) return Py.None;
        int how = (int) clamp(a[off + 4]), kind = how & 3;
        Matcher m = s.matcher((how & 4) != 0 ? c.advancing() : c.regex);
        boolean found = run(() -> kind == 1 ? m.lookingAt() : kind == 2 ? m.matches() : m.find());
        return found ? s.match(m, c, a[off + 5], a[off + 6]) : Py.None;
    }

    /**
     * The successive matches as finditer, findall, sub and split see them (limit 0 for all): after
     * an empty match the next one may start at the same place but must not be empty there.
     */
    private static final class Matches {
        private final Code code;
        private final Subject subject;
        private final Matcher plain;
        private Matcher advancing;
        private boolean mustAdvance, done;
        private int at;
        private long remaining;

        Matches(Code code, Subject subject, long limit) {
            this.code = code;
            this.subject = subject;
            this.plain = subject.matcher(code.regex);
            this.at = subject.start;
            this.remaining = limit == 0 ? -1 : limit;
        }

        /** The matcher on the next match, or null when there is none. */
        Matcher next() {
            if (done || remaining == 0) return null;
            Matcher m = plain;
            if (mustAdvance) {
                if (advancing == null) advancing = subject.matcher(code.advancing());
                m = advancing;
            }
            m.region(at, subject.end);
            if (!run(m::find)) {
                done = true;
                return null;
            }
            remaining--;
            mustAdvance = m.end() == m.start();
            at = m.end();
            return m;
        }
    }

    private static void forEachMatch(Code c, Subject s, long limit, Consumer<Matcher> action) {
        Matches matches = new Matches(c, s, limit);
        for (Matcher m = matches.next(); m != null; m = matches.next()) action.accept(m);
    }

    static final PyType ITERATOR = PyType.newHeapType(Py.TYPE, "SRE_Iterator", new PyType[] {Py.OBJECT},
            Map.of("__module__", "_sre", "__qualname__", "SRE_Iterator"), null, null);

    /** finditer's lazy iterator of re.Match objects. */
    private static final class MatchIterator extends PyObject {
        final Matches matches;
        final Object pattern, string;

        MatchIterator(Matches matches, Object pattern, Object string) {
            super(ITERATOR);
            this.matches = matches;
            this.pattern = pattern;
            this.string = string;
        }
    }

    static {
        ITERATOR.acceptableBase = false;
        ITERATOR.init = null;
        ITERATOR.iter = o -> o;
        ITERATOR.next = o -> {
            MatchIterator it = (MatchIterator) o;
            if (it.matches == null) return null;
            Matcher m = it.matches.next();
            return m == null ? null : it.matches.subject.match(m, it.matches.code, it.pattern, it.string);
        };
    }

    /**
     * One attempt of java.util.regex, which recurses per repetition of some groups: a stack
     * overflow on a huge subject becomes a RecursionError (sre, iterative, would succeed).
     */
    private static boolean run(BooleanSupplier attempt) {
        try {
            return attempt.getAsBoolean();
        } catch (StackOverflowError e) {
            throw Exceptions.raise(Exceptions.RecursionError, "maximum recursion depth exceeded while matching");
        }
    }

    /** finditer(code, text, pos, endpos, count, pattern, string): an iterator of re.Match, for finditer and sub. */
    @Function
    static Object finditer(Object[] a, int off, int nargs, String[] kw) {
        if (nargs != 7) throw Exceptions.typeError("finditer expected 7 arguments, got " + nargs);
        Code c = code(a[off]);
        Subject s = Subject.of((String) a[off + 1], clamp(a[off + 2]), clamp(a[off + 3]));
        return new MatchIterator(s == null ? null : new Matches(c, s, clamp(a[off + 4])), a[off + 5], a[off + 6]);
    }

    /** A bytes-like object's bytes as latin-1 text. */
    static String latin1(Object o) {
        if (o instanceof PyBytes b) return new String(b.toArray(), StandardCharsets.ISO_8859_1);
        throw Exceptions.typeError("expected str instance, " + Py.type(o).name + " found");
    }

    static void init(tierpy.vm.PyModule m) {
        m.dict.setItem("Match", MatchObject.TYPE);
    }

    /** A piece of the subject as the caller's type: str, or bytes when the subject is bytes-like. */
    private static Object piece(CharSequence text, int start, int end, boolean asBytes) {
        String str = text.subSequence(start, end).toString();
        return asBytes ? PyBytes.bytes(str.getBytes(StandardCharsets.ISO_8859_1)) : str;
    }

    /** findall(code, string, pos, endpos, as_bytes): Pattern.findall's list. */
    @Function
    static Object findall(Object code, Object string, Object pos, Object endpos, Object asBytes) {
        Code c = code(code);
        boolean bytes = Abstract.isTrue(asBytes);
        PyList out = new PyList();
        Subject s = Subject.of((String) string, clamp(pos), clamp(endpos));
        if (s == null) return out;
        Object empty = piece("", 0, 0, bytes);
        forEachMatch(c, s, 0, m -> {
            if (c.groups == 0) {
                out.append(piece(s.text, m.start(), m.end(), bytes));
                return;
            }
            Object[] values = new Object[c.groups];
            for (int g = 1; g <= c.groups; g++) {
                int jg = c.javaGroup[g];
                values[g - 1] = m.start(jg) < 0 ? empty : piece(s.text, m.start(jg), m.end(jg), bytes);
            }
            out.append(c.groups == 1 ? values[0] : PyTuple.of(values));
        });
        return out;
    }

    /** split(code, string, maxsplit, as_bytes): Pattern.split's list, None for groups that did not match. */
    @Function
    static Object split(Object code, Object string, Object maxsplit, Object asBytes) {
        Code c = code(code);
        boolean bytes = Abstract.isTrue(asBytes);
        String text = (String) string;
        Subject s = Subject.of(text, 0, Long.MAX_VALUE);
        PyList out = new PyList();
        int[] last = {0};
        forEachMatch(c, s, clamp(maxsplit), m -> {
            out.append(piece(text, last[0], m.start(), bytes));
            for (int g = 1; g <= c.groups; g++) {
                int jg = c.javaGroup[g];
                out.append(m.start(jg) < 0 ? Py.None : piece(text, m.start(jg), m.end(jg), bytes));
            }
            last[0] = m.end();
        });
        out.append(piece(text, last[0], text.length(), bytes));
        return out;
    }

    /**
     * subn(code, string, repl, repl_obj, count, error, as_bytes): (new string, count) for a str or
     * bytes replacement (decoded as latin-1) expanded as a template; unmatched groups add nothing.
     */
    @Function
    static Object subn(Object[] a, int off, int nargs, String[] kw) {
        if (nargs != 7) throw Exceptions.typeError("subn expected 7 arguments, got " + nargs);
        Code c = code(a[off]);
        String text = (String) a[off + 1];
        List<Object> template;
        try {
            template = Parser.parseTemplate((String) a[off + 2], c.isText, c.groups, c.groupIndex);
        } catch (Parser.Error e) {
            throw patternError(e, a[off + 3], a[off + 5]);
        }
        StringBuilder out = new StringBuilder();
        int[] last = {0};
        long[] n = {0};
        forEachMatch(c, Subject.of(text, 0, Long.MAX_VALUE), clamp(a[off + 4]), m -> {
            out.append(text, last[0], m.start());
            for (Object item : template) {
                if (item instanceof String literal) {
                    out.append(literal);
                } else {
                    int jg = c.javaGroup[(Integer) item];
                    if (m.start(jg) >= 0) out.append(text, m.start(jg), m.end(jg));
                }
            }
            last[0] = m.end();
            n[0]++;
        });
        out.append(text, last[0], text.length());
        String result = out.toString();
        Object value = Abstract.isTrue(a[off + 6]) ? PyBytes.bytes(result.getBytes(StandardCharsets.ISO_8859_1)) : result;
        return PyTuple.of(value, n[0]);
    }

    /** An int argument as a long, huge values clamped (CPython clamps positions to the length). */
    private static long clamp(Object o) {
        Object v = Abstract.index(o);
        if (v instanceof BigInteger b) return b.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        return (Long) v;
    }

    /**
     * The code point index of each UTF-16 index of a string (null when it has no surrogates), for
     * the last subject seen: a loop of searches over one string scans it once.
     */
    private record CodePoints(String string, int[] charToCp) {
        private static volatile CodePoints last = new CodePoints("", null);

        static CodePoints of(String string) {
            CodePoints c = last;
            if (c.string == string) return c;
            c = new CodePoints(string, map(string));
            last = c;
            return c;
        }

        private static int[] map(String string) {
            int n = string.length(), i = 0;
            while (i < n && !Character.isSurrogate(string.charAt(i))) i++;
            if (i == n) return null;
            int[] charToCp = new int[n + 1];
            int cp = 0;
            for (int j = 0; j < n; j++) {
                charToCp[j] = cp;
                if (!(Character.isHighSurrogate(string.charAt(j)) && j + 1 < n && Character.isLowSurrogate(string.charAt(j + 1)))) {
                    cp++;
                }
            }
            charToCp[n] = cp;
            return charToCp;
        }
    }

    /**
     * The subject as the matcher reads it: cut at endpos (so $ and lookaheads see its end), and
     * polling the eval breaker now and then, so that an interrupt stops a runaway backtracking
     * match with KeyboardInterrupt as it stops a Python loop.
     */
    private static final class Text implements CharSequence {
        private final String string;
        private final int length;
        private final ThreadState ts;
        private int reads;

        Text(String string, int length, ThreadState ts) {
            this.string = string;
            this.length = length;
            this.ts = ts;
        }

        @Override
        public int length() {
            return length;
        }

        @Override
        public char charAt(int index) {
            if ((++reads & 0xffff) == 0 && ts.evalBreakerSet()) Interpreter.handlePending(ts);
            return string.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return string.substring(start, end);
        }

        @Override
        public String toString() {
            return string.substring(0, length);
        }
    }

    /** The subject cut at endpos (so $ and lookaheads see its end) with the code point / UTF-16 maps. */
    private record Subject(Text text, int start, int end, long pos, long endpos, int[] charToCp) {
        static Subject of(String string, long pos, long endpos) {
            int[] charToCp = CodePoints.of(string).charToCp;
            int cpLength = charToCp == null ? string.length() : charToCp[string.length()];
            long p = Math.max(0, Math.min(pos, cpLength)), e = Math.max(0, Math.min(endpos, cpLength));
            if (e < p) return null;
            int start = charIndex(charToCp, (int) p), end = charIndex(charToCp, (int) e);
            return new Subject(new Text(string, end, ThreadState.current()), start, end, p, e, charToCp);
        }

        /** The same subject searched from code point {@code start} (pos unchanged for the Match). */
        Subject from(long start) {
            return new Subject(text, charIndex(charToCp, (int) Math.max(pos, Math.min(start, endpos))), end, pos, endpos, charToCp);
        }

        /** The first UTF-16 index at code point cp (a pair's high surrogate shares its index with the low). */
        private static int charIndex(int[] charToCp, int cp) {
            if (charToCp == null) return cp;
            int lo = 0, hi = charToCp.length - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (charToCp[mid] < cp) lo = mid + 1;
                else hi = mid;
            }
            return lo;
        }

        Matcher matcher(Pattern p) {
            Matcher m = p.matcher(text);
            m.useTransparentBounds(true);
            m.useAnchoringBounds(false);
            m.region(start, end);
            return m;
        }

        long cp(int charIndex) {
            return charToCp == null ? charIndex : charToCp[charIndex];
        }

        /** The re.Match for the matcher's current match; lastindex is the group that closed last. */
        MatchObject match(Matcher m, Code c, Object pattern, Object string) {
            long[] spans = new long[2 * (c.groups + 1)];
            int[] chars = new int[spans.length];
            int last = -1, lastEnd = -1;
            for (int g = 0; g <= c.groups; g++) {
                int jg = c.javaGroup[g];
                int st = m.start(jg), en = m.end(jg);
                chars[2 * g] = st;
                chars[2 * g + 1] = en;
                spans[2 * g] = st < 0 ? -1 : cp(st);
                spans[2 * g + 1] = st < 0 ? -1 : cp(en);
                // at a tie of ends, an enclosing group closes after the groups inside it
                if (g > 0 && st >= 0 && (en > lastEnd || en == lastEnd && !(last > 0 && g <= c.lastInner[last]))) {
                    last = g;
                    lastEnd = en;
                }
            }
            return new MatchObject(c, pattern, string, text.string, pos, endpos, spans, chars, last);
        }
    }
}
