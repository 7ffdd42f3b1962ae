package tierpy.vm;

import tierpy.objects.Abstract;
import tierpy.objects.Descriptors;
import tierpy.objects.Exceptions;
import tierpy.objects.Py;
import tierpy.objects.PyDict;
import tierpy.objects.PyObject;
import tierpy.objects.PyType;

/** Mirrors Objects/moduleobject.c: a module, its attributes in {@link #dict}. */
public final class PyModule extends PyObject implements Descriptors.PyModuleLike {
    public static final PyType TYPE = VmTypes.MODULE;

    public final PyDict dict;

    public PyModule(String name, PyDict dict) {
        super(VmTypes.MODULE);
        this.dict = dict;
        if (dict.getItemOrNull("__name__") == null) dict.setItem("__name__", name);
        for (String key : new String[] {"__doc__", "__package__", "__loader__", "__spec__"}) {
            if (dict.getItemOrNull(key) == null) dict.setItem(key, Py.None);
        }
    }

    /** Made by calling module(name): without a spec or loader, its repr names no origin. */
    boolean madeByCall;

    public PyModule(String name) {
        this(name, new PyDict());
    }

    public String name() {
        return dict.getItemOrNull("__name__") instanceof String s ? s : "?";
    }

    /** module_getattro: the dict, then a module-level __getattr__. */
    static Object getattr(Object o, String name) {
        PyModule m = (PyModule) o;
        if (name.equals("__dict__")) return m.dict;
        Object v = m.dict.getItemOrNull(name);
        if (v != null) return v;
        Object hook = m.dict.getItemOrNull("__getattr__");
        if (hook != null) return Abstract.call(hook, name);
        throw Exceptions.attributeError("module '" + m.name() + "' has no attribute '" + name + "'", name, o);
    }

    static void setattr(Object o, String name, Object value) {
        PyModule m = (PyModule) o;
        if (value == null) {
            if (m.dict.removeOrNull(name) == null) {
                throw Exceptions.attributeError("module '" + m.name() + "' has no attribute '" + name + "'", name, o);
            }
        } else {
            m.dict.setItem(name, value);
        }
    }

    @Override
    public String toString() {
        Object file = dict.getItemOrNull("__file__");
        if (file instanceof String f) return "<module '" + name() + "' from '" + f + "'>";
        return "<module '" + name() + "'" + (madeByCall ? ">" : " (built-in)>");
    }
}
