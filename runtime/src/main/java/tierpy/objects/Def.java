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

    /** A method taking positional arguments only (METH_FASTCALL): keywords are refused before impl runs. */
    static void methodPositional(PyType t, String name, Descriptors.MV impl) {
        put(t, name, Descriptors.Kind.POSITIONAL, impl);
    }

    /** A staticmethod taking positional arguments only, e.g. str.maketrans. */
    static void staticPositional(PyType t, String name, Descriptors.MV impl) {
        t.dict.put(name, new Descriptors.BuiltinFunction(Py.BUILTIN_FUNCTION,
                new Descriptors.Spec(name, t.name + "." + name, Descriptors.Kind.POSITIONAL, impl), null));
    }

    /** A classmethod (self is the class), e.g. int.from_bytes, dict.fromkeys. */
    static void classMethod(PyType t, String name, Descriptors.MV impl) {
        put(Py.CLASSMETHOD_DESCRIPTOR, t, name, Descriptors.Kind.FAST, impl);
    }

    /** A classmethod of exactly one argument (METH_O | METH_CLASS), e.g. bytes.fromhex. */
    static void classMethod1(PyType t, String name, Descriptors.M1 impl) {
        put(Py.CLASSMETHOD_DESCRIPTOR, t, name, Descriptors.Kind.O, impl);
    }

    static void getset(PyType t, String name, Function<Object, Object> getter, BiConsumer<Object, Object> setter) {
        t.dict.put(name, new Descriptors.GetSet(t, name, getter, setter));
    }

    static void getter(PyType t, String name, Function<Object, Object> getter) {
        getset(t, name, getter, null);
    }

    private static void put(PyType t, String name, Descriptors.Kind kind, Object impl) {
        put(Py.METHOD_DESCRIPTOR, t, name, kind, impl);
    }

    private static void put(PyType descrType, PyType t, String name, Descriptors.Kind kind, Object impl) {
        t.dict.put(name, new Descriptors.MethodDescr(descrType, t, new Descriptors.Spec(name, t.name + "." + name, kind, impl)));
    }
}
