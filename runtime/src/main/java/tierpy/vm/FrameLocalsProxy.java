package tierpy.vm;

import java.util.Map;

import tierpy.objects.Abstract;
import tierpy.objects.CmpOp;
import tierpy.objects.Descriptors.BuiltinFunction;
import tierpy.objects.Exceptions;
import tierpy.objects.Py;
import tierpy.objects.PyDict;
import tierpy.objects.PyObject;
import tierpy.objects.PyType;

/**
 * Mirrors Objects/frameobject.c: PyFrameLocalsProxy (PEP 667), f_locals of a function frame: reads
 * see the frame's variables as they are now, writes go to them; names the code does not have are
 * kept beside the frame (f_extra_locals).
 */
final class FrameLocalsProxy extends PyObject {
    static final PyType TYPE = PyType.newHeapType(Py.TYPE, "FrameLocalsProxy", new PyType[] {Py.OBJECT},
            Map.of("__module__", "builtins", "__qualname__", "FrameLocalsProxy", "__hash__", Py.None), null, null);

    private final VmTypes.FrameView view;

    FrameLocalsProxy(VmTypes.FrameView view) {
        super(TYPE);
        this.view = view;
    }

    /** The variables bound now, then the extra names. */
    private PyDict snapshot() {
        PyDict d = (PyDict) view.frame.localsMapping();
        if (view.extraLocals != null) view.extraLocals.forEach(d::setItem);
        return d;
    }

    private static FrameLocalsProxy proxy(Object o) {
        return (FrameLocalsProxy) o;
    }

    private int slotOf(Object key) {
        return key instanceof String name ? view.frame.code.co.localsplusnames.indexOf(name) : -1;
    }

    private void set(Object key, Object value) {
        int slot = slotOf(key);
        Object[] fast = view.frame.localsplus;
        if (slot >= 0) {
            if (value == null) throw Exceptions.valueError("cannot remove local variables from FrameLocalsProxy");
            if (fast[slot] instanceof PyCell cell) cell.ref = value;
            else fast[slot] = value;
            return;
        }
        if (value != null) {
            if (view.extraLocals == null) view.extraLocals = new PyDict();
            view.extraLocals.setItem(key, value);
        } else if (view.extraLocals == null || view.extraLocals.removeOrNull(key) == null) {
            throw Exceptions.keyError(key);
        }
    }

    static {
        TYPE.acceptableBase = false;
        TYPE.getitem = (o, key) -> {
            Object v = proxy(o).snapshot().getItemOrNull(key);
            if (v == null) throw Exceptions.keyError(key);
            return v;
        };
        TYPE.setitem = (o, key, value) -> proxy(o).set(key, value);
        TYPE.contains = (o, key) -> proxy(o).snapshot().getItemOrNull(key) != null;
        TYPE.len = o -> proxy(o).snapshot().size();
        TYPE.iter = o -> Abstract.iter(proxy(o).snapshot());
        TYPE.repr = o -> Abstract.repr(proxy(o).snapshot());
        TYPE.richcompare = (v, w, op) -> op == CmpOp.EQ || op == CmpOp.NE
                ? Abstract.richCompare(proxy(v).snapshot(), w instanceof FrameLocalsProxy p ? p.snapshot() : w, op)
                : Py.NotImplemented;
        TYPE.getattro = (o, name) -> switch (name) {
            case "keys", "values", "items", "get", "copy", "__getitem__", "__contains__", "__len__" ->
                    Abstract.getattr(proxy(o).snapshot(), name);
            case "setdefault" -> new BuiltinFunction("setdefault", (self, a, off, n, kw) -> {
                Object v = proxy(o).snapshot().getItemOrNull(a[off]);
                if (v != null) return v;
                Object dflt = n > 1 ? a[off + 1] : Py.None;
                proxy(o).set(a[off], dflt);
                return dflt;
            });
            case "update" -> new BuiltinFunction("update", (self, a, off, n, kw) -> {
                PyDict d = new PyDict();
                Abstract.call(Abstract.getattr(d, "update"), a[off]);
                d.forEach(proxy(o)::set);
                return Py.None;
            });
            default -> VmTypes.inherited(o, name);
        };
    }
}
