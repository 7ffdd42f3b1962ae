package tierpy.objects;

import java.util.Arrays;

/** Mirrors Objects/tupleobject.c: immutable sequence with tuplehash (xxHash-based) and the () singleton. */
public final class PyTuple extends PyObject {
    public static final PyTuple EMPTY = new PyTuple(new Object[0]);
    final Object[] items;

    private PyTuple(Object[] items) {
        super(Py.TUPLE);
        this.items = items;
    }

    public static PyTuple of(Object... items) {
        return items.length == 0 ? EMPTY : new PyTuple(items.clone());
    }

    /** Wraps the array without copying; the caller gives up ownership. */
    static PyTuple wrap(Object[] items) {
        return items.length == 0 ? EMPTY : new PyTuple(items);
    }

    public static PyTuple copyOf(Object[] a, int off, int n) {
        return n == 0 ? EMPTY : new PyTuple(Arrays.copyOfRange(a, off, off + n));
    }

    public static PyTuple fromIterable(Object o) {
        if (o instanceof PyTuple t) return t;
        if (o instanceof PyList l) return wrap(Arrays.copyOf(l.items, l.size));
        return wrap(PyList.fromIterable(o).toArray());
    }

    public int size() {
        return items.length;
    }

    public Object get(int i) {
        return items[i];
    }

    static PyTuple value(Object o) {
        if (o instanceof PyTuple t) return t;
        if (o instanceof PyInstance i && i.payload instanceof PyTuple t) return t;
        return null;
    }

    /** Mirrors Objects/tupleobject.c: tuplehash (the xxHash64 round used since 3.8). */
    static long hash(PyTuple t) {
        return hashItems(t.items, true);
    }

    /** tuplehash's rounds over the items' hashes; Objects/sliceobject.c: slice_hash skips the length mix. */
    static long hashItems(Object[] items, boolean mixLength) {
        final long p1 = 0x9E3779B185EBCA87L, p2 = 0xC2B2AE3D27D4EB4FL, p5 = 0x27D4EB2F165667C5L;
        long acc = p5;
        for (Object item : items) {
            long lane = Abstract.hash(item);
            acc += lane * p2;
            acc = Long.rotateLeft(acc, 31);
            acc *= p1;
        }
        if (mixLength) acc += items.length ^ (p5 ^ 3527539L);
        return acc == -1 ? 1546275796L : acc;
    }

    static void install() {
        PyType t = Py.TUPLE;
        t.repr = v -> {
            PyTuple tup = value(v);
            if (tup.items.length == 1) return "(" + Abstract.repr(tup.items[0]) + ",)";
            return Seqs.reprGuarded(v, "(...)", () -> Seqs.join(tup.items, tup.items.length, "(", ")"));
        };
        t.hash = v -> hash(value(v));
        t.len = v -> value(v).items.length;
        t.getitem = (v, key) -> {
            PyTuple tup = value(v);
            if (key instanceof PySlice sl) {
                long[] r = sl.indices(tup.items.length);
                if (r[2] == 1 && r[3] == tup.items.length && v instanceof PyTuple) return v;
                Object[] out = new Object[(int) r[3]];
                for (int k = 0; k < out.length; k++) out[k] = tup.items[(int) (r[0] + k * r[2])];
                return wrap(out);
            }
            if (Py.type(key).index == null) throw Exceptions.typeError(Seqs.indicesError("tuple", key));
            int i = Seqs.index(key, tup.items.length);
            if (i < 0) throw Exceptions.indexError("tuple index out of range");
            return tup.items[i];
        };
        t.iter = v -> new PyList.ArrayIter(Py.TUPLE_ITERATOR, value(v).items, value(v).items.length);
        t.contains = (v, x) -> {
            for (Object item : value(v).items) if (Abstract.eq(item, x)) return true;
            return false;
        };
        t.concat = (v, w) -> {
            PyTuple b = value(w);
            if (b == null) {
                throw Exceptions.typeError("can only concatenate tuple (not \"" + Py.type(w).name + "\") to tuple");
            }
            PyTuple a = value(v);
            Object[] out = Arrays.copyOf(a.items, a.items.length + b.items.length);
            System.arraycopy(b.items, 0, out, a.items.length, b.items.length);
            return wrap(out);
        };
        t.repeat = (v, n) -> wrap(PyList.repeatArray(value(v).items, value(v).items.length, (Long) n));
        t.richcompare = (v, w, op) -> {
            PyTuple a = value(v), b = value(w);
            if (b == null) return Py.NotImplemented;
            return Seqs.compare(a.items, a.items.length, b.items, b.items.length, op);
        };
        t.tpNew = (type, a, off, n, kw) -> {
            Args.noKeywords("tuple", kw);
            Args.check("tuple", n, null, 0, 1);
            PyTuple r = n == 0 ? EMPTY : fromIterable(a[off]);
            if (type == Py.TUPLE) return r;
            PyInstance inst = new PyInstance(type);
            inst.payload = r;
            return inst;
        };
        Def.methodV(t, "index", (self, a, off, n, kw) -> {
            Args.check("index", n, kw, 1, 3);
            PyTuple tup = value(self);
            int i = PyList.indexOf(tup.items, tup.items.length, a, off, n);
            if (i < 0) throw Exceptions.valueError("tuple.index(x): x not in tuple");
            return (long) i;
        });
        Def.method1(t, "count", (self, x) -> {
            long c = 0;
            for (Object item : value(self).items) if (Abstract.eq(item, x)) c++;
            return c;
        });
        Def.method0(t, "__getnewargs__", self -> PyTuple.of(value(self)));
    }
}
