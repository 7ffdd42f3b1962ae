package tierpy.vm;

import tierpy.objects.Py;
import tierpy.objects.PyDict;
import tierpy.objects.PyObject;

/**
 * Mirrors Objects/funcobject.c: PyFunctionObject. {@link #version} is what CALL specializations
 * guard on (func_version): it changes whenever the code, defaults or closure change.
 */
public final class PyFunction extends PyObject {
    private static int nextVersion = 1;

    public PyCode code;
    public final PyDict globals;
    public final PyDict builtins;
    public String name;
    public String qualname;
    /** __defaults__ as an array, or null for None. */
    public Object[] defaults;
    /** __kwdefaults__, or null for None. */
    public PyDict kwdefaults;
    /** The cells of the free variables, or null. */
    public Object[] closure;
    public Object annotate = Py.None;
    public Object annotations = Py.None;
    public Object doc = Py.None;
    public Object module;
    public Object typeParams = Py.None;
    /** __dict__, created on first use. */
    public PyDict dict;
    public int version;

    public PyFunction(PyCode code, PyDict globals, PyDict builtins) {
        super(VmTypes.FUNCTION);
        this.code = code;
        this.globals = globals;
        this.builtins = builtins;
        this.name = code.co.name;
        this.qualname = code.co.qualname;
        Object module = globals.getItemOrNull("__name__");
        this.module = module == null ? Py.None : module;
        if ((code.co.flags & tierpy.code.CodeObject.CO_HAS_DOCSTRING) != 0 && code.consts.length > 0) {
            this.doc = code.consts[0];
        }
        bumpVersion();
    }

    /** The items of a tuple as a fresh array (__defaults__, __closure__). */
    public static Object[] items(tierpy.objects.PyTuple t) {
        Object[] a = new Object[t.size()];
        for (int i = 0; i < a.length; i++) a[i] = t.get(i);
        return a;
    }

    /** _PyFunction_ClearVersion and a fresh version: specialized call sites must not trust the old shape. */
    public void bumpVersion() {
        synchronized (PyFunction.class) {
            version = nextVersion++;
        }
    }

    @Override
    public String toString() {
        return "<function " + qualname + " at 0x" + Long.toHexString(0x7f0000000000L + ((long) System.identityHashCode(this) << 4)) + ">";
    }
}
