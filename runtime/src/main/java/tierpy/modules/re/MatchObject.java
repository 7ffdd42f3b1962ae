package tierpy.modules.re;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import tierpy.modules.re.SreModule.Code;
import tierpy.objects.Abstract;
import tierpy.objects.Descriptors.BuiltinFunction;
import tierpy.objects.Exceptions;
import tierpy.objects.Ints;
import tierpy.objects.Py;
import tierpy.objects.PyBytes;
import tierpy.objects.PyDict;
import tierpy.objects.PyObject;
import tierpy.objects.PyTuple;
import tierpy.objects.PyType;
import tierpy.objects.Slots;

/**
 * Mirrors Modules/_sre/sre.c's Match type (match_group, match_groups, match_groupdict,
 * match_start/end/span, match_expand, match_repr, match_getindex): re.Match. Spans are kept twice,
 * in code points for Python and in UTF-16 indexes to cut the subject.
 */
final class MatchObject extends PyObject {
    static final PyType TYPE = PyType.newHeapType(Py.TYPE, "Match", new PyType[] {Py.OBJECT},
            Map.of("__module__", "re", "__qualname__", "Match"), null, null);

    final Code code;
    /** The re.Pattern and the subject as the caller gave them. */
    final Object pattern, string;
    /** The subject as matched: a str, or a bytes-like subject decoded as latin-1. */
    final String text;
    final boolean bytes;
    final long pos, endpos;
    /** start, end of each group in code points (-1 when unset), and the same in UTF-16 indexes. */
    final long[] spans;
    final int[] chars;
    final int lastIndex;

    MatchObject(Code code, Object pattern, Object string, String text, long pos, long endpos, long[] spans, int[] chars, int lastIndex) {
        super(TYPE);
        this.code = code;
        this.pattern = pattern;
        this.string = string;
        this.text = text;
        this.bytes = !code.isText;
        this.pos = pos;
        this.endpos = endpos;
        this.spans = spans;
        this.chars = chars;
        this.lastIndex = lastIndex;
    }

    /** The value of group g, or {@code dflt} when it did not participate. */
    Object group(int g, Object dflt) {
        if (chars[2 * g] < 0) return dflt;
        return piece(text.substring(chars[2 * g], chars[2 * g + 1]));
    }

    private Object piece(String s) {
        return bytes ? PyBytes.bytes(s.getBytes(StandardCharsets.ISO_8859_1)) : s;
    }

    /** match_getindex: an int-like group number or a group name, else IndexError. */
    int index(Object g) {
        long i = -1;
        Object v = Ints.value(g);
        if (v == null && Py.type(g).index != null) v = Abstract.index(g);
        if (v instanceof Long l) {
            i = l;
        } else if (v == null && g instanceof String name) {
            Integer gi = code.groupIndex.get(name);
            if (gi != null) i = gi;
        }
        if (i < 0 || i > code.groups) throw Exceptions.indexError("no such group");
        return (int) i;
    }

    private String lastGroup() {
        for (var e : code.groupIndex.entrySet()) {
            if (e.getValue() == lastIndex) return e.getKey();
        }
        return null;
    }

    private Object groupsTuple(Object dflt) {
        Object[] out = new Object[code.groups];
        for (int g = 1; g <= code.groups; g++) out[g - 1] = group(g, dflt);
        return PyTuple.of(out);
    }

    private Object span(int g) {
        return PyTuple.of(spans[2 * g], spans[2 * g + 1]);
    }

    /** match_expand: the template's literals and groups (an unmatched group adds nothing). */
    private Object expand(Object template) {
        boolean textTemplate = template instanceof String;
        String source = textTemplate ? (String) template : SreModule.latin1(template);
        List<Object> items;
        try {
            items = Parser.parseTemplate(source, textTemplate, code.groups, code.groupIndex);
        } catch (Parser.Error e) {
            throw SreModule.patternError(e, template, code.error);
        }
        if (textTemplate == bytes) throw Exceptions.typeError("expected " + (bytes ? "a bytes-like object" : "str instance")
                + ", " + Py.type(template).name + " found");
        StringBuilder out = new StringBuilder();
        for (Object item : items) {
            if (item instanceof String literal) out.append(literal);
            else if (chars[2 * (Integer) item] >= 0) out.append(text, chars[2 * (Integer) item], chars[2 * (Integer) item + 1]);
        }
        return piece(out.toString());
    }

    /** A method of re.Match, called with the match and the vectorcall arguments after self. */
    @FunctionalInterface
    private interface Method {
        Object call(MatchObject m, Object[] a, int off, int n, String[] kw);
    }

    private static final Map<String, Method> METHODS = Map.of(
            "group", (m, a, off, n, kw) -> {
                noKeywords("group", kw);
                if (n == 0) return m.group(0, Py.None);
                if (n == 1) return m.group(m.index(a[off]), Py.None);
                Object[] out = new Object[n];
                for (int i = 0; i < n; i++) out[i] = m.group(m.index(a[off + i]), Py.None);
                return PyTuple.of(out);
            },
            "groups", (m, a, off, n, kw) -> m.groupsTuple(defaultArg("groups", a, off, n, kw)),
            "groupdict", (m, a, off, n, kw) -> {
                Object dflt = defaultArg("groupdict", a, off, n, kw);
                PyDict out = new PyDict();
                m.code.groupIndex.forEach((k, g) -> out.setItem(k, m.group(g, dflt)));
                return out;
            },
            "start", (m, a, off, n, kw) -> m.spans[2 * m.groupArg("start", a, off, n, kw)],
            "end", (m, a, off, n, kw) -> m.spans[2 * m.groupArg("end", a, off, n, kw) + 1],
            "span", (m, a, off, n, kw) -> m.span(m.groupArg("span", a, off, n, kw)),
            "expand", (m, a, off, n, kw) -> {
                noKeywords("expand", kw);
                if (n != 1) throw Exceptions.typeError("expand() takes exactly one argument (" + n + " given)");
                return m.expand(a[off]);
            },
            // a match is immutable: copies are itself
            "__copy__", (m, a, off, n, kw) -> m,
            "__deepcopy__", (m, a, off, n, kw) -> m);

    static {
        TYPE.acceptableBase = false;
        TYPE.init = null;
        TYPE.tpNew = (c, a, off, n, kw) -> {
            throw Exceptions.typeError("cannot create 're.Match' instances");
        };
        Slots.GetAttr generic = Py.OBJECT.getattro;
        TYPE.getattro = (o, name) -> {
            MatchObject m = (MatchObject) o;
            return switch (name) {
                case "string" -> m.string;
                case "re" -> m.pattern;
                case "pos" -> m.pos;
                case "endpos" -> m.endpos;
                case "lastindex" -> m.lastIndex < 0 ? Py.None : (Object) (long) m.lastIndex;
                case "lastgroup" -> {
                    String g = m.lastGroup();
                    yield g == null ? Py.None : g;
                }
                case "regs" -> {
                    Object[] regs = new Object[m.code.groups + 1];
                    for (int g = 0; g < regs.length; g++) regs[g] = m.span(g);
                    yield PyTuple.of(regs);
                }
                case "__dict__" -> throw Exceptions.attributeError("'re.Match' object has no attribute '__dict__'", name, o);
                default -> {
                    Method method = METHODS.get(name);
                    yield method == null ? generic.get(o, name)
                            : new BuiltinFunction(name, (s, a, off, n, kw) -> method.call(m, a, off, n, kw));
                }
            };
        };
        // in the type's dict too (unbound: self first), for dir() and copy's lookup of __copy__
        METHODS.forEach((name, method) -> TYPE.dict.put(name, new BuiltinFunction(name, (s, a, off, n, kw) -> {
            if (n < 1 || !(a[off] instanceof MatchObject m)) {
                throw Exceptions.typeError("descriptor '" + name + "' for 're.Match' objects needs a 're.Match' argument");
            }
            return method.call(m, a, off + 1, n - 1, kw);
        })));
        TYPE.getitem = (o, g) -> {
            MatchObject m = (MatchObject) o;
            return m.group(m.index(g), Py.None);
        };
        TYPE.repr = o -> {
            MatchObject m = (MatchObject) o;
            String match = Abstract.repr(m.group(0, Py.None));
            if (match.codePointCount(0, match.length()) > 50) match = match.substring(0, match.offsetByCodePoints(0, 50));
            return "<re.Match object; span=(" + m.spans[0] + ", " + m.spans[1] + "), match=" + match + ">";
        };
    }

    private static void noKeywords(String name, String[] kw) {
        if (kw != null && kw.length > 0) throw Exceptions.typeError(name + "() takes no keyword arguments");
    }

    /** The optional positional group of start/end/span (0 by default). */
    private int groupArg(String name, Object[] a, int off, int n, String[] kw) {
        noKeywords(name, kw);
        if (n > 1) throw Exceptions.typeError(name + " expected at most 1 argument, got " + n);
        return n == 0 ? 0 : index(a[off]);
    }

    /** The optional {@code default} of groups/groupdict, positional or by keyword. */
    private static Object defaultArg(String name, Object[] a, int off, int n, String[] kw) {
        int given = n + (kw == null ? 0 : kw.length);
        if (given > 1) throw Exceptions.typeError(name + "() takes at most 1 argument (" + given + " given)");
        if (kw != null && kw.length == 1) {
            if (!kw[0].equals("default")) throw Exceptions.unexpectedKeyword(name, kw[0], "default");
            return a[off + n];
        }
        return n == 1 ? a[off] : Py.None;
    }
}
