package tierpy.objects;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Mirrors Objects/bytesobject.c and Objects/bytearrayobject.c: one Java class for bytes
 * (never mutated) and bytearray (growable), with bytes_repr's quoting, the buffer-style
 * constructors, decode, hex/fromhex and the common search/split methods. Byte-level searches
 * run on the latin-1 view of the data, which maps each byte to one char.
 */
public final class PyBytes extends PyObject {
    byte[] data;
    int size;

    private PyBytes(PyType type, byte[] data, int size) {
        super(type);
        this.data = data;
        this.size = size;
    }

    public static PyBytes bytes(byte[] data) {
        return new PyBytes(Py.BYTES, data, data.length);
    }

    public static PyBytes bytearray(byte[] data) {
        return new PyBytes(Py.BYTEARRAY, data.clone(), data.length);
    }

    public byte[] toArray() {
        return Arrays.copyOf(data, size);
    }

    /** The contents of a bytes-like object (bytes, bytearray, memoryview), or null for anything else. */
    public static byte[] bytesOrNull(Object o) {
        PyBytes b = value(o);
        return b == null ? null : b.toArray();
    }

    static PyBytes value(Object o) {
        if (o instanceof PyBytes b) return b;
        if (o instanceof PyMemoryView m) return bytes(m.toBytes());
        if (o instanceof PyInstance i && i.payload instanceof PyBytes b) return b;
        return null;
    }

    boolean mutable() {
        return type == Py.BYTEARRAY;
    }

    /** A result of the same kind as this (bytes methods return bytes, bytearray methods bytearray). */
    PyBytes same(byte[] d) {
        return new PyBytes(mutable() ? Py.BYTEARRAY : Py.BYTES, d, d.length);
    }

    String latin1() {
        return new String(data, 0, size, StandardCharsets.ISO_8859_1);
    }

    static byte[] latin1(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A bytes-like argument (bytes or bytearray), with CPython's message otherwise. */
    static PyBytes buffer(Object o) {
        PyBytes b = value(o);
        if (b == null) throw Exceptions.typeError("a bytes-like object is required, not '" + Py.type(o).name + "'");
        return b;
    }

    static boolean isSpace(int c) {
        return c == ' ' || (c >= 9 && c <= 13);
    }

    /** bytes_repr: b'...' with the quote chosen like str, escapes for non-printable ASCII. */
    static String repr(PyBytes b) {
        boolean hasSingle = false, hasDouble = false;
        for (int i = 0; i < b.size; i++) {
            hasSingle |= b.data[i] == '\'';
            hasDouble |= b.data[i] == '"';
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder("b").append(quote);
        for (int i = 0; i < b.size; i++) {
            int c = b.data[i] & 0xff;
            if (c == quote || c == '\\') sb.append('\\').append((char) c);
            else if (c == '\t') sb.append("\\t");
            else if (c == '\n') sb.append("\\n");
            else if (c == '\r') sb.append("\\r");
            else if (c < ' ' || c >= 0x7f) sb.append(String.format("\\x%02x", c));
            else sb.append((char) c);
        }
        sb.append(quote);
        return b.mutable() ? "bytearray(" + sb + ")" : sb.toString();
    }

    /** The byte values of bytes(x) / bytearray(x) for one argument without encoding. */
    private static byte[] fromObject(Object x, boolean mutableResult) {
        if (x instanceof String) throw Exceptions.typeError("string argument without an encoding");
        PyBytes b = value(x);
        if (b != null) return b.toArray();
        if (Py.type(x).index != null) {
            long n = Abstract.asSsize(x, true);
            if (n < 0) throw Exceptions.valueError("negative count");
            if (n > Integer.MAX_VALUE - 16) throw Exceptions.raise(Exceptions.MemoryError);
            return new byte[(int) n];
        }
        if (Py.type(x).iter == null && Py.type(x).getitem == null) {
            throw Exceptions.typeError("cannot convert '" + Py.type(x).name + "' object to "
                    + (mutableResult ? "bytearray" : "bytes"));
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        Object it = Abstract.iter(x);
        for (Object item; (item = Abstract.next(it)) != null; ) {
            try {
                out.write(byteValue(item));
            } catch (PyException e) {
                // bytes(iterable) says "bytes must be", bytearray's constructor keeps "byte must be"
                if (!mutableResult && e.matches(Exceptions.ValueError)) throw Exceptions.valueError("bytes must be in range(0, 256)");
                throw e;
            }
        }
        return out.toByteArray();
    }

    static int byteValue(Object item) {
        if (Py.type(item).index == null) {
            throw Exceptions.typeError("'" + Py.type(item).name + "' object cannot be interpreted as an integer");
        }
        Object i = Abstract.index(item);
        if (!(i instanceof Long l) || l < 0 || l > 255) throw Exceptions.valueError("byte must be in range(0, 256)");
        return (int) (long) l;
    }

    private static Object construct(PyType type, Object[] a, int off, int n, String[] kw) {
        Object[] p = Args.bind(type.solidBase.name, a, off, n, kw, new String[] {"source", "encoding", "errors"}, 3, 0);
        byte[] d;
        String text = Strs.value(p[0]);
        if (p[0] == null) {
            if (p[1] != null || p[2] != null) {
                throw Exceptions.typeError(p[1] != null ? "encoding without a string argument" : "errors without a string argument");
            }
            d = new byte[0];
        } else if (text != null && p[1] != null) {
            d = Codecs.encode(text, Args.str(type.solidBase.name, "encoding", p[1]),
                    p[2] == null ? "strict" : Args.str(type.solidBase.name, "errors", p[2]));
        } else if (p[1] != null || p[2] != null) {
            throw Exceptions.typeError(text != null ? "string argument without an encoding"
                    : p[1] != null ? "encoding without a string argument" : "errors without a string argument");
        } else if (type.solidBase == Py.BYTES && Abstract.lookupSpecial(p[0], "__bytes__") instanceof Object hook) {
            // bytes_new asks __bytes__ before treating the source as a buffer, int or iterable
            Object result = Abstract.callBound(hook, p[0]);
            PyBytes converted = value(result);
            if (converted == null || converted.mutable()) {
                throw Exceptions.typeError("__bytes__ returned non-bytes (type " + Py.type(result).name + ")");
            }
            d = converted.toArray();
        } else {
            d = fromObject(p[0], type.solidBase == Py.BYTEARRAY);
        }
        PyBytes b = new PyBytes(type.solidBase, d, d.length);
        if (type == type.solidBase) return b;
        PyInstance inst = new PyInstance(type);
        inst.payload = b;
        return inst;
    }

    private Object getitem(Object key) {
        if (key instanceof PySlice sl) {
            long[] r = sl.indices(size);
            byte[] out = new byte[(int) r[3]];
            for (int k = 0; k < out.length; k++) out[k] = data[(int) (r[0] + k * r[2])];
            return same(out);
        }
        if (Py.type(key).index == null) {
            throw Exceptions.typeError((mutable() ? "bytearray" : "byte") + " indices must be integers or slices, not "
                    + Py.type(key).name);
        }
        int i = Seqs.index(key, size);
        if (i < 0) throw Exceptions.indexError(mutable() ? "bytearray index out of range" : "index out of range");
        return (long) (data[i] & 0xff);
    }

    private void setitem(Object key, Object value) {
        if (key instanceof PySlice sl) {
            long[] r = sl.indices(size);
            if (r[2] != 1) throw Exceptions.typeError("bytearray extended slice assignment is not supported");
            byte[] repl = value == null ? new byte[0] : fromObject(value, true);
            int start = (int) r[0], stop = Math.max(start, (int) r[1]);
            byte[] out = new byte[size - (stop - start) + repl.length];
            System.arraycopy(data, 0, out, 0, start);
            System.arraycopy(repl, 0, out, start, repl.length);
            System.arraycopy(data, stop, out, start + repl.length, size - stop);
            data = out;
            size = out.length;
            return;
        }
        if (Py.type(key).index == null) {
            throw Exceptions.typeError("bytearray indices must be integers or slices, not " + Py.type(key).name);
        }
        int i = Seqs.index(key, size);
        if (i < 0) throw Exceptions.indexError("bytearray index out of range");
        if (value == null) {
            System.arraycopy(data, i + 1, data, i, size - i - 1);
            size--;
        } else {
            data[i] = (byte) byteValue(value);
        }
    }

    private void append(int b) {
        if (size == data.length) data = Arrays.copyOf(data, Math.max(8, size * 2));
        data[size++] = (byte) b;
    }

    static final class BytesIter extends PyIterator {
        private final PyBytes b;
        private int i;

        BytesIter(PyBytes b) {
            super(b.mutable() ? Py.BYTEARRAY_ITERATOR : Py.BYTES_ITERATOR);
            this.b = b;
        }

        @Override
        public Object nextOrNull() {
            return i < b.size ? (Object) (long) (b.data[i++] & 0xff) : null;
        }
    }

    /** The needle for find/count/contains: bytes-like or an int in range(256). */
    static String needle(Object x) {
        PyBytes b = value(x);
        if (b != null) return b.latin1();
        if (Py.type(x).index != null) return String.valueOf((char) byteValue(x));
        throw Exceptions.typeError("argument should be integer or bytes-like object, not '" + Py.type(x).name + "'");
    }

    static void install() {
        for (PyType t : new PyType[] {Py.BYTES, Py.BYTEARRAY}) {
            t.repr = v -> repr(value(v));
            t.str = t.repr;
            t.len = v -> value(v).size;
            t.getitem = (v, k) -> value(v).getitem(k);
            t.iter = v -> new BytesIter(value(v));
            t.tpNew = PyBytes::construct;
            t.contains = (v, x) -> {
                // _Py_bytes_contains: an int is a byte, anything else must be a buffer
                String sub = Py.type(x).index != null ? String.valueOf((char) byteValue(x)) : buffer(x).latin1();
                return value(v).latin1().contains(sub);
            };
            t.concat = (v, w) -> {
                PyBytes a = value(v), b = value(w);
                if (b == null) {
                    throw Exceptions.typeError("can't concat " + Py.type(w).name + " to " + Py.type(v).name);
                }
                byte[] out = Arrays.copyOf(a.data, a.size + b.size);
                System.arraycopy(b.data, 0, out, a.size, b.size);
                return a.same(out);
            };
            t.repeat = (v, n) -> {
                PyBytes a = value(v);
                long count = Math.max(0, (Long) n);
                Strs.checkRepeat(a.size, count, a.mutable() ? null : "repeated bytes are too long");
                byte[] out = new byte[(int) (count * a.size)];
                for (int k = 0; k < count; k++) System.arraycopy(a.data, 0, out, k * a.size, a.size);
                return a.same(out);
            };
            t.nb[BinOp.REMAINDER.ordinal()] = (v, w) -> {
                PyBytes a = value(v);
                return a == null ? Py.NotImplemented : a.same(latin1(Format.percent(a.latin1(), w, true)));
            };
            t.richcompare = (v, w, op) -> {
                PyBytes a = value(v), b = value(w);
                if (b == null) return Py.NotImplemented;
                return Py.bool(op.test(Arrays.compareUnsigned(a.data, 0, a.size, b.data, 0, b.size)));
            };
            Def.methodV(t, "decode", (self, a, off, n, kw) -> {
                Object[] p = Args.bind("decode", a, off, n, kw, new String[] {"encoding", "errors"}, 2, 0);
                PyBytes b = value(self);
                return Codecs.decode(b.data, b.size, p[0] == null ? "utf-8" : Args.str("decode", "encoding", p[0]),
                        p[1] == null ? "strict" : Args.str("decode", "errors", p[1]));
            });
            Def.classMethod1(t, "fromhex", (cls, arg) -> {
                String s = Args.str("fromhex", arg);
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                for (int i = 0; i < s.length(); ) {
                    if (isSpace(s.charAt(i))) { i++; continue; }
                    int hi = i < s.length() ? Character.digit(s.charAt(i), 16) : -1;
                    int lo = i + 1 < s.length() ? Character.digit(s.charAt(i + 1), 16) : -1;
                    if (hi < 0 || lo < 0 || s.charAt(i) > 127 || s.charAt(i + 1) > 127) {
                        int at = hi < 0 ? i : i + 1;
                        throw Exceptions.valueError("non-hexadecimal number found in fromhex() arg at position " + at);
                    }
                    out.write(hi * 16 + lo);
                    i += 2;
                }
                PyBytes r = new PyBytes(((PyType) cls).solidBase, out.toByteArray(), out.size());
                return cls == ((PyType) cls).solidBase ? r : Abstract.call(cls, r);
            });
            Def.methodPositional(t, "replace", (self, a, off, n, kw) -> {
                Args.check("replace", n, kw, 2, 3);
                PyBytes b = value(self);
                String old = buffer(a[off]).latin1(), rep = buffer(a[off + 1]).latin1();
                long count = n == 3 ? Args.ssize(a[off + 2]) : -1;
                return b.same(latin1(Strs.replace(b.latin1(), old, rep, count)));
            });
            Def.method1(t, "join", (self, it) -> {
                PyBytes sep = value(self);
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                Object iter = Strs.iterForJoin(it);
                int i = 0;
                for (Object x; (x = Abstract.next(iter)) != null; i++) {
                    PyBytes part = value(x);
                    if (part == null) {
                        throw Exceptions.typeError("sequence item " + i + ": expected a bytes-like object, "
                                + Py.type(x).name + " found");
                    }
                    if (i > 0) out.write(sep.data, 0, sep.size);
                    out.write(part.data, 0, part.size);
                }
                return sep.same(out.toByteArray());
            });
        }
        Py.BYTES.hash = v -> Strs.hash(value(v).latin1());
        Py.BYTEARRAY.hash = ObjectType.UNHASHABLE;
        PyType ba = Py.BYTEARRAY;
        ba.setitem = (v, k, x) -> value(v).setitem(k, x);
        ba.inplaceConcat = (v, w) -> {
            PyBytes a = value(v), b = buffer(w);
            for (int i = 0, n = b.size; i < n; i++) a.append(b.data[i]);
            return v;
        };
        Def.method1(ba, "append", (self, x) -> {
            value(self).append(byteValue(x));
            return Py.None;
        });
        Def.method1(ba, "extend", (self, x) -> {
            PyBytes b = value(self);
            // bytearray_extend takes buffers and iterables of ints, never a str or a count
            if (x instanceof String) throw Exceptions.typeError("expected iterable of integers; got: 'str'");
            if (value(x) == null && Py.type(x).iter == null && Py.type(x).getitem == null) {
                throw Exceptions.typeError("can't extend bytearray with " + Py.type(x).name);
            }
            for (byte d : fromObject(x, true)) b.append(d);
            return Py.None;
        });
        Def.methodPositional(ba, "pop", (self, a, off, n, kw) -> {
            PyBytes b = value(self);
            int i = Seqs.popIndex("bytearray", a, off, n, kw, b.size);
            Object x = (long) (b.data[i] & 0xff);
            b.setitem((long) i, null);
            return x;
        });
        Def.method0(ba, "clear", self -> {
            value(self).size = 0;
            return Py.None;
        });
        Def.method0(ba, "copy", self -> bytearray(value(self).toArray()));
        BytesMethods.install();
    }
}
