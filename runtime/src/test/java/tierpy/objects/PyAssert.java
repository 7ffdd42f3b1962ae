package tierpy.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.function.Executable;

/** Test helpers: call methods by name, compare reprs, expect Python exceptions with exact messages. */
final class PyAssert {
    private PyAssert() {}

    static Object m(Object self, String method, Object... args) {
        return Abstract.call(Abstract.getattr(self, method), args);
    }

    static void repr(String expected, Object value) {
        assertEquals(expected, Abstract.repr(value));
    }

    static void raises(PyType type, String message, Executable body) {
        PyException e = assertThrows(PyException.class, body);
        assertEquals(type.name, e.value.type.name, () -> "message was: " + Abstract.str(e.value));
        assertEquals(message, Abstract.str(e.value));
    }

    static PyList list(Object... items) {
        return new PyList(items);
    }

    /** A method usable in a heap class dict (binds like a function). */
    static Descriptors.MethodDescr fn(String name, Descriptors.MV impl) {
        return new Descriptors.MethodDescr(Py.METHOD_DESCRIPTOR, Py.OBJECT,
                new Descriptors.Spec(name, name, Descriptors.Kind.FAST, impl));
    }
}
