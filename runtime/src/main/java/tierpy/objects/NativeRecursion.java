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

    /** A thread that keeps its count in a field (the interpreter's), so no ThreadLocal lookup is needed. */
    public static class CountingThread extends Thread {
        int nativeDepth;

        public CountingThread(Runnable body, String name, long stackSize) {
            super(null, body, name, stackSize);
        }
    }

    private static final ThreadLocal<CountingThread> OTHER = ThreadLocal.withInitial(() -> new CountingThread(null, "", 0));

    private static CountingThread counter() {
        return Thread.currentThread() instanceof CountingThread t ? t : OTHER.get();
    }

    /** One level deeper; {@code where} completes "maximum recursion depth exceeded". Pair with {@link #leave}. */
    public static CountingThread enter(String where) {
        CountingThread t = counter();
        if (t.nativeDepth >= LIMIT) throw Exceptions.raise(Exceptions.RecursionError, "maximum recursion depth exceeded" + where);
        t.nativeDepth++;
        return t;
    }

    public static void leave(CountingThread t) {
        t.nativeDepth--;
    }
}
