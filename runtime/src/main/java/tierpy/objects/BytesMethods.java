package tierpy.objects;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Mirrors Objects/bytes_methods.c and the method tables of bytesobject.c / bytearrayobject.c:
 * the str-like methods of bytes and bytearray, with ASCII-only character classes. They work on
 * the latin-1 view of the data (one char per byte) and return the receiver's own type.
 */
final class BytesMethods {
    private BytesMethods() {}

    private static boolean isLower(int c) { return c >= 'a' && c <= 'z'; }
    private static boolean isUpper(int c) { return c >= 'A' && c <= 'Z'; }
    private static boolean isAlpha(int c) { return isLower(c) || isUpper(c); }
    private static boolean isDigit(int c) { return c >= '0' && c <= '9'; }
    private static int toUpper(int c) { return isLower(c) ? c - 32 : c; }
    private static int toLower(int c) { return isUpper(c) ? c + 32 : c; }

    private static String text(Object self) {
        return PyBytes.value(self).latin1();
    }

    private static PyBytes result(Object self, String s) {
        return PyBytes.value(self).same(PyBytes.latin1(s));
    }

    /** A bytes-like argument's latin-1 view, with the message CPython gives otherwise. */
    private static String bytesArg(Object o) {
        return PyBytes.buffer(o).latin1();
    }

    static String hex(byte[] d, Object sep, long perSep) {
        String separator = "";
        if (sep != null) {
            // _Py_strhex_impl: the length is checked before the type
            if (Abstract.len(sep) != 1) throw Exceptions.valueError("sep must be length 1.");
            separator = sep instanceof String s ? s : PyBytes.bytesOrNull(sep) == null ? null : PyBytes.value(sep).latin1();
            if (separator == null) throw Exceptions.typeError("sep must be str or bytes.");
            if (separator.charAt(0) > 127) throw Exceptions.valueError("sep must be ASCII.");
        }
        StringBuilder sb = new StringBuilder();
        long group = Math.abs(perSep);
        for (int i = 0; i < d.length; i++) {
            if (i > 0 && !separator.isEmpty() && group > 0) {
                long fromStart = i, fromEnd = d.length - i;
                if ((perSep < 0 ? fromStart : fromEnd) % group == 0) sb.append(separator);
            }
            sb.append(Character.forDigit((d[i] >> 4) & 0xf, 16)).append(Character.forDigit(d[i] & 0xf, 16));
        }
        return sb.toString();
    }

    /** start/end (slice semantics, None allowed) clamped to the length. */
    private static int[] bounds(int len, Object[] a, int off, int n) {
        long start = n >= 2 && a[off + 1] != Py.None ? Abstract.sliceIndex(a[off + 1]) : 0;
        long end = n >= 3 && a[off + 2] != Py.None ? Abstract.sliceIndex(a[off + 2]) : len;
        if (start < 0) start = Math.max(0, start + len);
        if (end < 0) end = Math.max(0, end + len);
        return new int[] {(int) Math.min(start, Integer.MAX_VALUE), (int) Math.min(end, len)};
    }

    private static long find(Object self, String name, Object[] a, int off, int n, String[] kw, boolean reverse) {
        Args.check(name, n, kw, 1, 3);
        String s = text(self);
        int[] r = bounds(s.length(), a, off, n);
        String sub = PyBytes.needle(a[off]);
        if (r[0] > s.length() || r[0] > r[1] || r[1] - r[0] < sub.length()) return -1;
        int i = reverse ? s.lastIndexOf(sub, r[1] - sub.length()) : s.indexOf(sub, r[0]);
        return i < r[0] || i + sub.length() > r[1] ? -1 : i;
    }

    private static Object affix(Object self, String name, Object[] a, int off, int n, String[] kw, boolean prefix) {
        Args.check(name, n, kw, 1, 3);
        String s = text(self);
        int[] r = bounds(s.length(), a, off, n);
        Object x = a[off];
        if (!(x instanceof PyTuple) && PyBytes.value(x) == null) {
            throw Exceptions.typeError(name + " first arg must be bytes or a tuple of bytes, not " + Py.type(x).name);
        }
        String part = r[0] > s.length() || r[0] > r[1] ? null : s.substring(r[0], r[1]);
        // tuple items are checked as they are tried: the first match ends the search
        PyTuple candidates = x instanceof PyTuple tup ? tup : PyTuple.of(x);
        for (int i = 0; i < candidates.size(); i++) {
            String affix = PyBytes.buffer(candidates.get(i)).latin1();
            if (part != null && (prefix ? part.startsWith(affix) : part.endsWith(affix))) return Boolean.TRUE;
        }
        return Boolean.FALSE;
    }

    private static Object strip(Object self, String name, Object[] a, int off, int n, String[] kw, boolean left, boolean right) {
        Args.check(name, n, kw, 0, 1);
        String s = text(self);
        String chars = n == 1 && a[off] != Py.None ? bytesArg(a[off]) : null;
        int i = 0, j = s.length();
        if (left) while (i < j && stripped(s.charAt(i), chars)) i++;
        if (right) while (j > i && stripped(s.charAt(j - 1), chars)) j--;
        return result(self, s.substring(i, j));
    }

    private static boolean stripped(char c, String chars) {
        return chars == null ? PyBytes.isSpace(c) : chars.indexOf(c) >= 0;
    }

    private static Object split(Object self, Object[] a, int off, int n, String[] kw, boolean fromRight) {
        Object[] p = Args.bind(fromRight ? "rsplit" : "split", a, off, n, kw, new String[] {"sep", "maxsplit"}, 2, 0);
        String s = text(self);
        long max = p[1] == null ? -1 : Args.ssize(p[1]);
        if (max < 0) max = Long.MAX_VALUE;
        List<String> parts = new ArrayList<>();
        if (p[0] == null || p[0] == Py.None) {
            int len = s.length();
            if (!fromRight) {
                int i = 0;
                while (true) {
                    while (i < len && PyBytes.isSpace(s.charAt(i))) i++;
                    if (i == len) break;
                    int j = i;
                    if (parts.size() == max) {
                        j = len;
                        while (j > i && PyBytes.isSpace(s.charAt(j - 1))) j--;
                        parts.add(s.substring(i, j));
                        break;
                    }
                    while (j < len && !PyBytes.isSpace(s.charAt(j))) j++;
                    parts.add(s.substring(i, j));
                    i = j;
                }
            } else {
                int j = len;
                while (true) {
                    while (j > 0 && PyBytes.isSpace(s.charAt(j - 1))) j--;
                    if (j == 0) break;
                    int i = j;
                    if (parts.size() == max) {
                        i = 0;
                        while (i < j && PyBytes.isSpace(s.charAt(i))) i++;
                        parts.add(s.substring(i, j));
                        break;
                    }
                    while (i > 0 && !PyBytes.isSpace(s.charAt(i - 1))) i--;
                    parts.add(s.substring(i, j));
                    j = i;
                }
                Collections.reverse(parts);
            }
        } else {
            String sep = bytesArg(p[0]);
            if (sep.isEmpty()) throw Exceptions.valueError("empty separator");
            if (!fromRight) {
                int i = 0;
                for (int j; parts.size() < max && (j = s.indexOf(sep, i)) >= 0; i = j + sep.length()) parts.add(s.substring(i, j));
                parts.add(s.substring(i));
            } else {
                int j = s.length();
                for (int i; parts.size() < max && j >= sep.length() && (i = s.lastIndexOf(sep, j - sep.length())) >= 0; j = i) {
                    parts.add(s.substring(i + sep.length(), j));
                }
                parts.add(s.substring(0, j));
                Collections.reverse(parts);
            }
        }
        PyList out = new PyList();
        for (String part : parts) out.append(result(self, part));
        return out;
    }

    private static Object pad(Object self, String name, Object[] a, int off, int n, String[] kw) {
        Args.check(name, n, kw, 1, 2);
        String s = text(self);
        long width = Args.ssize(a[off]);
        char fill = ' ';
        if (n == 2) {
            PyBytes f = PyBytes.value(a[off + 1]);
            if (f == null || f.size != 1) {
                throw Exceptions.typeError(name + "() argument 2 must be a byte string of length 1, not " + Py.type(a[off + 1]).name);
            }
            fill = (char) (f.data[0] & 0xff);
        }
        if (s.length() >= width) return result(self, s);
        int total = (int) (width - s.length());
        int left = switch (name) {
            case "ljust" -> 0;
            case "rjust" -> total;
            default -> total / 2 + (total & (int) width & 1);
        };
        String f = String.valueOf(fill);
        return result(self, f.repeat(left) + s + f.repeat(total - left));
    }

    private static Object partition(Object self, Object sepArg, boolean fromRight) {
        String s = text(self), sep = bytesArg(sepArg);
        if (sep.isEmpty()) throw Exceptions.valueError("empty separator");
        int i = fromRight ? s.lastIndexOf(sep) : s.indexOf(sep);
        if (i < 0) return fromRight ? PyTuple.of(result(self, ""), result(self, ""), result(self, s))
                : PyTuple.of(result(self, s), result(self, ""), result(self, ""));
        return PyTuple.of(result(self, s.substring(0, i)), result(self, sep), result(self, s.substring(i + sep.length())));
    }

    private interface CharTest { boolean test(int c); }

    private static void predicate(PyType t, String name, CharTest p, boolean emptyResult) {
        Def.method0(t, name, self -> {
            String s = text(self);
            if (s.isEmpty()) return Py.bool(emptyResult);
            for (int i = 0; i < s.length(); i++) if (!p.test(s.charAt(i))) return Boolean.FALSE;
            return Boolean.TRUE;
        });
    }

    private interface CharMap { int map(int c); }

    private static void mapping(PyType t, String name, CharMap m) {
        Def.method0(t, name, self -> {
            byte[] d = PyBytes.value(self).toArray();
            for (int i = 0; i < d.length; i++) d[i] = (byte) m.map(d[i] & 0xff);
            return PyBytes.value(self).same(d);
        });
    }

    private static Object cased(Object self, boolean wantUpper) {
        String s = text(self);
        boolean cased = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (wantUpper ? isLower(c) : isUpper(c)) return Boolean.FALSE;
            cased |= wantUpper ? isUpper(c) : isLower(c);
        }
        return Py.bool(cased);
    }

    private static Object translate(Object self, Object[] a, int off, int n, String[] kw) {
        Object[] p = Args.bind("translate", a, off, n, kw, new String[] {"table", "delete"}, 1, 2, 1);
        String table = p[0] == Py.None ? null : bytesArg(p[0]);
        if (table != null && table.length() != 256) throw Exceptions.valueError("translation table must be 256 characters long");
        String delete = p[1] == null ? "" : bytesArg(p[1]);
        String s = text(self);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (delete.indexOf(c) >= 0) continue;
            sb.append(table == null ? c : table.charAt(c));
        }
        return result(self, sb.toString());
    }

    private static Object affixRemoval(Object self, Object x, boolean prefix) {
        String s = text(self), a = bytesArg(x);
        if (prefix && s.startsWith(a)) return result(self, s.substring(a.length()));
        if (!prefix && s.endsWith(a) && !a.isEmpty()) return result(self, s.substring(0, s.length() - a.length()));
        return result(self, s);
    }

    static void install() {
        for (PyType t : new PyType[] {Py.BYTES, Py.BYTEARRAY}) {
            Def.methodV(t, "hex", (self, a, off, n, kw) -> {
                Object[] p = Args.bind("hex", a, off, n, kw, new String[] {"sep", "bytes_per_sep"}, 2, 0);
                return hex(PyBytes.value(self).toArray(), p[0], p[1] == null ? 1 : Args.cInt(p[1]));
            });
            Def.methodPositional(t, "find", (self, a, off, n, kw) -> find(self, "find", a, off, n, kw, false));
            Def.methodPositional(t, "rfind", (self, a, off, n, kw) -> find(self, "rfind", a, off, n, kw, true));
            Def.methodPositional(t, "index", (self, a, off, n, kw) -> {
                long i = find(self, "index", a, off, n, kw, false);
                if (i < 0) throw Exceptions.valueError("subsection not found");
                return i;
            });
            Def.methodPositional(t, "rindex", (self, a, off, n, kw) -> {
                long i = find(self, "rindex", a, off, n, kw, true);
                if (i < 0) throw Exceptions.valueError("subsection not found");
                return i;
            });
            Def.methodPositional(t, "count", (self, a, off, n, kw) -> {
                Args.check("count", n, kw, 1, 3);
                String s = text(self);
                int[] r = bounds(s.length(), a, off, n);
                String sub = PyBytes.needle(a[off]);
                if (r[0] > s.length() || r[0] > r[1]) return 0L;
                String hay = s.substring(r[0], r[1]);
                if (sub.isEmpty()) return (long) hay.length() + 1;
                long c = 0;
                for (int i = hay.indexOf(sub); i >= 0; i = hay.indexOf(sub, i + sub.length())) c++;
                return c;
            });
            Def.methodPositional(t, "startswith", (self, a, off, n, kw) -> affix(self, "startswith", a, off, n, kw, true));
            Def.methodPositional(t, "endswith", (self, a, off, n, kw) -> affix(self, "endswith", a, off, n, kw, false));
            Def.methodPositional(t, "strip", (self, a, off, n, kw) -> strip(self, "strip", a, off, n, kw, true, true));
            Def.methodPositional(t, "lstrip", (self, a, off, n, kw) -> strip(self, "lstrip", a, off, n, kw, true, false));
            Def.methodPositional(t, "rstrip", (self, a, off, n, kw) -> strip(self, "rstrip", a, off, n, kw, false, true));
            Def.methodV(t, "split", (self, a, off, n, kw) -> split(self, a, off, n, kw, false));
            Def.methodV(t, "rsplit", (self, a, off, n, kw) -> split(self, a, off, n, kw, true));
            Def.methodV(t, "splitlines", (self, a, off, n, kw) -> {
                Object[] p = Args.bind("splitlines", a, off, n, kw, new String[] {"keepends"}, 1, 0);
                boolean keep = p[0] != null && Abstract.isTrue(p[0]);
                String s = text(self);
                PyList out = new PyList();
                int i = 0, len = s.length();
                while (i < len) {
                    int j = i;
                    while (j < len && s.charAt(j) != '\n' && s.charAt(j) != '\r') j++;
                    int eol = j;
                    if (j < len) j += s.charAt(j) == '\r' && j + 1 < len && s.charAt(j + 1) == '\n' ? 2 : 1;
                    out.append(result(self, s.substring(i, keep ? j : eol)));
                    i = j;
                }
                return out;
            });
            Def.method1(t, "partition", (self, sep) -> partition(self, sep, false));
            Def.method1(t, "rpartition", (self, sep) -> partition(self, sep, true));
            for (String name : new String[] {"center", "ljust", "rjust"}) {
                Def.methodPositional(t, name, (self, a, off, n, kw) -> pad(self, name, a, off, n, kw));
            }
            Def.method1(t, "zfill", (self, w) -> {
                String s = text(self);
                long width = Args.ssize(w);
                if (s.length() >= width) return result(self, s);
                int sign = !s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-') ? 1 : 0;
                return result(self, s.substring(0, sign) + "0".repeat((int) width - s.length()) + s.substring(sign));
            });
            Def.methodV(t, "expandtabs", (self, a, off, n, kw) -> {
                Object[] p = Args.bind("expandtabs", a, off, n, kw, new String[] {"tabsize"}, 1, 0);
                long tab = p[0] == null ? 8 : Args.cInt(p[0]);
                String s = text(self);
                StringBuilder sb = new StringBuilder();
                int col = 0;
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    if (c == '\t') {
                        if (tab > 0) {
                            int spaces = (int) (tab - col % tab);
                            sb.append(" ".repeat(spaces));
                            col += spaces;
                        }
                    } else {
                        sb.append(c);
                        col = c == '\n' || c == '\r' ? 0 : col + 1;
                    }
                }
                return result(self, sb.toString());
            });
            mapping(t, "upper", BytesMethods::toUpper);
            mapping(t, "lower", BytesMethods::toLower);
            mapping(t, "swapcase", c -> isLower(c) ? c - 32 : isUpper(c) ? c + 32 : c);
            Def.method0(t, "capitalize", self -> {
                byte[] d = PyBytes.value(self).toArray();
                for (int i = 0; i < d.length; i++) d[i] = (byte) (i == 0 ? toUpper(d[i] & 0xff) : toLower(d[i] & 0xff));
                return PyBytes.value(self).same(d);
            });
            Def.method0(t, "title", self -> {
                byte[] d = PyBytes.value(self).toArray();
                boolean previousCased = false;
                for (int i = 0; i < d.length; i++) {
                    int c = d[i] & 0xff;
                    d[i] = (byte) (previousCased ? toLower(c) : toUpper(c));
                    previousCased = isAlpha(c);
                }
                return PyBytes.value(self).same(d);
            });
            predicate(t, "isalpha", BytesMethods::isAlpha, false);
            predicate(t, "isalnum", c -> isAlpha(c) || isDigit(c), false);
            predicate(t, "isdigit", BytesMethods::isDigit, false);
            predicate(t, "isspace", PyBytes::isSpace, false);
            predicate(t, "isascii", c -> c < 128, true);
            Def.method0(t, "islower", self -> cased(self, false));
            Def.method0(t, "isupper", self -> cased(self, true));
            Def.method0(t, "istitle", self -> {
                String s = text(self);
                boolean cased = false, previousCased = false;
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    if (isUpper(c)) {
                        if (previousCased) return Boolean.FALSE;
                        previousCased = cased = true;
                    } else if (isLower(c)) {
                        if (!previousCased) return Boolean.FALSE;
                        previousCased = cased = true;
                    } else {
                        previousCased = false;
                    }
                }
                return Py.bool(cased);
            });
            Def.methodV(t, "translate", BytesMethods::translate);
            Def.method1(t, "removeprefix", (self, x) -> affixRemoval(self, x, true));
            Def.method1(t, "removesuffix", (self, x) -> affixRemoval(self, x, false));
            Def.staticPositional(t, "maketrans", (s, a, off, n, kw) -> {
                Args.check("maketrans", n, kw, 2, 2);
                String from = bytesArg(a[off]), to = bytesArg(a[off + 1]);
                if (from.length() != to.length()) throw Exceptions.valueError("maketrans arguments must have same length");
                byte[] table = new byte[256];
                for (int i = 0; i < 256; i++) table[i] = (byte) i;
                for (int i = 0; i < from.length(); i++) table[from.charAt(i)] = (byte) to.charAt(i);
                return PyBytes.bytes(table);
            });
        }
        PyType ba = Py.BYTEARRAY;
        Def.methodPositional(ba, "insert", (self, a, off, n, kw) -> {
            Args.check("insert", n, kw, 2, 2);
            PyBytes b = PyBytes.value(self);
            long i = Args.ssize(a[off]);
            if (i < 0) i = Math.max(0, i + b.size);
            i = Math.min(i, b.size);
            int v = PyBytes.byteValue(a[off + 1]);
            byte[] d = b.toArray();
            byte[] out = new byte[d.length + 1];
            System.arraycopy(d, 0, out, 0, (int) i);
            out[(int) i] = (byte) v;
            System.arraycopy(d, (int) i, out, (int) i + 1, d.length - (int) i);
            b.data = out;
            b.size = out.length;
            return Py.None;
        });
        Def.method1(ba, "remove", (self, x) -> {
            PyBytes b = PyBytes.value(self);
            int v = PyBytes.byteValue(x);
            for (int i = 0; i < b.size; i++) {
                if ((b.data[i] & 0xff) == v) {
                    System.arraycopy(b.data, i + 1, b.data, i, b.size - i - 1);
                    b.size--;
                    return Py.None;
                }
            }
            throw Exceptions.valueError("value not found in bytearray");
        });
        Def.method0(ba, "reverse", self -> {
            PyBytes b = PyBytes.value(self);
            for (int i = 0, j = b.size - 1; i < j; i++, j--) {
                byte tmp = b.data[i];
                b.data[i] = b.data[j];
                b.data[j] = tmp;
            }
            return Py.None;
        });
    }
}
