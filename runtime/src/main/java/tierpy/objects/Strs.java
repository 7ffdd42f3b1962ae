package tierpy.objects;

import java.util.ArrayList;
import java.util.List;

/**
 * Mirrors Objects/unicodeobject.c: str as a Java String indexed by code point (a BMP-only
 * string indexes by char directly; a surrogate pair is one character), unicode_repr's quoting
 * and escapes, and the str methods with CPython's error messages.
 */
public final class Strs {
    private Strs() {}

    /** The last long string classified by {@link #isBmp}: loops indexing one string scan it once. */
    private record BmpMemo(String s, boolean bmp) {}

    private static volatile BmpMemo lastBmp = new BmpMemo("", true);

    /** True when the string has no surrogates, so char index == code point index. */
    public static boolean isBmp(String s) {
        if (s.length() < 64) return scanBmp(s);
        BmpMemo memo = lastBmp;
        if (memo.s == s) return memo.bmp;
        boolean r = scanBmp(s);
        lastBmp = new BmpMemo(s, r);
        return r;
    }

    private static boolean scanBmp(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isSurrogate(s.charAt(i))) return false;
        return true;
    }

    public static long length(String s) {
        return isBmp(s) ? s.length() : s.codePointCount(0, s.length());
    }

    /**
     * A deterministic stand-in for CPython's randomized str hash (programs cannot rely on its
     * value): String.hashCode, which Java caches in the string, spread to 64 bits; never -1.
     */
    public static long hash(String s) {
        long h = s.hashCode() * 0x9E3779B97F4A7C15L;
        h ^= h >>> 29;
        return h == -1 ? -2 : h;
    }

    /** Py_UNICODE_ISSPACE. */
    static boolean isSpace(int c) {
        return (c >= 9 && c <= 13) || (c >= 28 && c <= 32) || c == 0x85 || c == 0xA0 || c == 0x1680
                || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F
                || c == 0x3000;
    }

    /** Py_UNICODE_ISPRINTABLE: everything but categories Cc Cf Cs Co Cn Zl Zp and Zs other than space. */
    public static boolean isPrintable(int c) {
        if (c == ' ') return true;
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    /**
     * Code points of ID_Start / ID_Continue that XID_Start / XID_Continue (closed under NFKC, what
     * identifiers use) leave out; the first four only from XID_Start.
     */
    private static final String NOT_XID = "\u0e33\u0eb3\uff9e\uff9f\u037a\u2e2f\u309b\u309c\ufc5e\ufc5f\ufc60"
            + "\ufc61\ufc62\ufc63\ufdfa\ufdfb\ufe70\ufe72\ufe74\ufe76\ufe78\ufe7a\ufe7c\ufe7e";

    static boolean isIdentifier(String s) {
        if (s.isEmpty()) return false;
        int c0 = s.codePointAt(0);
        if (c0 != '_' && (!Character.isUnicodeIdentifierStart(c0) || NOT_XID.indexOf(c0) >= 0)) return false;
        for (int i = Character.charCount(c0); i < s.length(); ) {
            int c = s.codePointAt(i);
            // ZWNJ and ZWJ continue identifiers (Unicode 15.1), though Java counts them ignorable
            boolean part = c == 0x200C || c == 0x200D
                    || Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c);
            if (!part || NOT_XID.indexOf(c, 4) >= 0) return false;
            i += Character.charCount(c);
        }
        return true;
    }

    /** Numeric_Type=Digit (digits that are not decimal: superscripts, circled digits...), as ranges. */
    private static final int[] DIGIT_RANGES = {0xb2, 0xb3, 0xb9, 0xb9, 0x1369, 0x1371, 0x19da, 0x19da, 0x2070, 0x2070,
        0x2074, 0x2079, 0x2080, 0x2089, 0x2460, 0x2468, 0x2474, 0x247c, 0x2488, 0x2490, 0x24ea, 0x24ea, 0x24f5, 0x24fd,
        0x24ff, 0x24ff, 0x2776, 0x277e, 0x2780, 0x2788, 0x278a, 0x2792, 0x10a40, 0x10a43, 0x10e60, 0x10e68,
        0x11052, 0x1105a, 0x1f100, 0x1f10a};

    private static final String[] JAMO_L = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ",
        "C", "K", "T", "P", "H"};
    private static final String[] JAMO_V = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO",
        "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
    private static final String[] JAMO_T = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT",
        "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};

    /** unicodedata.name: null for code points without a name (controls, unassigned, private use). */
    public static String unicodeName(int c) {
        int type = Character.getType(c);
        if (type == Character.CONTROL || type == Character.UNASSIGNED || type == Character.SURROGATE
                || type == Character.PRIVATE_USE) {
            return null;
        }
        if (c >= 0xAC00 && c <= 0xD7A3) {
            int s = c - 0xAC00;
            return "HANGUL SYLLABLE " + JAMO_L[s / 588] + JAMO_V[s % 588 / 28] + JAMO_T[s % 28];
        }
        String n = Character.getName(c), hex = Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT);
        if (n != null && n.startsWith("CJK UNIFIED IDEOGRAPHS")) return "CJK UNIFIED IDEOGRAPH-" + hex;
        // the JDK makes up "BLOCK NAME XXXX" where Unicode has no name list (Tangut, Khitan...): CPython has none
        return n != null && n.endsWith(" " + hex) ? null : n;
    }

    /** Py_UNICODE_ISDIGIT. */
    public static boolean isDigit(int c) {
        if (Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) return true;
        for (int i = 0; i < DIGIT_RANGES.length; i += 2) if (c >= DIGIT_RANGES[i] && c <= DIGIT_RANGES[i + 1]) return true;
        return false;
    }

    /** CJK ideographs with a numeric value in Unihan (kPrimaryNumeric, kAccountingNumeric, kOtherNumeric). */
    private static final String CJK_NUMERIC = "\u3405\u3483\u382a\u3b4d\u4e00\u4e03\u4e07\u4e09\u4e24\u4e5d\u4e8c"
            + "\u4e94\u4e96\u4eac\u4ebf\u4ec0\u4edf\u4ee8\u4f0d\u4f70\u4fe9\u5006\u5104\u5146\u5169\u516b\u516d"
            + "\u5341\u5343\u5344\u5345\u534c\u53c1\u53c2\u53c3\u53c4\u56db\u58f1\u58f9\u5e7a\u5efe\u5eff\u5f0c"
            + "\u5f0d\u5f0e\u5f10\u62d0\u62fe\u634c\u67d2\u6d1e\u6f06\u7396\u767e\u7695\u79ed\u8086\u842c\u8cae"
            + "\u8cb3\u8d30\u920e\u94a9\u9621\u9646\u964c\u9678\u96f6\uf96b\uf973\uf978\uf9b2\uf9d1\uf9d3\uf9fd"
            + new String(new int[] {0x20001, 0x20064, 0x200e2, 0x20121, 0x2092a, 0x20983, 0x2098c, 0x2099c, 0x20aea,
                0x20afd, 0x20b19, 0x22390, 0x22998, 0x23b1b, 0x2626d, 0x2f890}, 0, 16);

    /** Py_UNICODE_ISNUMERIC. */
    static boolean isNumeric(int c) {
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.OTHER_NUMBER
                || type == Character.LETTER_NUMBER || type == Character.OTHER_LETTER && CJK_NUMERIC.indexOf(c) >= 0;
    }

    /** Mirrors Objects/unicodeobject.c: unicode_repr. */
    public static String repr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2).append(quote);
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == quote || c == '\\') sb.append('\\').appendCodePoint(c);
            else if (c == '\t') sb.append("\\t");
            else if (c == '\n') sb.append("\\n");
            else if (c == '\r') sb.append("\\r");
            else if (c < ' ' || c == 0x7f) sb.append(String.format("\\x%02x", c));
            else if (c < 0x7f || isPrintable(c)) sb.appendCodePoint(c);
            else if (c <= 0xff) sb.append(String.format("\\x%02x", c));
            else if (c <= 0xffff) sb.append(String.format("\\u%04x", c));
            else sb.append(String.format("\\U%08x", c));
        }
        return sb.append(quote).toString();
    }

    /** ascii(): the repr with non-ASCII code points escaped. */
    public static String ascii(String repr) {
        StringBuilder b = new StringBuilder();
        repr.codePoints().forEach(c -> {
            if (c < 128) b.append((char) c);
            else if (c < 0x100) b.append(String.format("\\x%02x", c));
            else if (c < 0x10000) b.append(String.format("\\u%04x", c));
            else b.append(String.format("\\U%08x", c));
        });
        return b.toString();
    }

    /** The char offset of code point index {@code i} (0 <= i <= length). */
    static int offset(String s, boolean bmp, long i) {
        return bmp ? (int) i : s.offsetByCodePoints(0, (int) i);
    }

    static String substring(String s, long start, long stop) {
        boolean bmp = isBmp(s);
        return s.substring(offset(s, bmp, start), offset(s, bmp, stop));
    }

    static Object getitem(Object self, Object key) {
        String s = value(self);
        if (key instanceof PySlice sl) {
            long len = length(s);
            long[] r = sl.indices(len);
            long start = r[0], stop = r[1], step = r[2], n = r[3];
            if (step == 1) return n <= 0 ? "" : substring(s, start, start + n);
            int[] cps = s.codePoints().toArray();
            StringBuilder sb = new StringBuilder();
            for (long k = 0, i = start; k < n; k++, i += step) sb.appendCodePoint(cps[(int) i]);
            return sb.toString();
        }
        if (Py.type(key).index == null) {
            throw Exceptions.typeError("string indices must be integers, not '" + Py.type(key).name + "'");
        }
        long i = Abstract.asIndex(key);
        boolean bmp = isBmp(s);
        long len = bmp ? s.length() : s.codePointCount(0, s.length());
        if (i < 0) i += len;
        if (i < 0 || i >= len) throw Exceptions.indexError("string index out of range");
        if (bmp) return String.valueOf(s.charAt((int) i));
        return Character.toString(s.codePointAt(s.offsetByCodePoints(0, (int) i)));
    }

    /** The str value of self (a str or an instance of a str subclass); null for anything else. */
    public static String value(Object o) {
        if (o instanceof String s) return s;
        if (o instanceof PyInstance i && i.payload instanceof String s) return s;
        return null;
    }

    /** A str argument; {@code argument} names it in the TypeError ("find() argument 1"), or is empty. */
    private static String arg(String argument, Object o) {
        String s = value(o);
        if (s == null) {
            throw Exceptions.typeError(argument.isEmpty() ? "must be str, not " + Py.type(o).name
                    : argument + " must be str, not " + Args.typeName(o));
        }
        return s;
    }

    // ---------------------------------------------------------------- the str type

    static void install() {
        PyType t = Py.STR;
        t.repr = v -> repr(value(v));
        t.str = v -> value(v);
        t.hash = v -> hash(value(v));
        t.len = v -> length(value(v));
        t.getitem = Strs::getitem;
        t.iter = v -> new StrIter(value(v));
        t.contains = (v, x) -> {
            String sub = value(x);
            if (sub == null) {
                throw Exceptions.typeError("'in <string>' requires string as left operand, not " + Py.type(x).name);
            }
            return value(v).contains(sub);
        };
        t.concat = (v, w) -> {
            String b = value(w);
            if (b == null) {
                throw Exceptions.typeError("can only concatenate str (not \"" + Py.type(w).name + "\") to str");
            }
            return value(v).concat(b);
        };
        t.repeat = (v, n) -> {
            long count = (Long) n;
            String s = value(v);
            if (count <= 0 || s.isEmpty()) return "";
            checkRepeat(s.length(), count, "repeated string is too long");
            return s.repeat((int) count);
        };
        t.nb[BinOp.REMAINDER.ordinal()] = (v, w) -> {
            String s = value(v);
            return s == null ? Py.NotImplemented : Format.percent(s, w);
        };
        t.richcompare = (v, w, op) -> {
            String a = value(v), b = value(w);
            if (a == null || b == null) return Py.NotImplemented;
            return Py.bool(op.test(compareCodePoints(a, b)));
        };
        t.tpNew = (type, a, off, n, kw) -> {
            Object[] p = Args.bind("str", a, off, n, kw, new String[] {"object", "encoding", "errors"}, 3, 0);
            String s = p[1] == null && p[2] == null ? (p[0] == null ? "" : Abstract.str(p[0]))
                    : decode(p[0], p[1] == null ? "utf-8" : Args.str("str", "encoding", p[1]),
                            p[2] == null ? "strict" : Args.str("str", "errors", p[2]));
            if (type == Py.STR) return s;
            PyInstance inst = new PyInstance(type);
            inst.payload = s;
            return inst;
        };
        Def.method1(t, "__format__", (self, spec) -> Format.builtin(self, spec, (v, sp) -> Format.formatStr(value(v), sp)));
        Def.methodV(t, "format", (self, a, off, n, kw) -> Format.strFormat(value(self), a, off, n, kw));
        Def.method1(t, "format_map", (self, mapping) -> Format.strFormatMap(value(self), mapping));
        Def.method1(t, "translate", (self, table) -> translate(value(self), table));
        Def.staticPositional(t, "maketrans", (self, a, off, n, kw) -> {
            Args.check("maketrans", n, kw, 1, 3);
            return maketrans(a[off], n >= 2 ? a[off + 1] : null, n == 3 ? a[off + 2] : null);
        });
        Def.method1(t, "join", (self, it) -> {
            String sep = value(self);
            StringBuilder sb = new StringBuilder();
            Object iter = iterForJoin(it);
            int i = 0;
            for (Object x; (x = Abstract.next(iter)) != null; i++) {
                String s = value(x);
                if (s == null) {
                    throw Exceptions.typeError("sequence item " + i + ": expected str instance, " + Py.type(x).name
                            + " found");
                }
                if (i > 0) sb.append(sep);
                sb.append(s);
            }
            return sb.toString();
        });
        Def.methodV(t, "encode", (self, a, off, n, kw) -> {
            Object[] p = Args.bind("encode", a, off, n, kw, new String[] {"encoding", "errors"}, 2, 0);
            return PyBytes.bytes(Codecs.encode(value(self), p[0] == null ? "utf-8" : Args.str("encode", "encoding", p[0]),
                    p[1] == null ? "strict" : Args.str("encode", "errors", p[1])));
        });
        Def.method0(t, "upper", self -> value(self).toUpperCase(java.util.Locale.ROOT));
        Def.method0(t, "lower", self -> value(self).toLowerCase(java.util.Locale.ROOT));
        Def.method0(t, "casefold", self -> {
            StringBuilder sb = new StringBuilder();
            value(self).codePoints().forEach(c -> sb.append(foldFull(c)));
            return sb.toString();
        });
        Def.method0(t, "swapcase", self -> {
            String s = value(self);
            StringBuilder sb = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); ) {
                int c = s.codePointAt(i);
                sb.append(Character.isUpperCase(c) ? lowerFull(s, i, c) : Character.isLowerCase(c) ? upperFull(c)
                        : Character.toString(c));
                i += Character.charCount(c);
            }
            return sb.toString();
        });
        Def.method0(t, "capitalize", self -> {
            String s = value(self);
            if (s.isEmpty()) return s;
            int c = s.codePointAt(0);
            StringBuilder sb = new StringBuilder(titleFull(c));
            for (int i = Character.charCount(c); i < s.length(); i += Character.charCount(s.codePointAt(i))) {
                sb.append(lowerFull(s, i, s.codePointAt(i)));
            }
            return sb.toString();
        });
        Def.method0(t, "title", self -> {
            StringBuilder sb = new StringBuilder();
            boolean prevCased = false;
            String s = value(self);
            for (int i = 0; i < s.length(); ) {
                int c = s.codePointAt(i);
                sb.append(prevCased ? lowerFull(s, i, c) : titleFull(c));
                i += Character.charCount(c);
                prevCased = Character.isUpperCase(c) || Character.isLowerCase(c) || Character.isTitleCase(c);
            }
            return sb.toString();
        });
        stripMethod(t, "strip", true, true);
        stripMethod(t, "lstrip", true, false);
        stripMethod(t, "rstrip", false, true);
        Def.methodV(t, "split", (self, a, off, n, kw) -> split(value(self), a, off, n, kw, false));
        Def.methodV(t, "rsplit", (self, a, off, n, kw) -> split(value(self), a, off, n, kw, true));
        Def.methodV(t, "splitlines", (self, a, off, n, kw) -> {
            Object keepends = Args.bind("splitlines", a, off, n, kw, new String[] {"keepends"}, 1, 0)[0];
            return splitlines(value(self), keepends != null && Abstract.isTrue(keepends));
        });
        Def.methodPositional(t, "startswith", (self, a, off, n, kw) -> affix(value(self), "startswith", a, off, n, kw, true));
        Def.methodPositional(t, "endswith", (self, a, off, n, kw) -> affix(value(self), "endswith", a, off, n, kw, false));
        Def.methodPositional(t, "find", (self, a, off, n, kw) -> find(value(self), "find", a, off, n, kw, false, false));
        Def.methodPositional(t, "rfind", (self, a, off, n, kw) -> find(value(self), "rfind", a, off, n, kw, true, false));
        Def.methodPositional(t, "index", (self, a, off, n, kw) -> find(value(self), "index", a, off, n, kw, false, true));
        Def.methodPositional(t, "rindex", (self, a, off, n, kw) -> find(value(self), "rindex", a, off, n, kw, true, true));
        Def.methodPositional(t, "count", (self, a, off, n, kw) -> {
            Args.check("count", n, kw, 1, 3);
            String s = value(self), sub = arg("count() argument 1", a[off]);
            long[] r = bounds(s, a, off, n);
            if (r[0] > length(s) || r[0] > r[1]) return 0L;
            String hay = substring(s, r[0], r[1]);
            if (sub.isEmpty()) return length(hay) + 1;
            long count = 0;
            for (int i = hay.indexOf(sub); i >= 0; i = hay.indexOf(sub, i + sub.length())) count++;
            return count;
        });
        Def.methodV(t, "replace", (self, a, off, n, kw) -> {
            Object[] p = Args.bind("replace", a, off, n, kw, new String[] {"old", "new", "count"}, 2, 3, 2);
            String s = value(self), old = arg("replace() argument 1", p[0]), rep = arg("replace() argument 2", p[1]);
            long count = p[2] != null ? Args.ssize(p[2]) : -1;
            return replace(s, old, rep, count);
        });
        Def.method1(t, "removeprefix", (self, p) -> {
            String s = value(self), pre = arg("removeprefix() argument", p);
            return s.startsWith(pre) ? s.substring(pre.length()) : s;
        });
        Def.method1(t, "removesuffix", (self, p) -> {
            String s = value(self), suf = arg("removesuffix() argument", p);
            return s.endsWith(suf) && !suf.isEmpty() ? s.substring(0, s.length() - suf.length()) : s;
        });
        Def.method1(t, "partition", (self, sep) -> partition(value(self), arg("", sep), false));
        Def.method1(t, "rpartition", (self, sep) -> partition(value(self), arg("", sep), true));
        padMethod(t, "center");
        padMethod(t, "ljust");
        padMethod(t, "rjust");
        Def.method1(t, "zfill", (self, w) -> {
            String s = value(self);
            long width = Args.ssize(w), len = length(s);
            if (len >= width) return s;
            int fill = (int) (width - len);
            if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
                return s.charAt(0) + "0".repeat(fill) + s.substring(1);
            }
            return "0".repeat(fill) + s;
        });
        predicate(t, "isdigit", Strs::isDigit, false);
        predicate(t, "isdecimal", c -> Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER, false);
        predicate(t, "isnumeric", Strs::isNumeric, false);
        predicate(t, "isalpha", Character::isLetter, false);
        predicate(t, "isalnum", c -> Character.isLetter(c) || isNumeric(c), false);
        predicate(t, "isspace", Strs::isSpace, false);
        predicate(t, "isascii", c -> c < 128, true);
        predicate(t, "isprintable", Strs::isPrintable, true);
        Def.method0(t, "isidentifier", self -> Py.bool(isIdentifier(value(self))));
        Def.method0(t, "isupper", self -> Py.bool(cased(value(self), true)));
        Def.method0(t, "islower", self -> Py.bool(cased(value(self), false)));
        Def.method0(t, "istitle", self -> {
            String s = value(self);
            boolean cased = false, prevCased = false;
            for (int i = 0; i < s.length(); ) {
                int c = s.codePointAt(i);
                i += Character.charCount(c);
                if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
                    if (prevCased) return Boolean.FALSE;
                    prevCased = cased = true;
                } else if (Character.isLowerCase(c)) {
                    if (!prevCased) return Boolean.FALSE;
                    prevCased = cased = true;
                } else {
                    prevCased = false;
                }
            }
            return Py.bool(cased);
        });
        Def.methodV(t, "expandtabs", (self, a, off, n, kw) -> {
            Object tabsize = Args.bind("expandtabs", a, off, n, kw, new String[] {"tabsize"}, 1, 0)[0];
            long size = tabsize == null ? 8 : Args.cInt(tabsize);
            StringBuilder sb = new StringBuilder();
            long col = 0;
            String s = value(self);
            for (int i = 0; i < s.length(); i += Character.charCount(s.codePointAt(i))) {
                int c = s.codePointAt(i);
                if (c == '\t') {
                    if (size > 0) {
                        long pad = size - col % size;
                        sb.append(" ".repeat((int) pad));
                        col += pad;
                    }
                } else {
                    sb.appendCodePoint(c);
                    col = c == '\n' || c == '\r' ? 0 : col + 1;
                }
            }
            return sb.toString();
        });
    }

    /**
     * The size check of str and bytes repetition: OverflowError {@code tooLong} past PY_SSIZE_T_MAX
     * (MemoryError when null, as bytearray), MemoryError past what a Java array holds.
     */
    static void checkRepeat(int size, long count, String tooLong) {
        if (size == 0 || count <= (Integer.MAX_VALUE - 16) / size) return;
        if (tooLong != null && count > Long.MAX_VALUE / size) throw Exceptions.overflowError(tooLong);
        throw Exceptions.raise(Exceptions.MemoryError);
    }

    /** PySequence_Fast(it, "can only join an iterable"), as str.join and bytes.join call it. */
    static Object iterForJoin(Object it) {
        if (Py.type(it).iter == null && Py.type(it).getitem == null) throw Exceptions.typeError("can only join an iterable");
        return Abstract.iter(it);
    }

    /** Mirrors PyUnicode_FromEncodedObject: str(obj, encoding, errors) of a bytes-like object. */
    private static String decode(Object obj, String encoding, String errors) {
        if (obj == null) return "";
        if (value(obj) != null) throw Exceptions.typeError("decoding str is not supported");
        PyBytes b = PyBytes.value(obj);
        if (b == null) {
            throw Exceptions.typeError("decoding to str: need a bytes-like object, " + Py.type(obj).name + " found");
        }
        return Codecs.decode(b.data, b.size, encoding, errors);
    }

    /** str.translate: table[ord(c)] is None (delete), an int (code point) or a str; misses keep c. */
    static String translate(String s, Object table) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            Object r;
            try {
                r = Abstract.getitem(table, (long) c);
            } catch (PyException e) {
                if (!e.matches(Exceptions.LookupError)) throw e;
                sb.appendCodePoint(c);
                continue;
            }
            if (r == Py.None) continue;
            if (r instanceof String rs) {
                sb.append(rs);
                continue;
            }
            Object code = Ints.value(r);
            if (code == null) throw Exceptions.typeError("character mapping must return integer, None or str");
            if (!(code instanceof Long cp) || cp < 0 || cp > 0x10ffff) {
                throw Exceptions.valueError("character mapping must be in range(0x110000)");
            }
            sb.appendCodePoint((int) (long) cp);
        }
        return sb.toString();
    }

    /** str.maketrans(x[, y[, z]]). */
    static PyDict maketrans(Object x, Object y, Object z) {
        PyDict out = new PyDict();
        if (y == null) {
            PyDict d = PyDict.value(x);
            if (d == null) throw Exceptions.typeError("if you give only one argument to maketrans it must be a dict");
            d.forEach((k, v) -> {
                if (k instanceof String ks) {
                    if (length(ks) != 1) {
                        throw Exceptions.valueError("string keys in translate table must be of length 1");
                    }
                    out.setItem((long) ks.codePointAt(0), v);
                } else if (Ints.value(k) != null) {
                    out.setItem(Ints.value(k), v);
                } else {
                    throw Exceptions.typeError("keys in translate table must be strings or integers");
                }
            });
            return out;
        }
        String to = arg("maketrans() argument 2", y), from = value(x);
        if (z != null) arg("maketrans() argument 3", z);
        if (from == null) throw Exceptions.typeError("first maketrans argument must be a string if there is a second argument");
        int[] f = from.codePoints().toArray(), g = to.codePoints().toArray();
        if (f.length != g.length) {
            throw Exceptions.valueError("the first two maketrans arguments must have equal length");
        }
        for (int i = 0; i < f.length; i++) out.setItem((long) f[i], (long) g[i]);
        if (z != null) {
            value(z).codePoints().forEach(c -> out.setItem((long) c, Py.None));
        }
        return out;
    }

    /** Compares by code point (String.compareTo compares UTF-16 units, which orders surrogates wrongly). */
    static int compareCodePoints(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i), y = b.charAt(i);
            if (x != y) {
                if (Character.isSurrogate(x) || Character.isSurrogate(y)) {
                    return Integer.compare(a.codePointAt(i), b.codePointAt(i));
                }
                return x - y;
            }
        }
        return a.length() - b.length();
    }

    /** The full (SpecialCasing) uppercase of one code point: 'ß' is "SS". */
    private static String upperFull(int c) {
        return Character.toString(c).toUpperCase(java.util.Locale.ROOT);
    }

    /**
     * CaseFolding.txt's full folding of one code point, approximated per code point (no final sigma)
     * as the lowercase of the full uppercase, taken twice so 'ẞ' reaches "ss"; Cherokee folds to
     * its uppercase, the letters it had first.
     */
    private static String foldFull(int c) {
        if (c == 0x131) return "\u0131";  // dotless i has no folding (only Turkic rules give one)
        if ((c >= 0x13F8 && c <= 0x13FD) || (c >= 0xAB70 && c <= 0xABBF)) return upperFull(c);
        if (c >= 0x13A0 && c <= 0x13F5) return Character.toString(c);
        String once = upperFull(c).toLowerCase(java.util.Locale.ROOT);
        return once.toUpperCase(java.util.Locale.ROOT).toLowerCase(java.util.Locale.ROOT);
    }

    /** The full lowercase of s's code point c at char index i; a capital sigma becomes final 'ς' at a word end. */
    private static String lowerFull(String s, int i, int c) {
        if (c != 0x3A3) return Character.toString(c).toLowerCase(java.util.Locale.ROOT);
        int j = i;
        do {
            if (j == 0) return "\u03c3";
            j -= Character.charCount(s.codePointBefore(j));
        } while (caseIgnorable(s.codePointAt(j)));
        if (!isCased(s.codePointAt(j))) return "\u03c3";
        int k = i + 1;
        while (k < s.length() && caseIgnorable(s.codePointAt(k))) k += Character.charCount(s.codePointAt(k));
        return k < s.length() && isCased(s.codePointAt(k)) ? "\u03c3" : "\u03c2";
    }

    private static boolean isCased(int c) {
        return Character.isUpperCase(c) || Character.isLowerCase(c) || Character.isTitleCase(c);
    }

    /** Unicode's Case_Ignorable: marks, format characters, modifiers and the word-internal punctuation. */
    private static boolean caseIgnorable(int c) {
        return switch (Character.getType(c)) {
            case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.FORMAT, Character.MODIFIER_LETTER,
                 Character.MODIFIER_SYMBOL -> true;
            default -> "'.:^`\u00b7\u0387\u05f4\u2018\u2019\u2024\u2027\ufe13\ufe52\ufe55\uff07\uff0e\uff1a"
                    .indexOf(c) >= 0;
        };
    }

    /**
     * The full titlecase of one code point. Where the simple mapping keeps it and the uppercase is
     * longer (ligatures, 'ß'), the first letter is uppercase and the rest lowercase ("Ss", "Ffi");
     * after an uncased first character ('\u0149' is "\u02bcN") the uppercase stands.
     */
    private static String titleFull(int c) {
        int simple = Character.toTitleCase(c);
        String upper = upperFull(c);
        if (simple != c || Character.isTitleCase(c) || upper.codePointCount(0, upper.length()) == 1) {
            return Character.toString(simple);
        }
        int first = upper.codePointAt(0);
        if (!isCased(first)) return upper;
        String rest = upper.substring(Character.charCount(first));
        if (rest.endsWith("\u0399") && java.text.Normalizer.normalize(Character.toString(c),
                java.text.Normalizer.Form.NFD).indexOf('\u0345') >= 0) {
            // a Greek iota subscript stays a combining ypogegrammeni, precomposed where a letter exists:
            // '\u1f80' is "\u1f88", '\u1fb2' is "\u1fba\u0345", '\u1fb7' is "\u0391\u0342\u0345"
            String title = Character.toString(first) + rest.substring(0, rest.length() - 1) + "\u0345";
            return rest.length() == 1 ? java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFC) : title;
        }
        return Character.toString(first) + rest.toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean cased(String s, boolean upper) {
        boolean any = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (upper ? Character.isLowerCase(c) || Character.isTitleCase(c) : Character.isUpperCase(c)
                    || Character.isTitleCase(c)) {
                return false;
            }
            if (upper ? Character.isUpperCase(c) : Character.isLowerCase(c)) any = true;
        }
        return any;
    }

    private static void predicate(PyType t, String name, java.util.function.IntPredicate p, boolean emptyResult) {
        Def.method0(t, name, self -> {
            String s = value(self);
            if (s.isEmpty()) return Py.bool(emptyResult);
            return Py.bool(s.codePoints().allMatch(p));
        });
    }

    private static void stripMethod(PyType t, String name, boolean left, boolean right) {
        Def.methodPositional(t, name, (self, a, off, n, kw) -> {
            Args.check(name, n, kw, 0, 1);
            String s = value(self);
            String chars = n == 0 || a[off] == Py.None ? null : value(a[off]);
            if (n == 1 && a[off] != Py.None && chars == null) {
                throw Exceptions.typeError(name + " arg must be None or str");
            }
            int i = 0, j = s.length();
            if (left) while (i < j && stripped(s.codePointAt(i), chars)) i += Character.charCount(s.codePointAt(i));
            if (right) while (j > i && stripped(s.codePointBefore(j), chars)) j -= Character.charCount(s.codePointBefore(j));
            return s.substring(i, j);
        });
    }

    private static boolean stripped(int c, String chars) {
        return chars == null ? isSpace(c) : chars.indexOf(c) >= 0;
    }

    private static void padMethod(PyType t, String name) {
        Def.methodPositional(t, name, (self, a, off, n, kw) -> {
            Args.check(name, n, kw, 1, 2);
            String s = value(self);
            long width = Args.ssize(a[off]);
            String fill = " ";
            if (n == 2) {
                fill = value(a[off + 1]);
                if (fill == null) {
                    throw Exceptions.typeError("The fill character must be a unicode character, not "
                            + Py.type(a[off + 1]).name);
                }
                if (length(fill) != 1) throw Exceptions.typeError("The fill character must be exactly one character long");
            }
            long len = length(s);
            if (len >= width) return s;
            int total = (int) (width - len);
            int leftPad = switch (name) {
                case "ljust" -> 0;
                case "rjust" -> total;
                default -> total / 2 + (total & (int) width & 1);
            };
            return fill.repeat(leftPad) + s + fill.repeat(total - leftPad);
        });
    }

    private static PyList split(String s, Object[] a, int off, int n, String[] kw, boolean fromRight) {
        Object[] p = Args.bind(fromRight ? "rsplit" : "split", a, off, n, kw, new String[] {"sep", "maxsplit"}, 2, 0);
        Object sepArg = p[0] == null ? Py.None : p[0], maxArg = p[1] == null ? -1L : p[1];
        long max = Args.ssize(maxArg);
        if (max < 0) max = Long.MAX_VALUE;
        List<Object> out = new ArrayList<>();
        if (sepArg == Py.None) {
            if (!fromRight) {
                int i = 0, len = s.length();
                while (true) {
                    while (i < len && isSpace(s.charAt(i))) i++;
                    if (i == len) break;
                    if (out.size() == max) {
                        out.add(s.substring(i));
                        break;
                    }
                    int j = i;
                    while (j < len && !isSpace(s.charAt(j))) j++;
                    out.add(s.substring(i, j));
                    i = j;
                }
            } else {
                int j = s.length();
                while (true) {
                    while (j > 0 && isSpace(s.charAt(j - 1))) j--;
                    if (j == 0) break;
                    if (out.size() == max) {
                        out.add(s.substring(0, j));
                        break;
                    }
                    int i = j;
                    while (i > 0 && !isSpace(s.charAt(i - 1))) i--;
                    out.add(s.substring(i, j));
                    j = i;
                }
                java.util.Collections.reverse(out);
            }
            return new PyList(out);
        }
        String sep = value(sepArg);
        if (sep == null) throw Exceptions.typeError("must be str or None, not " + Py.type(sepArg).name);
        if (sep.isEmpty()) throw Exceptions.valueError("empty separator");
        if (!fromRight) {
            int i = 0;
            for (int j; out.size() < max && (j = s.indexOf(sep, i)) >= 0; i = j + sep.length()) out.add(s.substring(i, j));
            out.add(s.substring(i));
        } else {
            int j = s.length();
            for (int i; out.size() < max && (i = s.lastIndexOf(sep, j - sep.length())) >= 0 && j - sep.length() >= 0;
                 j = i) {
                out.add(s.substring(i + sep.length(), j));
            }
            out.add(s.substring(0, j));
            java.util.Collections.reverse(out);
        }
        return new PyList(out);
    }

    private static PyList splitlines(String s, boolean keepends) {
        List<Object> out = new ArrayList<>();
        int i = 0, len = s.length();
        while (i < len) {
            int j = i;
            while (j < len && !isLineBreak(s.charAt(j))) j++;
            int eol = j;
            if (j < len) {
                j += s.charAt(j) == '\r' && j + 1 < len && s.charAt(j + 1) == '\n' ? 2 : 1;
                if (keepends) eol = j;
            }
            out.add(s.substring(i, eol));
            i = j;
        }
        return new PyList(out);
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d || c == 0x1e
                || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    /** start/end arguments (slice semantics, None allowed) as code point bounds. */
    private static long[] bounds(String s, Object[] a, int off, int n) {
        long len = length(s);
        long start = n >= 2 && a[off + 1] != Py.None ? Abstract.sliceIndex(a[off + 1]) : 0;
        long end = n >= 3 && a[off + 2] != Py.None ? Abstract.sliceIndex(a[off + 2]) : len;
        if (start < 0) start = Math.max(0, start + len);
        if (end < 0) end = Math.max(0, end + len);
        end = Math.min(end, len);
        return new long[] {start, Math.max(end, 0)};
    }

    private static Object affix(String s, String name, Object[] a, int off, int n, String[] kw, boolean prefix) {
        Args.check(name, n, kw, 1, 3);
        long[] r = bounds(s, a, off, n);
        String part = r[0] > length(s) || r[0] > r[1] ? null : substring(s, r[0], r[1]);
        Object x = a[off];
        if (x instanceof PyTuple tup) {
            for (int i = 0; i < tup.size(); i++) {
                String p = value(tup.get(i));
                if (p == null) {
                    throw Exceptions.typeError("tuple for " + name + " must only contain str, not "
                            + Py.type(tup.get(i)).name);
                }
                if (part != null && (prefix ? part.startsWith(p) : part.endsWith(p))) return Boolean.TRUE;
            }
            return Boolean.FALSE;
        }
        String p = value(x);
        if (p == null) {
            throw Exceptions.typeError(name + " first arg must be str or a tuple of str, not " + Py.type(x).name);
        }
        return Py.bool(part != null && (prefix ? part.startsWith(p) : part.endsWith(p)));
    }

    private static Object find(String s, String name, Object[] a, int off, int n, String[] kw, boolean reverse,
                               boolean raise) {
        Args.check(name, n, kw, 1, 3);
        String sub = arg(name + "() argument 1", a[off]);
        long[] r = bounds(s, a, off, n);
        long found = -1;
        if (r[0] <= r[1] && r[0] <= length(s)) {
            boolean bmp = isBmp(s);
            int from = offset(s, bmp, r[0]), to = offset(s, bmp, r[1]);
            String hay = s.substring(from, to);
            int i = reverse ? hay.lastIndexOf(sub) : hay.indexOf(sub);
            if (i >= 0) found = r[0] + (bmp ? i : hay.codePointCount(0, i));
        }
        if (found < 0 && raise) throw Exceptions.valueError("substring not found");
        return found;
    }

    static String replace(String s, String old, String rep, long count) {
        if (count < 0) count = Long.MAX_VALUE;
        if (old.isEmpty()) {
            StringBuilder sb = new StringBuilder();
            long done = 0;
            int i = 0;
            if (done < count) { sb.append(rep); done++; }
            while (i < s.length()) {
                int c = s.codePointAt(i);
                sb.appendCodePoint(c);
                i += Character.charCount(c);
                if (done < count && i < s.length() + 1) { sb.append(rep); done++; }
            }
            return sb.toString();
        }
        StringBuilder sb = new StringBuilder();
        int i = 0;
        long done = 0;
        for (int j; done < count && (j = s.indexOf(old, i)) >= 0; i = j + old.length(), done++) {
            sb.append(s, i, j).append(rep);
        }
        return sb.append(s, i, s.length()).toString();
    }

    private static PyTuple partition(String s, String sep, boolean fromRight) {
        if (sep.isEmpty()) throw Exceptions.valueError("empty separator");
        int i = fromRight ? s.lastIndexOf(sep) : s.indexOf(sep);
        if (i < 0) return fromRight ? PyTuple.of("", "", s) : PyTuple.of(s, "", "");
        return PyTuple.of(s.substring(0, i), sep, s.substring(i + sep.length()));
    }

    /** Mirrors Objects/unicodeobject.c: unicodeiterobject (str_ascii_iterator for ASCII strings). */
    static final class StrIter extends PyIterator {
        private final String s;
        private int i;

        StrIter(String s) {
            super(s.chars().allMatch(c -> c < 128) ? Py.STR_ASCII_ITERATOR : Py.STR_ITERATOR);
            this.s = s;
        }

        @Override
        public Object nextOrNull() {
            if (i >= s.length()) return null;
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            return c < 0x10000 ? String.valueOf((char) c) : Character.toString(c);
        }
    }
}
