package tierpy.objects;

import java.util.function.LongSupplier;

/**
 * Prints rough per-operation costs of the object model's hot paths (not a test). Run with:
 * {@code mvn -o -q -pl runtime test-compile && java -cp runtime/target/classes:runtime/target/test-classes
 * tierpy.objects.ObjectsBench}.
 */
public final class ObjectsBench {
    private ObjectsBench() {}

    private static void measure(String name, long ops, LongSupplier body) {
        long sink = 0;
        for (int warm = 0; warm < 3; warm++) sink += body.getAsLong();
        long t0 = System.nanoTime();
        sink += body.getAsLong();
        double ns = (System.nanoTime() - t0) / (double) ops;
        System.out.printf("%-40s %8.2f ns/op   (%d)%n", name, ns, sink & 1);
    }

    public static void main(String[] args) {
        int n = 1_000_000;
        measure("Abstract.add(Long, Long)", n, () -> {
            Object acc = 0L;
            for (long i = 0; i < n; i++) acc = Abstract.add(acc, 1L);
            return (Long) acc;
        });
        measure("Abstract.add(Double, Long) via slots", n, () -> {
            Object acc = 0.0;
            for (long i = 0; i < n; i++) acc = Abstract.add(acc, 1L);
            return ((Double) acc).longValue();
        });
        measure("richCompare(Long, Long) LT", n, () -> {
            long c = 0;
            for (long i = 0; i < n; i++) if (Abstract.richCompare(i, 500_000L, CmpOp.LT) == Boolean.TRUE) c++;
            return c;
        });
        measure("PyDict setItem+getItem (int keys)", 2L * n, () -> {
            PyDict d = new PyDict();
            for (long i = 0; i < n; i++) d.setItem(i, i);
            long s = 0;
            for (long i = 0; i < n; i++) s += (Long) d.getItemOrNull(i);
            return s;
        });
        measure("PySet add (int keys)", n, () -> {
            PySet s = new PySet(Py.SET);
            for (long i = 0; i < n; i++) s.add(i * 7);
            return s.size();
        });
        measure("list.sort of 1e6 ints (per element)", n, () -> {
            Object[] items = new Object[n];
            java.util.Random r = new java.util.Random(1);
            for (int i = 0; i < n; i++) items[i] = (long) r.nextInt();
            PyList l = new PyList(items);
            l.sort(Py.None, false);
            return l.size();
        });
        measure("getattr bound builtin method + call", n, () -> {
            long s = 0;
            for (long i = 0; i < n; i++) s += (Long) Abstract.call(Abstract.getattr(i, "bit_length"));
            return s;
        });
        PyType point = PyType.newHeapType(Py.TYPE, "P", new PyType[0], new java.util.LinkedHashMap<>(), null, null);
        PyInstance p = (PyInstance) Abstract.call(point);
        Abstract.setattr(p, "x", 1L);
        measure("instance attribute get (shared keys)", n, () -> {
            long s = 0;
            for (long i = 0; i < n; i++) s += (Long) Abstract.getattr(p, "x");
            return s;
        });
        measure("float repr", n / 10, () -> {
            long s = 0;
            for (long i = 0; i < n / 10; i++) s += FloatFormat.repr(i * 0.1).length();
            return s;
        });
    }
}
