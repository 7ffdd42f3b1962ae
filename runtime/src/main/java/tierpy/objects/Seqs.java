package tierpy.objects;

/** Helpers shared by list and tuple (Objects/listobject.c and tupleobject.c share these shapes). */
final class Seqs {
    private Seqs() {}

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
}
