package tierpy.modules;

import tierpy.objects.Py;
import tierpy.vm.PyModule;

/**
 * Mirrors Modules/gcmodule.c over the JVM's collector: the Java half is a full heap collection;
 * the Python half ({@code tierpy/lib/gc.py}) keeps gc's flags, thresholds, statistics and callbacks.
 */
@ModuleDef("gc")
public final class GcModule {
    private GcModule() {}

    static void init(PyModule m) {
        PythonSource.run("gc", m);
    }

    /** A full JVM collection, then the callbacks of the weak references it cleared. */
    @Function("_collect_heap")
    static Object collectHeap() {
        System.gc();
        WeakrefModule.runCallbacksAfterCollection();
        return Py.None;
    }
}
