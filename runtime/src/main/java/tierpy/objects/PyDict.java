package tierpy.objects;

import java.util.Arrays;
import java.util.function.BiConsumer;

/**
 * Mirrors Objects/dictobject.c: the compact dict: a sparse index table probed with CPython's
 * perturbation recurrence over dense, insertion-ordered entry arrays; deletions leave DKIX_DUMMY
 * in the index. {@link #version} changes on every mutation (for iteration checks and for a
 * specializer's dict-keys guards).
 */
public final class PyDict extends PyObject {
    private static final int EMPTY = -1, DUMMY = -2, MIN_SIZE = 8;

    /**
     * dk_indices, one long per slot: the entry index (or EMPTY, DUMMY) in the low half and the top half of
     * that entry's hash in the high half, so a probe passes over a slot of another hash without reading the
     * entry arrays (CPython finds hash and key in one entry; here they are separate arrays, each a cache miss).
     */
    private long[] indices;
    private long[] hashes;
    private Object[] keys;
    private Object[] values;
    /** Entries used in the dense arrays (including deleted ones). */
    private int nentries;
    /** Live items. */
    private int used;
    /** Bumped when the key set changes. */
    public int version;
    /** dk_version: unique among all dicts, assigned on demand, 0 again when the key set changes. */
    private int keysVersion;
    private static int nextKeysVersion = 1;

    public PyDict() {
        super(Py.DICT);
        allocate(MIN_SIZE);
    }

    private void allocate(int size) {
        indices = new long[size];
        Arrays.fill(indices, slot(EMPTY, 0));
        int usable = size * 2 / 3;
        hashes = new long[usable];
        keys = new Object[usable];
        values = new Object[usable];
        nentries = 0;
    }

    public int size() {
        return used;
    }

    static PyDict value(Object o) {
        if (o instanceof PyDict d) return d;
        if (o instanceof PyInstance i && i.payload instanceof PyDict d) return d;
        return null;
    }

    private static long slot(int ix, long hash) {
        return hash & 0xFFFFFFFF_00000000L | ix & 0xFFFFFFFFL;
    }

    /** Whether the entry of {@code slot} has a hash agreeing with {@code hash} in its top half. */
    private static boolean sameHashTop(long slot, long hash) {
        return ((slot ^ hash) & 0xFFFFFFFF_00000000L) == 0;
    }

    /** The slot of key in {@link #indices}, or -1 (mirrors lookdict: identity, then hash and __eq__). */
    private int findSlot(Object key, long hash) {
        int mask = indices.length - 1;
        int i = (int) (hash & mask);
        long perturb = hash;
        while (true) {
            long slot = indices[i];
            int ix = (int) slot;
            if (ix == EMPTY) return -1;
            if (ix >= 0 && sameHashTop(slot, hash)) {
                Object k = keys[ix];
                if (k == key || (hashes[ix] == hash && Abstract.eq(k, key))) return i;
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    /** The entry index of key, or -1. */
    private int find(Object key, long hash) {
        int i = findSlot(key, hash);
        return i < 0 ? -1 : (int) indices[i];
    }

    private int freeSlot(long hash) {
        int mask = indices.length - 1;
        int i = (int) (hash & mask);
        long perturb = hash;
        while ((int) indices[i] >= 0) {
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        return i;
    }

    /**
     * Mirrors Objects/dictobject.c: _PyDictKeys_GetVersionForCurrentState: a version that stays the
     * same exactly as long as no key is added or removed, so an entry index stays valid under it.
     */
    public int keysVersion() {
        if (keysVersion == 0) {
            synchronized (PyDict.class) {
                keysVersion = nextKeysVersion++;
            }
        }
        return keysVersion;
    }

    /** The version as it is now, 0 if the key set changed since it was last assigned (what a guard compares). */
    public int currentKeysVersion() {
        return keysVersion;
    }

    /** _PyDictKeys_StringLookup: the entry index of key, or -1 when absent. */
    public int entryIndex(Object key) {
        return find(key, Abstract.hash(key));
    }

    /** The value of entry {@code ix} (valid while the keys version is unchanged). */
    public Object entryValue(int ix) {
        return values[ix];
    }

    /** The key of entry {@code ix}, or null when deleted or past the entries. */
    public Object entryKey(int ix) {
        return ix < nentries ? keys[ix] : null;
    }

    /** The value for key, or null when absent. */
    public Object getItemOrNull(Object key) {
        int ix = find(key, Abstract.hash(key));
        return ix < 0 ? null : values[ix];
    }

    public void setItem(Object key, Object value) {
        long hash = Abstract.hash(key);
        int ix = find(key, hash);
        if (ix >= 0) {
            values[ix] = value;
            return;
        }
        if (nentries == keys.length) resize(growthSize());
        indices[freeSlot(hash)] = slot(nentries, hash);
        hashes[nentries] = hash;
        keys[nentries] = key;
        values[nentries] = value;
        nentries++;
        used++;
        version++;
        keysVersion = 0;
    }

    /** GROWTH_RATE(d) = used*3, rounded up to a power of two table. */
    private int growthSize() {
        int size = MIN_SIZE;
        while (size < used * 3) size <<= 1;
        return size;
    }

    private void resize(int size) {
        long[] oh = hashes;
        Object[] ok = keys, ov = values;
        int on = nentries;
        allocate(size);
        for (int i = 0; i < on; i++) {
            if (ok[i] == null) continue;
            indices[freeSlot(oh[i])] = slot(nentries, oh[i]);
            hashes[nentries] = oh[i];
            keys[nentries] = ok[i];
            values[nentries] = ov[i];
            nentries++;
        }
    }

    /** Removes key; returns its value, or null when absent. */
    public Object removeOrNull(Object key) {
        int i = findSlot(key, Abstract.hash(key));
        if (i < 0) return null;
        int ix = (int) indices[i];
        Object v = values[ix];
        indices[i] = slot(DUMMY, 0);
        keys[ix] = null;
        values[ix] = null;
        used--;
        version++;
        keysVersion = 0;
        return v;
    }

    public Object getItem(Object key) {
        Object v = getItemOrNull(key);
        if (v == null) throw Exceptions.keyError(key);
        return v;
    }

    public void forEach(BiConsumer<Object, Object> f) {
        for (int i = 0; i < nentries; i++) if (keys[i] != null) f.accept(keys[i], values[i]);
    }

    public void clear() {
        allocate(MIN_SIZE);
        used = 0;
        version++;
        keysVersion = 0;
    }

    /** dict.update / dict(iterable) from a mapping or an iterable of pairs. */
    void update(Object other) {
        PyDict d = value(other);
        if (d != null) {
            d.forEach(this::setItem);
            return;
        }
        if (Abstract.hasattr(other, "keys")) {
            Object it = Abstract.mappingKeys(other);
            for (Object k; (k = Abstract.next(it)) != null; ) setItem(k, Abstract.getitem(other, k));
            return;
        }
        Object it = Abstract.iter(other);
        for (int n = 0; ; n++) {
            Object item = Abstract.next(it);
            if (item == null) break;
            PyList pair;
            try {
                pair = PyList.fromIterable(item);
            } catch (PyException e) {
                if (!e.matches(Exceptions.TypeError)) throw e;
                throw Exceptions.typeError("cannot convert dictionary update sequence element #" + n + " to a sequence");
            }
            if (pair.size() != 2) {
                throw Exceptions.valueError("dictionary update sequence element #" + n + " has length " + pair.size()
                        + "; 2 is required");
            }
            setItem(pair.get(0), pair.get(1));
        }
    }

    /**
     * Iterator over keys, values or items, forwards or (dictreviterobject) backwards; detects
     * size changes like dictiter_iternextkey.
     */
    static final class DictIter extends PyIterator {
        private final PyDict d;
        private final int kind;
        private final int startUsed;
        private final boolean reverse;
        private int i;

        DictIter(PyDict d, PyType type, int kind) {
            this(d, type, kind, false);
        }

        /** A reverse iterator (dictreviter) walks the entries from the last one. */
        DictIter(PyDict d, PyType type, int kind, boolean reverse) {
            super(type);
            this.d = d;
            this.kind = kind;
            this.startUsed = d.used;
            this.reverse = reverse;
            this.i = reverse ? d.nentries - 1 : 0;
        }

        @Override
        public Object nextOrNull() {
            if (d.used != startUsed) {
                i = reverse ? -1 : Integer.MAX_VALUE;
                throw Exceptions.runtimeError("dictionary changed size during iteration");
            }
            int ix;
            if (reverse) {
                while (i >= 0 && (i >= d.nentries || d.keys[i] == null)) i--;
                if (i < 0) return null;
                ix = i--;
            } else {
                while (i < d.nentries && d.keys[i] == null) i++;
                if (i >= d.nentries) return null;
                ix = i++;
            }
            return switch (kind) {
                case 0 -> d.keys[ix];
                case 1 -> d.values[ix];
                default -> PyTuple.of(d.keys[ix], d.values[ix]);
            };
        }
    }

    /** dict_keys / dict_values / dict_items. */
    static final class View extends PyObject {
        final PyDict d;
        final int kind;

        View(PyDict d, int kind) {
            super(kind == 0 ? Py.DICT_KEYS : kind == 1 ? Py.DICT_VALUES : Py.DICT_ITEMS);
            this.d = d;
            this.kind = kind;
        }

        Object iterator() {
            return new DictIter(d, kind == 0 ? Py.DICT_KEYITERATOR : kind == 1 ? Py.DICT_VALUEITERATOR
                    : Py.DICT_ITEMITERATOR, kind);
        }

        Object reversedIterator() {
            return new DictIter(d, kind == 0 ? Py.DICT_REVERSEKEYITERATOR : kind == 1 ? Py.DICT_REVERSEVALUEITERATOR
                    : Py.DICT_REVERSEITEMITERATOR, kind, true);
        }
    }


    /** A view as a set (dictviews_to_set): the left operand of view set operations. */
    private static PySet viewSet(Object o) {
        PySet s = new PySet(Py.SET);
        s.update(o);
        return s;
    }

    /** dict_keys & other, | ^ -: set results (Objects/dictobject.c: dictviews_and ...). */
    private static void setOp(PyType vt, BinOp op, java.util.function.BinaryOperator<PySet> f) {
        vt.nb[op.ordinal()] = (v, w) -> {
            if (Py.type(v).iter == null || Py.type(w).iter == null) return Py.NotImplemented;
            return f.apply(viewSet(v), viewSet(w));
        };
    }

    static String repr(PyDict d) {
        StringBuilder sb = new StringBuilder("{");
        boolean first = true;
        for (int i = 0; i < d.nentries; i++) {
            if (d.keys[i] == null) continue;
            if (!first) sb.append(", ");
            first = false;
            sb.append(Abstract.repr(d.keys[i])).append(": ").append(Abstract.repr(d.values[i]));
        }
        return sb.append('}').toString();
    }

    static void install() {
        PyType t = Py.DICT;
        t.repr = v -> Seqs.reprGuarded(v, "{...}", () -> repr(value(v)));
        t.hash = ObjectType.UNHASHABLE;
        t.len = v -> value(v).used;
        t.getitem = (v, k) -> {
            PyDict d = value(v);
            Object r = d.getItemOrNull(k);
            if (r != null) return r;
            if (!(v instanceof PyDict)) {
                Object missing = Abstract.lookupSpecial(v, "__missing__");
                if (missing != null) return Abstract.callBound(missing, v, k);
            }
            throw Exceptions.keyError(k);
        };
        t.setitem = (v, k, x) -> {
            PyDict d = value(v);
            if (x != null) d.setItem(k, x);
            else if (d.removeOrNull(k) == null) throw Exceptions.keyError(k);
        };
        t.contains = (v, k) -> value(v).getItemOrNull(k) != null;
        t.iter = v -> new DictIter(value(v), Py.DICT_KEYITERATOR, 0);
        t.richcompare = (v, w, op) -> {
            PyDict a = value(v), b = value(w);
            if (b == null || (op != CmpOp.EQ && op != CmpOp.NE)) return Py.NotImplemented;
            boolean eq = a.used == b.used;
            for (int i = 0; eq && i < a.nentries; i++) {
                if (a.keys[i] == null) continue;
                Object bv = b.getItemOrNull(a.keys[i]);
                eq = bv != null && Abstract.eq(a.values[i], bv);
            }
            return Py.bool(eq == (op == CmpOp.EQ));
        };
        t.nb[BinOp.OR.ordinal()] = (v, w) -> {
            PyDict a = value(v), b = value(w);
            if (a == null || b == null) return Py.NotImplemented;
            PyDict r = new PyDict();
            r.update(a);
            r.update(b);
            return r;
        };
        t.nbInplace[BinOp.OR.ordinal()] = (v, w) -> {
            value(v).update(w);
            return v;
        };
        t.tpNew = (type, a, off, n, kw) -> {
            if (type == Py.DICT) return new PyDict();
            PyInstance inst = new PyInstance(type);
            inst.payload = new PyDict();
            return inst;
        };
        t.init = (self, a, off, n, kw) -> {
            Args.check("dict", n, null, 0, 1);
            PyDict d = value(self);
            if (n == 1) d.update(a[off]);
            for (int k = 0; kw != null && k < kw.length; k++) d.setItem(kw[k], a[off + n + k]);
            return Py.None;
        };
        Def.methodV(t, "get", (self, a, off, n, kw) -> {
            Args.check("get", n, kw, 1, 2);
            Object r = value(self).getItemOrNull(a[off]);
            return r != null ? r : n == 2 ? a[off + 1] : Py.None;
        });
        Def.methodV(t, "setdefault", (self, a, off, n, kw) -> {
            Args.check("setdefault", n, kw, 1, 2);
            PyDict d = value(self);
            Object r = d.getItemOrNull(a[off]);
            if (r != null) return r;
            Object dflt = n == 2 ? a[off + 1] : Py.None;
            d.setItem(a[off], dflt);
            return dflt;
        });
        Def.methodV(t, "pop", (self, a, off, n, kw) -> {
            Args.check("pop", n, kw, 1, 2);
            Object r = value(self).removeOrNull(a[off]);
            if (r != null) return r;
            if (n == 2) return a[off + 1];
            throw Exceptions.keyError(a[off]);
        });
        Def.method0(t, "popitem", self -> {
            PyDict d = value(self);
            for (int i = d.nentries - 1; i >= 0; i--) {
                if (d.keys[i] == null) continue;
                Object k = d.keys[i], v = d.values[i];
                d.removeOrNull(k);
                d.nentries = i;
                return PyTuple.of(k, v);
            }
            throw Exceptions.raise(Exceptions.KeyError, "popitem(): dictionary is empty");
        });
        Def.methodV(t, "update", (self, a, off, n, kw) -> {
            Args.check("update", n, null, 0, 1);
            PyDict d = value(self);
            if (n == 1) d.update(a[off]);
            for (int k = 0; kw != null && k < kw.length; k++) d.setItem(kw[k], a[off + n + k]);
            return Py.None;
        });
        Def.method0(t, "clear", self -> {
            value(self).clear();
            return Py.None;
        });
        Def.method0(t, "copy", self -> {
            PyDict r = new PyDict();
            r.update(value(self));
            return r;
        });
        Def.method0(t, "__reversed__", self -> new View(value(self), 0).reversedIterator());
        Def.method0(t, "keys", self -> new View(value(self), 0));
        Def.method0(t, "values", self -> new View(value(self), 1));
        Def.method0(t, "items", self -> new View(value(self), 2));
        Def.classMethod(t, "fromkeys", (cls, a, off, n, kw) -> {
            Args.check("fromkeys", n, kw, 1, 2);
            Object d = Abstract.call(cls);
            Object v = n == 2 ? a[off + 1] : Py.None;
            Object it = Abstract.iter(a[off]);
            for (Object k; (k = Abstract.next(it)) != null; ) Abstract.setitem(d, k, v);
            return d;
        });
        for (PyType vt : new PyType[] {Py.DICT_KEYS, Py.DICT_VALUES, Py.DICT_ITEMS}) {
            Def.method0(vt, "__reversed__", v -> ((View) v).reversedIterator());
            vt.len = v -> ((View) v).d.used;
            vt.iter = v -> ((View) v).iterator();
            vt.repr = v -> {
                View view = (View) v;
                return view.type.name + "(" + Abstract.repr(PyList.fromIterable(v)) + ")";
            };
        }
        for (PyType vt : new PyType[] {Py.DICT_KEYS, Py.DICT_ITEMS}) {
            setOp(vt, BinOp.AND, PySet::intersection);
            setOp(vt, BinOp.OR, PySet::union);
            setOp(vt, BinOp.SUBTRACT, PySet::difference);
            setOp(vt, BinOp.XOR, PySet::symmetricDifference);
            vt.richcompare = (v, w, op) -> {
                if (!(w instanceof View) && PySet.value(w) == null) return Py.NotImplemented;
                return Abstract.richCompare(viewSet(v), w instanceof View ? viewSet(w) : w, op);
            };
        }
        Py.DICT_KEYS.contains = (v, k) -> ((View) v).d.getItemOrNull(k) != null;
        Py.DICT_ITEMS.contains = (v, x) -> {
            PyTuple pair = PyTuple.value(x);
            if (pair == null || pair.size() != 2) return false;
            Object r = ((View) v).d.getItemOrNull(pair.get(0));
            return r != null && Abstract.eq(r, pair.get(1));
        };
    }
}
