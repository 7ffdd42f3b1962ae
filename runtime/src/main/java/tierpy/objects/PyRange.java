package tierpy.objects;

/** Mirrors Objects/rangeobject.c: range over Python ints (the long-range form uses BigInteger arithmetic). */
public final class PyRange extends PyObject {
    public final Object start, stop, step;
    final Object length;

    PyRange(Object start, Object stop, Object step) {
        super(Py.RANGE);
        this.start = start;
        this.stop = stop;
        this.step = step;
        this.length = computeLength(start, stop, step);
    }

    /** compute_range_length. */
    private static Object computeLength(Object lo, Object hi, Object step) {
        Object diff;
        if (Ints.signum(step) > 0) {
            if (Ints.compare(lo, hi) >= 0) return 0L;
            diff = Ints.sub(Ints.sub(hi, lo), 1L);
        } else {
            if (Ints.compare(lo, hi) <= 0) return 0L;
            diff = Ints.sub(Ints.sub(lo, hi), 1L);
            step = Ints.neg(step);
        }
        return Ints.add(Ints.floordiv(diff, step), 1L);
    }

    Object item(Object i) {
        return Ints.add(start, Ints.mul(i, step));
    }

    static final class RangeIter extends PyIterator {
        private long next;
        private final long step;
        private long remaining;

        RangeIter(long start, long step, long len) {
            super(Py.RANGE_ITERATOR);
            this.next = start;
            this.step = step;
            this.remaining = len;
        }

        @Override
        public boolean exhausted() {
            return remaining <= 0;
        }

        @Override
        public Object nextOrNull() {
            if (remaining <= 0) return null;
            remaining--;
            long v = next;
            next += step;
            return v;
        }
    }

    static void install() {
        PyType t = Py.RANGE;
        t.tpNew = (type, a, off, n, kw) -> {
            Args.noKeywords("range", kw);
            if (n == 0) throw Exceptions.typeError("range expected at least 1 argument, got 0");
            if (n > 3) throw Exceptions.typeError("range expected at most 3 arguments, got " + n);
            Object lo = n == 1 ? 0L : Abstract.index(a[off]);
            Object hi = Abstract.index(a[off + (n == 1 ? 0 : 1)]);
            Object st = n == 3 ? Abstract.index(a[off + 2]) : 1L;
            if (Ints.signum(st) == 0) throw Exceptions.valueError("range() arg 3 must not be zero");
            return new PyRange(lo, hi, st);
        };
        t.repr = v -> {
            PyRange r = (PyRange) v;
            String s = "range(" + Ints.toString(r.start) + ", " + Ints.toString(r.stop);
            return s + (Ints.compare(r.step, 1L) == 0 ? ")" : ", " + Ints.toString(r.step) + ")");
        };
        t.len = v -> {
            Object len = ((PyRange) v).length;
            if (len instanceof Long l) return l;
            throw Exceptions.overflowError("Python int too large to convert to C ssize_t");
        };
        t.bool = v -> Ints.signum(((PyRange) v).length) != 0;
        t.iter = v -> {
            PyRange r = (PyRange) v;
            if (r.start instanceof Long lo && r.step instanceof Long st && r.length instanceof Long len
                    && Ints.add(r.start, Ints.mul(r.length, r.step)) instanceof Long) {
                return new RangeIter(lo, st, len);
            }
            return new Abstract.SeqIter(v);
        };
        t.getitem = (v, key) -> {
            PyRange r = (PyRange) v;
            if (key instanceof PySlice sl) {
                if (!(r.length instanceof Long len)) throw Exceptions.overflowError("range too large");
                long[] ix = sl.indices(len);
                return new PyRange(r.item(ix[0]), r.item(ix[1]), Ints.mul(r.step, ix[2]));
            }
            if (Py.type(key).index == null) {
                throw Exceptions.typeError("range indices must be integers or slices, not " + Py.type(key).name);
            }
            Object i = Abstract.index(key);
            if (Ints.signum(i) < 0) i = Ints.add(i, r.length);
            if (Ints.signum(i) < 0 || Ints.compare(i, r.length) >= 0) {
                throw Exceptions.indexError("range object index out of range");
            }
            return r.item(i);
        };
        t.contains = (v, x) -> {
            PyRange r = (PyRange) v;
            Object i = x instanceof Boolean ? null : Ints.value(x);
            if (i == null) {
                Object it = Abstract.iter(v);
                for (Object y; (y = Abstract.next(it)) != null; ) if (Abstract.eq(y, x)) return true;
                return false;
            }
            boolean inBounds = Ints.signum(r.step) > 0
                    ? Ints.compare(r.start, i) <= 0 && Ints.compare(i, r.stop) < 0
                    : Ints.compare(r.stop, i) < 0 && Ints.compare(i, r.start) <= 0;
            return inBounds && Ints.signum(Ints.mod(Ints.sub(i, r.start), r.step)) == 0;
        };
        t.hash = v -> {
            PyRange r = (PyRange) v;
            if (Ints.signum(r.length) == 0) return Abstract.hash(PyTuple.of(0L, Py.None, Py.None));
            if (Ints.compare(r.length, 1L) == 0) return Abstract.hash(PyTuple.of(1L, r.start, Py.None));
            return Abstract.hash(PyTuple.of(r.length, r.start, r.step));
        };
        t.richcompare = (v, w, op) -> {
            if (!(w instanceof PyRange b) || (op != CmpOp.EQ && op != CmpOp.NE)) return Py.NotImplemented;
            PyRange a = (PyRange) v;
            boolean eq = a == b || (Ints.compare(a.length, b.length) == 0 && (Ints.signum(a.length) == 0
                    || (Ints.compare(a.start, b.start) == 0
                    && (Ints.compare(a.length, 1L) == 0 || Ints.compare(a.step, b.step) == 0))));
            return Py.bool(eq == (op == CmpOp.EQ));
        };
        Def.method0(t, "__reversed__", self -> {
            PyRange r = (PyRange) self;
            Object last = Ints.sub(r.item(r.length), r.step);
            return Abstract.iter(new PyRange(last, Ints.sub(r.start, r.step), Ints.neg(r.step)));
        });
        Def.getter(t, "start", v -> ((PyRange) v).start);
        Def.getter(t, "stop", v -> ((PyRange) v).stop);
        Def.getter(t, "step", v -> ((PyRange) v).step);
        Def.method1(t, "count", (self, x) -> Abstract.contains(self, x) ? 1L : 0L);
        Def.method1(t, "index", (self, x) -> {
            PyRange r = (PyRange) self;
            // range_index computes only for exact ints and bools; anything else is searched for
            if (!(x instanceof Long || x instanceof java.math.BigInteger || x instanceof Boolean)) {
                Object it = Abstract.iter(self);
                long index = 0;
                for (Object y; (y = Abstract.next(it)) != null; index++) if (Abstract.eq(y, x)) return index;
                throw Exceptions.valueError("sequence.index(x): x not in sequence");
            }
            if (!Abstract.contains(self, x)) throw Exceptions.valueError(Abstract.repr(x) + " is not in range");
            return Ints.floordiv(Ints.sub(Ints.value(x), r.start), r.step);
        });
    }
}
