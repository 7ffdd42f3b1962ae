package tierpy.objects;

import java.util.function.BiConsumer;
import java.util.function.Function;

/** Helpers that put builtin methods and attributes into a builtin type's dict (PyMethodDef tables). */
final class Def {
    private Def() {}

    static void method0(PyType t, String name, Descriptors.M0 impl) {
        put(t, name, Descriptors.Kind.NOARGS, impl);
    }

    static void method1(PyType t, String name, Descriptors.M1 impl) {
        put(t, name, Descriptors.Kind.O, impl);
    }

    static void methodV(PyType t, String name, Descriptors.MV impl) {
        put(t, name, Descriptors.Kind.FAST, impl);
    }

    /** A classmethod (self is the class), e.g. int.from_bytes, dict.fromkeys. */
    static void classMethod(PyType t, String name, Descriptors.MV impl) {
        putClassMethod(t, name, Descriptors.Kind.FAST, impl);
    }

    /** A METH_O classmethod, e.g. float.fromhex. */
    static void classMethod1(PyType t, String name, Descriptors.M1 impl) {
        putClassMethod(t, name, Descriptors.Kind.O, impl);
    }

    private static void putClassMethod(PyType t, String name, Descriptors.Kind kind, Object impl) {
        t.dict.put(name, new Descriptors.MethodDescr(Py.CLASSMETHOD_DESCRIPTOR, t,
                new Descriptors.Spec(name, t.name + "." + name, kind, impl)));
    }

    static void getset(PyType t, String name, Function<Object, Object> getter, BiConsumer<Object, Object> setter) {
        t.dict.put(name, new Descriptors.GetSet(t, name, getter, setter));
    }

    static void getter(PyType t, String name, Function<Object, Object> getter) {
        getset(t, name, getter, null);
    }

    private static void put(PyType t, String name, Descriptors.Kind kind, Object impl) {
        t.dict.put(name, new Descriptors.MethodDescr(Py.METHOD_DESCRIPTOR, t,
                new Descriptors.Spec(name, t.name + "." + name, kind, impl)));
    }
}
