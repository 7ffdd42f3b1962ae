package tierpy.objects;

import java.util.HashMap;
import java.util.Map;

import tierpy.objects.Descriptors.MethodDescr;

/**
 * Mirrors Objects/namespaceobject.c: types.SimpleNamespace, the type of sys.implementation
 * (types.py takes it from there, as CPython's does). Instances keep their attributes in their
 * __dict__.
 */
public final class SimpleNamespace {
    private SimpleNamespace() {}

    public static final PyType TYPE = make();

    private static PyType make() {
        Map<String, Object> ns = new HashMap<>();
        ns.put("__module__", "types");
        ns.put("__qualname__", "SimpleNamespace");
        ns.put("__doc__", "A simple attribute-based namespace.");
        ns.put("__hash__", Py.None);
        PyType t = PyType.newHeapType(Py.TYPE, "SimpleNamespace", new PyType[] {Py.OBJECT}, ns, null, null);
        MethodDescr.define(t, "__init__", SimpleNamespace::init);
        MethodDescr.define(t, "__repr__", SimpleNamespace::repr);
        MethodDescr.define(t, "__eq__", (self, other) -> compare(self, other, CmpOp.EQ));
        MethodDescr.define(t, "__ne__", (self, other) -> compare(self, other, CmpOp.NE));
        MethodDescr.define(t, "__reduce__", self -> PyTuple.of(Py.type(self), PyTuple.EMPTY, dict(self)));
        MethodDescr.define(t, "__replace__", SimpleNamespace::replace);
        for (String slot : new String[] {"__init__", "__repr__", "__eq__", "__ne__"}) t.updateSlot(slot);
        return t;
    }

    /** A namespace holding {@code names[i] = values[i]}, in that order. */
    public static Object of(String[] names, Object... values) {
        PyInstance ns = new PyInstance(TYPE);
        for (int i = 0; i < names.length; i++) ns.setAttr(names[i], values[i]);
        return ns;
    }

    private static PyDict dict(Object self) {
        return ((PyInstance) self).materializeDict();
    }

    /** namespace_init: one optional mapping or iterable of pairs, then keyword arguments. */
    private static Object init(Object self, Object[] a, int off, int n, String[] kw) {
        if (n > 1) {
            String name = Py.type(self) == TYPE ? "types.SimpleNamespace" : Py.type(self).name;
            throw Exceptions.typeError(name + " expected at most 1 positional argument, got " + n);
        }
        PyDict d = dict(self);
        if (n == 1) {
            Object arg = a[off];
            PyDict items = Py.type(arg) == Py.DICT ? (PyDict) arg : (PyDict) Abstract.call(Py.DICT, arg);
            items.forEach((key, value) -> {
                if (!(key instanceof String)) throw Exceptions.typeError("keywords must be strings");
            });
            items.forEach(d::setItem);
        }
        int nkw = kw == null ? 0 : kw.length;
        for (int i = 0; i < nkw; i++) d.setItem(kw[i], a[off + n + i]);
        return Py.None;
    }

    /** namespace_repr: "namespace(a=1, b=2)" for the exact type, the subclass's name otherwise. */
    private static Object repr(Object self) {
        String name = Py.type(self) == TYPE ? "namespace" : Py.type(self).name;
        return Seqs.reprGuarded(self, name + "(...)", () -> {
            java.util.StringJoiner items = new java.util.StringJoiner(", ", name + "(", ")");
            dict(self).forEach((key, value) -> {
                if (key instanceof String s && !s.isEmpty()) items.add(s + "=" + Abstract.repr(value));
            });
            return items.toString();
        });
    }

    /** namespace_richcompare: two namespaces compare by their dicts. */
    private static Object compare(Object self, Object other, CmpOp op) {
        if (!Py.type(self).isSubtype(TYPE) || !Py.type(other).isSubtype(TYPE)) return Py.NotImplemented;
        return Abstract.richCompare(dict(self), dict(other), op);
    }

    /** namespace_replace: a new instance of the same type with the changes applied. */
    private static Object replace(Object self, Object[] a, int off, int n, String[] kw) {
        if (n > 0) throw Exceptions.typeError("__replace__() takes no positional arguments");
        Object result = Abstract.call(Py.type(self));
        PyDict d = dict(result);
        dict(self).forEach(d::setItem);
        int nkw = kw == null ? 0 : kw.length;
        for (int i = 0; i < nkw; i++) d.setItem(kw[i], a[off + i]);
        return result;
    }
}
