package tierpy.objects;

/**
 * Mirrors Py_EnterRecursiveCall / Py_LeaveRecursiveCall: a depth count for Java code that recurses
 * through Python objects (repr of a list nested a million deep), apart from the Python frame depth.
 * Past the limit it raises RecursionError instead of exhausting the thread's stack.
 */
public final class NativeRecursion {
    private NativeRecursion() {}

    /** CPython 3.13's Py_C_RECURSION_LIMIT; 3.14 measures the C stack instead, to a similar depth. */
    static final int LIMIT = 10_000;

    /** One thread's depth. */
    public static final class Depth {
        int value;
    }

    /** A thread that keeps its depth in a field (the interpreter's), so no ThreadLocal lookup is needed. */
    public static class CountingThread extends Thread {
        final Depth depth = new Depth();

        public CountingThread(Runnable body, String name, long stackSize) {
            super(null, body, name, stackSize);
        }
    }

    private static final ThreadLocal<Depth> OTHER_THREADS = ThreadLocal.withInitial(Depth::new);

    /** One level deeper; {@code where} completes "maximum recursion depth exceeded". Pair with {@link #leave}. */
    public static Depth enter(String where) {
        Depth d = Thread.currentThread() instanceof CountingThread t ? t.depth : OTHER_THREADS.get();
        if (d.value >= LIMIT) throw Exceptions.raise(Exceptions.RecursionError, "maximum recursion depth exceeded" + where);
        d.value++;
        return d;
    }

    public static void leave(Depth d) {
        d.value--;
    }
}
