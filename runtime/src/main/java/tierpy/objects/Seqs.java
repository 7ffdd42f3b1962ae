package tierpy.objects;

/** Mirrors what Objects/listobject.c and Objects/tupleobject.c share: repr, comparison, indexing. */
final class Seqs {
    private Seqs() {}

    /** The containers whose repr is being built on this thread (an identity set: deep nesting stays linear). */
    private static final ThreadLocal<java.util.Set<Object>> REPR_ACTIVE =
            ThreadLocal.withInitial(() -> java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));

    /**
     * Mirrors Objects/object.c: Py_ReprEnter/Py_ReprLeave: a container inside itself prints as "[...]".
     * (Nesting depth is bounded by Abstract.repr's NativeRecursion guard.)
     */
    static String reprGuarded(Object self, String onRecursion, java.util.function.Supplier<String> body) {
        java.util.Set<Object> active = REPR_ACTIVE.get();
        if (active.contains(self)) return onRecursion;
        active.add(self);
        try {
            return body.get();
        } finally {
            active.remove(self);
        }
    }

    /** list_repr / tuple_repr element loop. */
    static String join(Object[] items, int n, String open, String close) {
        StringBuilder sb = new StringBuilder(open);
        for (int i = 0; i < n; i++) {
            if (i > 0) sb.append(", ");
            sb.append(Abstract.repr(items[i]));
        }
        return sb.append(close).toString();
    }

    /** Lexicographic rich comparison (list_richcompare / tuplerichcompare). */
    static Object compare(Object[] a, int na, Object[] b, int nb, CmpOp op) {
        if ((op == CmpOp.EQ || op == CmpOp.NE) && na != nb) return Py.bool(op == CmpOp.NE);
        int i = 0;
        for (; i < na && i < nb; i++) {
            if (!Abstract.eq(a[i], b[i])) break;
        }
        if (i >= na || i >= nb) return Py.bool(op.test(Integer.compare(na, nb)));
        if (op == CmpOp.EQ) return Boolean.FALSE;
        if (op == CmpOp.NE) return Boolean.TRUE;
        return Abstract.richCompare(a[i], b[i], op);
    }

    /** The normalized index for item access, or -1 when out of range. */
    static int index(Object key, int size) {
        long i = Abstract.asIndex(key);
        if (i < 0) i += size;
        return i < 0 || i >= size ? -1 : (int) i;
    }

    static String indicesError(String typeName, Object key) {
        return typeName + " indices must be integers or slices, not " + Py.type(key).name;
    }

    /** The normalized index for list.pop / bytearray.pop, with their messages. */
    static int popIndex(String typeName, Object[] a, int off, int n, String[] kw, int size) {
        Args.check("pop", n, kw, 0, 1);
        if (size == 0) throw Exceptions.indexError("pop from empty " + typeName);
        long i = n == 0 ? -1 : Args.ssize(a[off]);
        if (i < 0) i += size;
        if (i < 0 || i >= size) throw Exceptions.indexError("pop index out of range");
        return (int) i;
    }
}
