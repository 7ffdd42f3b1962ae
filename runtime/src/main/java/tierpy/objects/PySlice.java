package tierpy.objects;

/** Mirrors Objects/sliceobject.c: slice objects and PySlice_GetIndicesEx / slice.indices. */
public final class PySlice extends PyObject {
    public final Object start, stop, step;

    public PySlice(Object start, Object stop, Object step) {
        super(Py.SLICE);
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    /** {start, stop, step, slicelength} for a sequence of length len (PySlice_Unpack + AdjustIndices). */
    public long[] indices(long len) {
        long st;
        if (step == Py.None) {
            st = 1;
        } else {
            st = Abstract.sliceIndex(step);
            if (st == 0) throw Exceptions.valueError("slice step cannot be zero");
            if (st < -Long.MAX_VALUE) st = -Long.MAX_VALUE;
        }
        long lo = start == Py.None ? (st < 0 ? Long.MAX_VALUE : 0) : Abstract.sliceIndex(start);
        long hi = stop == Py.None ? (st < 0 ? Long.MIN_VALUE : Long.MAX_VALUE) : Abstract.sliceIndex(stop);
        if (lo < 0) {
            lo += len;
            if (lo < 0) lo = st < 0 ? -1 : 0;
        } else if (lo >= len) {
            lo = st < 0 ? len - 1 : len;
        }
        if (hi < 0) {
            hi += len;
            if (hi < 0) hi = st < 0 ? -1 : 0;
        } else if (hi >= len) {
            hi = st < 0 ? len - 1 : len;
        }
        long n;
        if (st < 0) n = hi < lo ? (lo - hi - 1) / (-st) + 1 : 0;
        else n = lo < hi ? (hi - lo - 1) / st + 1 : 0;
        return new long[] {lo, hi, st, n};
    }

    static void install() {
        PyType t = Py.SLICE;
        t.repr = v -> {
            PySlice s = (PySlice) v;
            return "slice(" + Abstract.repr(s.start) + ", " + Abstract.repr(s.stop) + ", " + Abstract.repr(s.step) + ")";
        };
        t.hash = v -> {
            PySlice s = (PySlice) v;
            return PyTuple.hashItems(new Object[] {s.start, s.stop, s.step}, false);
        };
        t.richcompare = (v, w, op) -> {
            if (!(w instanceof PySlice b)) return Py.NotImplemented;
            PySlice a = (PySlice) v;
            return Abstract.richCompare(PyTuple.of(a.start, a.stop, a.step), PyTuple.of(b.start, b.stop, b.step), op);
        };
        t.tpNew = (type, a, off, n, kw) -> {
            Args.noKeywords("slice", kw);
            Args.check("slice", n, null, 1, 3);
            if (n == 1) return new PySlice(Py.None, a[off], Py.None);
            return new PySlice(a[off], a[off + 1], n == 3 ? a[off + 2] : Py.None);
        };
        Def.getter(t, "start", v -> ((PySlice) v).start);
        Def.getter(t, "stop", v -> ((PySlice) v).stop);
        Def.getter(t, "step", v -> ((PySlice) v).step);
        Def.method1(t, "indices", (self, len) -> {
            long n = Abstract.asSsize(len, true);
            if (n < 0) throw Exceptions.valueError("length should not be negative");
            long[] r = ((PySlice) self).indices(n);
            return PyTuple.of(r[0], r[1], r[2]);
        });
    }
}
