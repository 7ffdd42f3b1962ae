package tierpy.objects;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Mirrors Objects/listobject.c: a growable array (list_resize's over-allocation), slice
 * assignment, and list.sort: a stable merge sort (Java's TimSort, as CPython's listsort) over
 * '<' only, keys computed once, reverse by reversing around the sort, the list emptied while
 * sorting so that mutation is detected ("list modified during sort").
 */
public final class PyList extends PyObject {
    private static final Object[] EMPTY = new Object[0];
    Object[] items;
    int size;

    public PyList() {
        super(Py.LIST);
        items = EMPTY;
    }

    public PyList(Object[] items) {
        super(Py.LIST);
        this.items = items.clone();
        this.size = items.length;
    }

    public PyList(List<Object> items) {
        this(items.toArray());
    }

    public static PyList fromIterable(Object o) {
        PyList l = new PyList();
        l.extend(o);
        return l;
    }

    public int size() {
        return size;
    }

    public Object get(int i) {
        return items[i];
    }

    /** Replaces item {@code i} (0 <= i < size). */
    public void set(int i, Object value) {
        items[i] = value;
    }

    public Object[] toArray() {
        return Arrays.copyOf(items, size);
    }

    static PyList value(Object o) {
        if (o instanceof PyList l) return l;
        if (o instanceof PyInstance i && i.payload instanceof PyList l) return l;
        return null;
    }

    private void ensure(int n) {
        if (n > items.length) {
            int cap = n + (n >> 3) + (n < 9 ? 3 : 6);
            items = Arrays.copyOf(items, cap);
        }
    }

    public void append(Object x) {
        if (size == items.length) ensure(size + 1);
        items[size++] = x;
    }

    public void extend(Object iterable) {
        PyList other = value(iterable);
        PyTuple tup = other == null ? PyTuple.value(iterable) : null;
        if (other != null || tup != null) {
            Object[] src = other != null ? other.items : tup.items;
            int n = other != null ? other.size : tup.items.length;
            ensure(size + n);
            System.arraycopy(src, 0, items, size, n);
            size += n;
            return;
        }
        if (Py.type(iterable).len != null) presize(iterable);
        Object it = Abstract.iter(iterable);
        for (Object x; (x = Abstract.next(it)) != null; ) append(x);
    }

    /**
     * list_extend's PyObject_LengthHint: len() is asked first and its errors other than TypeError
     * propagate (list(range(10**20)) is an OverflowError); a length no array can hold is a MemoryError.
     */
    private void presize(Object sized) {
        long n;
        try {
            n = Abstract.len(sized);
        } catch (PyException e) {
            if (e.matches(Exceptions.TypeError)) return;
            throw e;
        }
        if (size + n > Integer.MAX_VALUE - 16) throw Exceptions.raise(Exceptions.MemoryError);
        ensure(size + (int) n);
    }

    static Object[] repeatArray(Object[] src, int n, long count) {
        if (count <= 0 || n == 0) return EMPTY;
        if (count > (Integer.MAX_VALUE - 16) / n) throw Exceptions.raise(Exceptions.MemoryError);
        Object[] out = new Object[(int) (n * count)];
        for (int k = 0; k < count; k++) System.arraycopy(src, 0, out, k * n, n);
        return out;
    }

    /** The index of the first item equal to a[off] within optional start/stop args, or -1. */
    static int indexOf(Object[] items, int size, Object[] a, int off, int n) {
        long start = n >= 2 ? Abstract.asSsize(a[off + 1], false) : 0;
        long stop = n >= 3 ? Abstract.asSsize(a[off + 2], false) : size;
        if (start < 0) start = Math.max(0, start + size);
        if (stop < 0) stop = Math.max(0, stop + size);
        for (long i = start; i < Math.min(stop, size); i++) if (Abstract.eq(items[(int) i], a[off])) return (int) i;
        return -1;
    }

    /** list_subscript (also called directly by Abstract.getitem: a PyList is always an exact list). */
    Object getitem(Object key) {
        if (key instanceof Long boxed) return items[checkedIndex(boxed, "list index out of range")];
        if (key instanceof PySlice sl) {
            long[] r = sl.indices(size);
            Object[] out = new Object[(int) r[3]];
            if (r[2] == 1) System.arraycopy(items, (int) r[0], out, 0, out.length);
            else for (int k = 0; k < out.length; k++) out[k] = items[(int) (r[0] + k * r[2])];
            PyList l = new PyList();
            l.items = out;
            l.size = out.length;
            return l;
        }
        if (Py.type(key).index == null) throw Exceptions.typeError(Seqs.indicesError("list", key));
        int i = Seqs.index(key, size);
        if (i < 0) throw Exceptions.indexError("list index out of range");
        return items[i];
    }

    /** An int subscript made non-negative, the common case taken before the generic index protocol. */
    private int checkedIndex(long i, String outOfRange) {
        if (i < 0) i += size;
        if (i < 0 || i >= size) throw Exceptions.indexError(outOfRange);
        return (int) i;
    }

    /** list_ass_subscript: value null deletes. */
    void setitem(Object key, Object value) {
        if (value != null && key instanceof Long boxed) {
            items[checkedIndex(boxed, "list assignment index out of range")] = value;
            return;
        }
        if (key instanceof PySlice sl) {
            setSlice(sl, value);
            return;
        }
        if (Py.type(key).index == null) throw Exceptions.typeError(Seqs.indicesError("list", key));
        int i = Seqs.index(key, size);
        if (i < 0) throw Exceptions.indexError("list assignment index out of range");
        if (value == null) {
            System.arraycopy(items, i + 1, items, i, size - i - 1);
            items[--size] = null;
        } else {
            items[i] = value;
        }
    }

    private void setSlice(PySlice sl, Object value) {
        long[] r = sl.indices(size);
        int start = (int) r[0], step = (int) r[2], n = (int) r[3];
        Object[] seq = null;
        if (value != null) {
            if (value == this) seq = toArray();
            else if (Py.type(value).iter == null && Py.type(value).getitem == null) {
                throw Exceptions.typeError(step == 1 ? "can only assign an iterable" : "must assign iterable to extended slice");
            } else seq = fromIterable(value).toArray();
        }
        if (step == 1) {
            int stop = Math.max(start, (int) r[1]);
            int m = seq == null ? 0 : seq.length;
            int newSize = size - (stop - start) + m;
            Object[] out = new Object[Math.max(newSize, 0)];
            System.arraycopy(items, 0, out, 0, start);
            if (m > 0) System.arraycopy(seq, 0, out, start, m);
            System.arraycopy(items, stop, out, start + m, size - stop);
            items = out;
            size = newSize;
            return;
        }
        if (seq == null) {
            boolean[] drop = new boolean[size];
            for (int k = 0; k < n; k++) drop[start + k * step] = true;
            int j = 0;
            for (int i = 0; i < size; i++) if (!drop[i]) items[j++] = items[i];
            Arrays.fill(items, j, size, null);
            size = j;
            return;
        }
        if (seq.length != n) {
            throw Exceptions.valueError("attempt to assign sequence of size " + seq.length
                    + " to extended slice of size " + n);
        }
        for (int k = 0; k < n; k++) items[start + k * step] = seq[k];
    }

    /** list.sort(*, key=None, reverse=False). */
    public void sort(Object key, boolean reverse) {
        Object[] saved = items;
        int n = size;
        items = EMPTY;
        size = 0;
        try {
            Object[] work = Arrays.copyOf(saved, n);
            if (reverse) reverse(work);
            if (key == null || key == Py.None) {
                Arrays.sort(work, comparator(work, n));
            } else {
                KeyedItem[] pairs = new KeyedItem[n];
                Object[] keys = new Object[n];
                for (int i = 0; i < n; i++) {
                    keys[i] = Abstract.call(key, work[i]);
                    pairs[i] = new KeyedItem(keys[i], work[i]);
                }
                Comparator<Object> byKey = comparator(keys, n);
                Arrays.sort(pairs, (x, y) -> byKey.compare(x.key, y.key));
                for (int i = 0; i < n; i++) work[i] = pairs[i].item;
            }
            if (reverse) reverse(work);
            System.arraycopy(work, 0, saved, 0, n);
        } finally {
            boolean modified = items != EMPTY || size != 0;
            items = saved;
            size = n;
            if (modified) throw Exceptions.valueError("list modified during sort");
        }
    }

    private record KeyedItem(Object key, Object item) {}

    private static void reverse(Object[] a) {
        for (int i = 0, j = a.length - 1; i < j; i++, j--) {
            Object t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /** Like listsort's pre-scan: homogeneous int or str keys compare natively, others through '<'. */
    private static Comparator<Object> comparator(Object[] keys, int n) {
        boolean allLong = true, allStr = true;
        for (int i = 0; i < n && (allLong || allStr); i++) {
            allLong &= keys[i] instanceof Long;
            allStr &= keys[i] instanceof String;
        }
        if (allLong) return (x, y) -> Long.compare((Long) x, (Long) y);
        if (allStr) return (x, y) -> Strs.compareCodePoints((String) x, (String) y);
        return (x, y) -> {
            if (Abstract.compareBool(x, y, CmpOp.LT)) return -1;
            return Abstract.compareBool(y, x, CmpOp.LT) ? 1 : 0;
        };
    }

    /** listreviterobject: reads the live list from the end; one that shrank below it ends it. */
    static final class ReverseIter extends PyIterator {
        private PyList list;
        private int index;

        ReverseIter(PyList list) {
            super(Py.LIST_REVERSEITERATOR);
            this.list = list;
            this.index = list.size - 1;
        }

        @Override
        public Object nextOrNull() {
            if (list != null && index >= 0 && index < list.size) return list.items[index--];
            list = null;
            return null;
        }
    }

    /** listiterobject / tupleiterobject over a live array prefix. */
    static final class ArrayIter extends PyIterator {
        private final PyList list;
        private final Object[] array;
        private final int length;
        private int i;

        ArrayIter(PyType type, Object[] array, int length) {
            super(type);
            this.list = null;
            this.array = array;
            this.length = length;
        }

        ArrayIter(PyList list) {
            super(Py.LIST_ITERATOR);
            this.list = list;
            this.array = null;
            this.length = 0;
        }

        @Override
        public boolean exhausted() {
            return list != null ? i >= list.size : i >= length;
        }

        @Override
        public Object nextOrNull() {
            if (list != null) return i < list.size ? list.items[i++] : null;
            return i < length ? array[i++] : null;
        }
    }

    static void install() {
        PyType t = Py.LIST;
        t.repr = v -> {
            PyList l = value(v);
            return Seqs.reprGuarded(v, "[...]", () -> Seqs.join(l.items, l.size, "[", "]"));
        };
        t.hash = ObjectType.UNHASHABLE;
        t.len = v -> value(v).size;
        t.getitem = (v, k) -> value(v).getitem(k);
        t.setitem = (v, k, x) -> value(v).setitem(k, x);
        t.iter = v -> new ArrayIter(value(v));
        t.contains = (v, x) -> {
            PyList l = value(v);
            for (int i = 0; i < l.size; i++) if (Abstract.eq(l.items[i], x)) return true;
            return false;
        };
        t.concat = (v, w) -> {
            PyList b = value(w);
            if (b == null) {
                throw Exceptions.typeError("can only concatenate list (not \"" + Py.type(w).name + "\") to list");
            }
            PyList out = new PyList();
            out.extend(v);
            out.extend(b);
            return out;
        };
        t.inplaceConcat = (v, w) -> {
            value(v).extend(w);
            return v;
        };
        t.repeat = (v, n) -> {
            PyList l = value(v);
            PyList out = new PyList();
            out.items = repeatArray(l.items, l.size, (Long) n);
            out.size = out.items.length;
            return out;
        };
        t.inplaceRepeat = (v, n) -> {
            PyList l = value(v);
            l.items = repeatArray(l.items, l.size, (Long) n);
            l.size = l.items.length;
            return v;
        };
        t.richcompare = (v, w, op) -> {
            PyList a = value(v), b = value(w);
            if (b == null) return Py.NotImplemented;
            return Seqs.compare(a.items, a.size, b.items, b.size, op);
        };
        t.tpNew = (type, a, off, n, kw) -> {
            if (type == Py.LIST) return new PyList();
            PyInstance inst = new PyInstance(type);
            inst.payload = new PyList();
            return inst;
        };
        t.init = (self, a, off, n, kw) -> {
            Args.noKeywords("list", kw);
            Args.check("list", n, null, 0, 1);
            PyList l = value(self);
            l.items = EMPTY;
            l.size = 0;
            if (n == 1) l.extend(a[off]);
            return Py.None;
        };
        Def.method1(t, "append", (self, x) -> {
            value(self).append(x);
            return Py.None;
        });
        Def.method1(t, "extend", (self, x) -> {
            value(self).extend(x);
            return Py.None;
        });
        Def.methodV(t, "insert", (self, a, off, n, kw) -> {
            Args.check("insert", n, kw, 2, 2);
            PyList l = value(self);
            long i = Abstract.asSsize(a[off], true);
            if (i < 0) i = Math.max(0, i + l.size);
            i = Math.min(i, l.size);
            l.ensure(l.size + 1);
            System.arraycopy(l.items, (int) i, l.items, (int) i + 1, l.size - (int) i);
            l.items[(int) i] = a[off + 1];
            l.size++;
            return Py.None;
        });
        Def.methodV(t, "pop", (self, a, off, n, kw) -> {
            PyList l = value(self);
            int i = Seqs.popIndex("list", a, off, n, kw, l.size);
            Object x = l.items[i];
            l.setitem((long) i, null);
            return x;
        });
        Def.method1(t, "remove", (self, x) -> {
            PyList l = value(self);
            for (int i = 0; i < l.size; i++) {
                if (Abstract.eq(l.items[i], x)) {
                    l.setitem((long) i, null);
                    return Py.None;
                }
            }
            throw Exceptions.valueError("list.remove(x): x not in list");
        });
        Def.methodV(t, "index", (self, a, off, n, kw) -> {
            Args.check("index", n, kw, 1, 3);
            PyList l = value(self);
            int i = indexOf(l.items, l.size, a, off, n);
            if (i < 0) throw Exceptions.valueError("list.index(x): x not in list");
            return (long) i;
        });
        Def.method1(t, "count", (self, x) -> {
            PyList l = value(self);
            long c = 0;
            for (int i = 0; i < l.size; i++) if (Abstract.eq(l.items[i], x)) c++;
            return c;
        });
        Def.method0(t, "clear", self -> {
            PyList l = value(self);
            l.items = EMPTY;
            l.size = 0;
            return Py.None;
        });
        Def.method0(t, "copy", self -> new PyList(value(self).toArray()));
        Def.method0(t, "reverse", self -> {
            PyList l = value(self);
            for (int i = 0, j = l.size - 1; i < j; i++, j--) {
                Object tmp = l.items[i];
                l.items[i] = l.items[j];
                l.items[j] = tmp;
            }
            return Py.None;
        });
        Def.method0(t, "__reversed__", self -> new ReverseIter(value(self)));
        Def.methodV(t, "sort", (self, a, off, n, kw) -> {
            if (n > 0) throw Exceptions.typeError("sort() takes no positional arguments");
            Object key = Py.None;
            boolean reverse = false;
            for (int k = 0; kw != null && k < kw.length; k++) {
                switch (kw[k]) {
                    case "key" -> key = a[off + k];
                    case "reverse" -> reverse = Abstract.isTrue(a[off + k]);
                    default -> throw Exceptions.unexpectedKeyword("sort", kw[k], "key", "reverse");
                }
            }
            value(self).sort(key, reverse);
            return Py.None;
        });
    }
}
