package tierpy.modules;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import tierpy.objects.Abstract;
import tierpy.objects.Exceptions;
import tierpy.objects.Py;
import tierpy.objects.PyList;
import tierpy.objects.PyObject;
import tierpy.objects.PyType;
import tierpy.vm.PyModule;

/**
 * The Java half of {@code weakref} ({@code tierpy/lib/weakref.py} builds ref, proxy and the weak
 * containers on it): a cell holding a JVM weak reference to one object, and the callbacks of the
 * cells whose object the JVM's collector freed. CPython frees an object as its last reference
 * goes; the JVM frees it at a collection, so a dead object's cell reads None only after one, and
 * callbacks run at the next gc.collect() or the next weak reference made.
 */
@ModuleDef("_weakref")
public final class WeakrefModule {
    private WeakrefModule() {}

    static final PyType CELL = PyType.newHeapType(Py.TYPE, "weakcell", new PyType[] {Py.OBJECT},
            Map.of("__module__", "_weakref", "__qualname__", "weakcell"), null, null);

    static {
        CELL.acceptableBase = false;
        CELL.init = null;
    }

    private static final ReferenceQueue<Object> QUEUE = new ReferenceQueue<>();
    /** Every cell alive, for getweakrefcount and for the callbacks a collection makes due. */
    private static final List<WeakReference<Cell>> CELLS = new ArrayList<>();
    private static int purgeAt = 1024;
    /** Each object's plain weakref (exact ref, no callback): CPython hands out the same one each time. */
    private static final Map<Object, WeakReference<Object>> PLAIN = new WeakHashMap<>();

    /** One weak reference: the Python weakref object that owns it, and the callback to run when its object dies. */
    static final class Cell extends PyObject {
        final Ref ref;
        final WeakReference<Object> owner;

        Cell(Object referent, Object owner, Object callback) {
            super(CELL);
            this.ref = new Ref(referent, callback == Py.None ? null : callback);
            this.owner = new WeakReference<>(owner);
        }
    }

    /** The JVM reference; it is enqueued only while its cell (and so its owner) is alive, as CPython drops the callback of a dead weakref. */
    static final class Ref extends WeakReference<Object> {
        Object callback;

        Ref(Object referent, Object callback) {
            super(referent, QUEUE);
            this.callback = callback;
        }
    }

    /** _cell(owner, obj, callback): a cell weakly referring to obj; callback() runs once after obj dies. */
    @Function("_cell")
    static Object cell(Object owner, Object referent, Object callback) {
        runCallbacks();
        Cell c = new Cell(referent, owner, callback);
        synchronized (CELLS) {
            if (CELLS.size() >= purgeAt) {
                CELLS.removeIf(r -> r.get() == null);
                purgeAt = Math.max(1024, 2 * CELLS.size());
            }
            CELLS.add(new WeakReference<>(c));
        }
        return c;
    }

    /** _plain_ref(obj): obj's plain weakref, or None. */
    @Function("_plain_ref")
    static Object plainRef(Object referent) {
        WeakReference<Object> r = PLAIN.get(referent);
        Object owner = r == null ? null : r.get();
        return owner == null ? Py.None : owner;
    }

    /** _set_plain_ref(obj, ref): ref is now obj's plain weakref. */
    @Function("_set_plain_ref")
    static Object setPlainRef(Object referent, Object owner) {
        PLAIN.put(referent, new WeakReference<>(owner));
        return Py.None;
    }

    /** _deref(cell): the object, or None once the collector freed it. */
    @Function("_deref")
    static Object deref(Object cell) {
        Object o = cellOf(cell).ref.get();
        return o == null ? Py.None : o;
    }

    private static Cell cellOf(Object o) {
        if (o instanceof Cell c) return c;
        throw Exceptions.typeError("expected a weakcell, not '" + Py.type(o).name + "'");
    }

    /** The weakref objects (cell owners) alive that refer to obj. */
    private static PyList owners(Object obj) {
        PyList out = new PyList();
        List<Cell> cells = new ArrayList<>();
        synchronized (CELLS) {
            for (WeakReference<Cell> r : CELLS) {
                Cell c = r.get();
                if (c != null && c.ref.refersTo(obj)) cells.add(c);
            }
        }
        for (Cell c : cells) {
            Object owner = c.owner.get();
            if (owner != null) out.append(owner);
        }
        return out;
    }

    @Function
    static Object getweakrefcount(Object obj) {
        return (long) owners(obj).size();
    }

    @Function
    static Object getweakrefs(Object obj) {
        return owners(obj);
    }

    /** _run_callbacks(): the callbacks due for objects the collector freed. */
    @Function("_run_callbacks")
    static Object runCallbacksFunction() {
        runCallbacks();
        return Py.None;
    }

    /** Runs the callbacks the reference handler has queued. */
    static void runCallbacks() {
        for (Reference<?> r; (r = QUEUE.poll()) != null; ) call((Ref) r);
    }

    /**
     * After a full collection: every cleared reference, whether or not the reference handler
     * thread has queued it yet, so that gc.collect() returns with the callbacks run.
     */
    static void runCallbacksAfterCollection() {
        List<Ref> cleared = new ArrayList<>();
        synchronized (CELLS) {
            CELLS.removeIf(r -> r.get() == null);
            for (WeakReference<Cell> r : CELLS) {
                Cell c = r.get();
                if (c != null && c.ref.callback != null && c.ref.refersTo(null)) cleared.add(c.ref);
            }
        }
        for (Ref ref : cleared) call(ref);
        runCallbacks();
    }

    private static void call(Ref ref) {
        Object callback = ref.callback;
        if (callback == null) return;
        ref.callback = null;
        Abstract.call(callback);
    }
}
