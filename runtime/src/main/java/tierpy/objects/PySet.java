package tierpy.objects;

/**
 * Mirrors Objects/setobject.c: the open-addressing set table (set_add_entry with LINEAR_PROBES
 * then perturbed probing, set_table_resize, dummy entries), so iteration order matches
 * CPython for ints; frozenset's hash is frozenset_hash (_shuffle_bits).
 */
public final class PySet extends PyObject {
    private static final int MIN_SIZE = 8, LINEAR_PROBES = 9, PERTURB_SHIFT = 5;
    private static final Object DUMMY = new Object();

    private Object[] table = new Object[MIN_SIZE];
    private long[] hashes = new long[MIN_SIZE];
    private int fill, used;
    private int version;

    public PySet(PyType type) {
        super(type);
    }

    public int size() {
        return used;
    }

    static PySet value(Object o) {
        if (o instanceof PySet s) return s;
        if (o instanceof PyInstance i && i.payload instanceof PySet s) return s;
        return null;
    }

    public boolean contains(Object key) {
        return lookup(key) >= 0;
    }

    /** set_lookkey: the slot holding an item equal to key, or -1. */
    private int lookup(Object key) {
        long hash = Abstract.hash(key);
        int mask = table.length - 1;
        int i = (int) (hash & mask);
        long perturb = hash;
        while (true) {
            for (int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0, j = i; probes >= 0; probes--, j++) {
                Object k = table[j];
                if (k == null) return -1;
                if (k != DUMMY && hashes[j] == hash && (k == key || Abstract.eq(k, key))) return j;
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** set_add_entry. */
    public void add(Object key) {
        long hash = Abstract.hash(key);
        int mask = table.length - 1;
        int i = (int) (hash & mask);
        long perturb = hash;
        int freeslot = -1;
        while (true) {
            for (int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0, j = i; probes >= 0; probes--, j++) {
                Object k = table[j];
                if (k == null) {
                    if (freeslot >= 0) {
                        table[freeslot] = key;
                        hashes[freeslot] = hash;
                        used++;
                        version++;
                        return;
                    }
                    table[j] = key;
                    hashes[j] = hash;
                    fill++;
                    used++;
                    version++;
                    if ((long) fill * 5 >= (long) mask * 3) resize(used > 50000 ? used * 2 : used * 4);
                    return;
                }
                if (k == DUMMY) {
                    if (freeslot < 0) freeslot = j;
                } else if (hashes[j] == hash && (k == key || Abstract.eq(k, key))) {
                    return;
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** set_table_resize: reinsert live entries in table order (set_insert_clean). */
    private void resize(int minused) {
        int size = MIN_SIZE;
        while (size <= minused) size <<= 1;
        Object[] ot = table;
        long[] oh = hashes;
        table = new Object[size];
        hashes = new long[size];
        fill = used;
        int mask = size - 1;
        for (int n = 0; n < ot.length; n++) {
            if (ot[n] == null || ot[n] == DUMMY) continue;
            long hash = oh[n];
            int i = (int) (hash & mask);
            long perturb = hash;
            outer:
            while (true) {
                for (int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0, j = i; probes >= 0; probes--, j++) {
                    if (table[j] == null) {
                        table[j] = ot[n];
                        hashes[j] = hash;
                        break outer;
                    }
                }
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & mask);
            }
        }
    }

    public boolean discard(Object key) {
        int j = lookup(key);
        if (j < 0) return false;
        table[j] = DUMMY;
        used--;
        version++;
        return true;
    }

    public void update(Object iterable) {
        PySet other = value(iterable);
        if (other != null) {
            for (Object k : other.table) if (k != null && k != DUMMY) add(k);
            return;
        }
        Object it = Abstract.iter(iterable);
        for (Object x; (x = Abstract.next(it)) != null; ) add(x);
    }

    /** The live keys in table order. */
    public Object[] toArray() {
        Object[] out = new Object[used];
        int n = 0;
        for (Object k : table) if (k != null && k != DUMMY) out[n++] = k;
        return out;
    }

    /** frozenset_hash. */
    static long hash(PySet s) {
        long hash = 0;
        for (int j = 0; j < s.table.length; j++) {
            if (s.table[j] != null && s.table[j] != DUMMY) hash ^= shuffle(s.hashes[j]);
        }
        hash ^= ((long) s.used + 1) * 1927868237L;
        hash ^= (hash >>> 11) ^ (hash >>> 25);
        hash = hash * 69069L + 907133923L;
        return hash == -1 ? 590923713L : hash;
    }

    private static long shuffle(long h) {
        return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
    }

    private PySet newLike() {
        return new PySet(type == Py.FROZENSET ? Py.FROZENSET : Py.SET);
    }

    static final class SetIter extends PyIterator {
        private final PySet s;
        private final int startUsed;
        private int i;

        SetIter(PySet s) {
            super(Py.SET_ITERATOR);
            this.s = s;
            this.startUsed = s.used;
        }

        @Override
        public Object nextOrNull() {
            if (s.used != startUsed) throw Exceptions.runtimeError("Set changed size during iteration");
            while (i < s.table.length && (s.table[i] == null || s.table[i] == DUMMY)) i++;
            return i < s.table.length ? s.table[i++] : null;
        }
    }

    private static Slots.Binary setOp(java.util.function.BinaryOperator<PySet> op) {
        return (v, w) -> {
            PySet a = value(v), b = value(w);
            if (a == null || b == null) return Py.NotImplemented;
            return op.apply(a, b);
        };
    }

    static PySet union(PySet a, PySet b) {
        PySet r = a.newLike();
        r.update(a);
        r.update(b);
        return r;
    }

    static PySet intersection(PySet a, PySet b) {
        PySet r = a.newLike();
        PySet small = a.used <= b.used ? a : b, big = small == a ? b : a;
        for (Object k : small.toArray()) if (big.contains(k)) r.add(k);
        return r;
    }

    static PySet difference(PySet a, PySet b) {
        PySet r = a.newLike();
        for (Object k : a.toArray()) if (!b.contains(k)) r.add(k);
        return r;
    }

    static PySet symmetricDifference(PySet a, PySet b) {
        PySet r = difference(a, b);
        for (Object k : b.toArray()) if (!a.contains(k)) r.add(k);
        return r;
    }

    static boolean isSubset(PySet a, PySet b) {
        if (a.used > b.used) return false;
        for (Object k : a.toArray()) if (!b.contains(k)) return false;
        return true;
    }

    private static PySet asSet(Object o) {
        PySet s = value(o);
        if (s != null) return s;
        PySet r = new PySet(Py.SET);
        r.update(o);
        return r;
    }

    static void install() {
        for (PyType t : new PyType[] {Py.SET, Py.FROZENSET}) {
            boolean frozen = t == Py.FROZENSET;
            t.repr = v -> {
                PySet s = value(v);
                String name = Py.type(v).name;
                if (s.used == 0) return name + "()";
                return Seqs.reprGuarded(v, name + "(...)", () -> {
                    String body = Seqs.join(s.toArray(), s.used, "{", "}");
                    return frozen || Py.type(v) != Py.SET ? name + "(" + body + ")" : body;
                });
            };
            t.hash = frozen ? v -> hash(value(v)) : ObjectType.UNHASHABLE;
            t.len = v -> value(v).used;
            t.iter = v -> new SetIter(value(v));
            t.contains = (v, k) -> {
                try {
                    return value(v).contains(k);
                } catch (PyException e) {
                    PySet ks = value(k);
                    if (ks == null || !e.matches(Exceptions.TypeError)) throw e;
                    PySet f = new PySet(Py.FROZENSET);
                    f.update(ks);
                    return value(v).contains(f);
                }
            };
            t.nb[BinOp.OR.ordinal()] = setOp(PySet::union);
            t.nb[BinOp.AND.ordinal()] = setOp(PySet::intersection);
            t.nb[BinOp.SUBTRACT.ordinal()] = setOp(PySet::difference);
            t.nb[BinOp.XOR.ordinal()] = setOp(PySet::symmetricDifference);
            t.richcompare = (v, w, op) -> {
                PySet a = value(v), b = value(w);
                if (b == null) return Py.NotImplemented;
                return Py.bool(switch (op) {
                    case EQ -> a.used == b.used && isSubset(a, b);
                    case NE -> !(a.used == b.used && isSubset(a, b));
                    case LE -> isSubset(a, b);
                    case LT -> a.used < b.used && isSubset(a, b);
                    case GE -> isSubset(b, a);
                    case GT -> b.used < a.used && isSubset(b, a);
                });
            };
            t.tpNew = (type, a, off, n, kw) -> {
                Args.noKeywords(type.name, kw);
                Args.check(type.name, n, null, 0, 1);
                PySet s = new PySet(type.solidBase == Py.FROZENSET ? Py.FROZENSET : Py.SET);
                if (frozen && n == 1) s.update(a[off]);
                if (type == t) return s;
                PyInstance inst = new PyInstance(type);
                inst.payload = s;
                return inst;
            };
            if (!frozen) {
                t.init = (self, a, off, n, kw) -> {
                    Args.noKeywords("set", kw);
                    Args.check("set", n, null, 0, 1);
                    if (n == 1) value(self).update(a[off]);
                    return Py.None;
                };
            }
            Def.methodV(t, "union", (self, a, off, n, kw) -> {
                PySet r = value(self).newLike();
                r.update(self);
                for (int i = 0; i < n; i++) r.update(a[off + i]);
                return r;
            });
            Def.method1(t, "intersection", (self, o) -> intersection(value(self), asSet(o)));
            Def.method1(t, "difference", (self, o) -> difference(value(self), asSet(o)));
            Def.method1(t, "symmetric_difference", (self, o) -> symmetricDifference(value(self), asSet(o)));
            Def.method1(t, "issubset", (self, o) -> Py.bool(isSubset(value(self), asSet(o))));
            Def.method1(t, "issuperset", (self, o) -> Py.bool(isSubset(asSet(o), value(self))));
            Def.method1(t, "isdisjoint", (self, o) -> Py.bool(intersection(value(self), asSet(o)).used == 0));
            Def.method0(t, "copy", self -> {
                PySet r = value(self).newLike();
                r.update(self);
                return r;
            });
        }
        PyType t = Py.SET;
        Def.method1(t, "add", (self, x) -> {
            value(self).add(x);
            return Py.None;
        });
        Def.method1(t, "discard", (self, x) -> {
            value(self).discard(x);
            return Py.None;
        });
        Def.method1(t, "remove", (self, x) -> {
            if (!value(self).discard(x)) throw Exceptions.keyError(x);
            return Py.None;
        });
        Def.method0(t, "pop", self -> {
            PySet s = value(self);
            for (int i = 0; i < s.table.length; i++) {
                Object k = s.table[i];
                if (k != null && k != DUMMY) {
                    s.table[i] = DUMMY;
                    s.used--;
                    return k;
                }
            }
            throw Exceptions.raise(Exceptions.KeyError, "pop from an empty set");
        });
        Def.method0(t, "clear", self -> {
            PySet s = value(self);
            s.table = new Object[MIN_SIZE];
            s.hashes = new long[MIN_SIZE];
            s.fill = s.used = 0;
            return Py.None;
        });
        Def.methodV(t, "update", (self, a, off, n, kw) -> {
            for (int i = 0; i < n; i++) value(self).update(a[off + i]);
            return Py.None;
        });
        inplace(t, BinOp.OR, "update", PySet::union);
        inplace(t, BinOp.AND, "intersection_update", PySet::intersection);
        inplace(t, BinOp.SUBTRACT, "difference_update", PySet::difference);
        inplace(t, BinOp.XOR, "symmetric_difference_update", PySet::symmetricDifference);
    }

    /** Replaces the table of s with that of r (the in-place set operations). */
    private void assign(PySet r) {
        table = r.table;
        hashes = r.hashes;
        fill = r.fill;
        used = r.used;
        version++;
    }

    /** set |= &= -= ^= (set_ior ...) and, except for update, the named *_update method. */
    private static void inplace(PyType t, BinOp op, String method, java.util.function.BinaryOperator<PySet> f) {
        t.nbInplace[op.ordinal()] = (v, w) -> {
            PySet other = value(w);
            if (other == null) return Py.NotImplemented;
            value(v).assign(f.apply(value(v), other));
            return v;
        };
        if (!method.equals("update")) {
            Def.methodV(t, method, (self, a, off, n, kw) -> {
                Args.noKeywords("set." + method, kw);
                PySet s = value(self);
                for (int i = 0; i < n; i++) s.assign(f.apply(s, asSet(a[off + i])));
                return Py.None;
            });
        }
    }
}
