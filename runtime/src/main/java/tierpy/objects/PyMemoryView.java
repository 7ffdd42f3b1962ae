package tierpy.objects;

import java.util.Arrays;

/**
 * Mirrors Objects/memoryobject.c for one-dimensional views of bytes and bytearray in format 'B':
 * indexing gives ints, slicing gives views that share the data, writes reach a bytearray.
 */
public final class PyMemoryView extends PyObject {
    public static final PyType TYPE = PyType.builtin(Py.TYPE, "memoryview", Py.OBJECT);

    private final PyBytes base;
    private final Object obj;
    private final int start, step, length;
    private boolean released;

    private PyMemoryView(Object obj, PyBytes base, int start, int step, int length) {
        super(TYPE);
        this.obj = obj;
        this.base = base;
        this.start = start;
        this.step = step;
        this.length = length;
    }

    private PyMemoryView live() {
        if (released) throw Exceptions.valueError("operation forbidden on released memoryview object");
        return this;
    }

    private int offset(int i) {
        return start + i * step;
    }

    /** The viewed bytes, copied. */
    byte[] toBytes() {
        live();
        byte[] out = new byte[length];
        for (int i = 0; i < length; i++) out[i] = base.data[offset(i)];
        return out;
    }

    private static PyMemoryView of(Object o) {
        if (o instanceof PyMemoryView m) {
            m.live();
            return new PyMemoryView(m.obj, m.base, m.start, m.step, m.length);
        }
        PyBytes b = PyBytes.value(o);
        if (b == null) throw Exceptions.typeError("memoryview: a bytes-like object is required, not '" + Py.type(o).name + "'");
        return new PyMemoryView(o, b, 0, 1, b.size);
    }

    private Object getitem(Object key) {
        live();
        if (key instanceof PySlice sl) {
            long[] r = sl.indices(length);
            return new PyMemoryView(obj, base, offset((int) r[0]), step * (int) r[2], (int) r[3]);
        }
        if (Py.type(key).index == null) throw Exceptions.typeError("memoryview: invalid slice key");
        int i = Seqs.index(key, length);
        if (i < 0) throw Exceptions.indexError("index out of bounds on dimension 1");
        return (long) (base.data[offset(i)] & 0xff);
    }

    private void setitem(Object key, Object value) {
        live();
        if (base.type != Py.BYTEARRAY) throw Exceptions.typeError("cannot modify read-only memory");
        if (value == null) throw Exceptions.typeError("cannot delete memory");
        if (key instanceof PySlice sl) {
            long[] r = sl.indices(length);
            byte[] src = PyBytes.bytesOrNull(value);
            if (src == null) throw Exceptions.typeError("a bytes-like object is required, not '" + Py.type(value).name + "'");
            if (src.length != r[3]) {
                throw Exceptions.valueError("memoryview assignment: lvalue and rvalue have different structures");
            }
            for (int k = 0; k < src.length; k++) base.data[offset((int) (r[0] + k * r[2]))] = src[k];
            return;
        }
        int i = Seqs.index(key, length);
        if (i < 0) throw Exceptions.indexError("index out of bounds on dimension 1");
        if (!(value instanceof Long v) || v < 0 || v > 255) {
            throw Exceptions.valueError("memoryview: invalid value for format 'B'");
        }
        base.data[offset(i)] = (byte) (long) v;
    }

    static {
        PyType t = TYPE;
        t.collectionFlags = PyType.SEQUENCE;
        t.acceptableBase = false;
        t.tpNew = (c, a, off, n, kw) -> {
            Object[] p = Args.bind("memoryview", a, off, n, kw, new String[] {"object"}, 1, 1);
            return of(p[0]);
        };
        t.repr = v -> {
            PyMemoryView m = (PyMemoryView) v;
            return (m.released ? "<released memory at " : "<memory at ") + ObjectType.address(v) + ">";
        };
        t.len = v -> ((PyMemoryView) v).live().length;
        t.getitem = (v, k) -> ((PyMemoryView) v).getitem(k);
        t.setitem = (v, k, x) -> ((PyMemoryView) v).setitem(k, x);
        t.iter = v -> Abstract.iter(new PyList(((PyMemoryView) v).toList()));
        t.richcompare = (v, w, op) -> {
            if (op != CmpOp.EQ && op != CmpOp.NE) return Py.NotImplemented;
            byte[] other = w instanceof PyMemoryView m ? m.toBytes() : PyBytes.bytesOrNull(w);
            if (other == null) return Py.bool(op == CmpOp.NE);
            return Py.bool(Arrays.equals(((PyMemoryView) v).toBytes(), other) == (op == CmpOp.EQ));
        };
        t.hash = v -> {
            PyMemoryView m = (PyMemoryView) v;
            if (m.base.type != Py.BYTES) throw Exceptions.valueError("cannot hash writable memoryview object");
            return Abstract.hash(PyBytes.bytes(m.toBytes()));
        };
        Def.method0(t, "tobytes", self -> PyBytes.bytes(((PyMemoryView) self).toBytes()));
        Def.method0(t, "tolist", self -> new PyList(((PyMemoryView) self).toList()));
        Def.method0(t, "hex", self -> BytesMethods.hex(((PyMemoryView) self).toBytes(), null, 1));
        Def.method0(t, "release", self -> {
            ((PyMemoryView) self).released = true;
            return Py.None;
        });
        Def.method0(t, "toreadonly", self -> {
            PyMemoryView m = ((PyMemoryView) self).live();
            return new PyMemoryView(m.obj, PyBytes.bytes(m.toBytes()), 0, 1, m.length);
        });
        Def.method0(t, "__enter__", self -> ((PyMemoryView) self).live());
        Def.methodV(t, "__exit__", (self, a, off, n, kw) -> {
            ((PyMemoryView) self).released = true;
            return Py.None;
        });
        Def.getter(t, "obj", self -> ((PyMemoryView) self).live().obj);
        Def.getter(t, "nbytes", self -> (long) ((PyMemoryView) self).live().length);
        Def.getter(t, "readonly", self -> Py.bool(((PyMemoryView) self).live().base.type != Py.BYTEARRAY));
        Def.getter(t, "itemsize", self -> 1L);
        Def.getter(t, "format", self -> "B");
        Def.getter(t, "ndim", self -> 1L);
        Def.getter(t, "shape", self -> PyTuple.of((long) ((PyMemoryView) self).live().length));
        Def.getter(t, "strides", self -> PyTuple.of((long) ((PyMemoryView) self).live().step));
        Def.getter(t, "c_contiguous", self -> Py.bool(((PyMemoryView) self).live().step == 1));
        Def.getter(t, "contiguous", self -> Py.bool(((PyMemoryView) self).live().step == 1));
        Def.getter(t, "released", self -> Py.bool(((PyMemoryView) self).released));
        Py.finish(t);
    }

    private Object[] toList() {
        byte[] d = toBytes();
        Object[] out = new Object[d.length];
        for (int i = 0; i < d.length; i++) out[i] = (long) (d[i] & 0xff);
        return out;
    }
}
