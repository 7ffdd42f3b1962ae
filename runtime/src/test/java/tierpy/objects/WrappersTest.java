package tierpy.objects;

import static org.junit.jupiter.api.Assertions.*;
import static tierpy.objects.PyAssert.*;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WrappersTest {
    private static final Object IDENTITY = new Descriptors.BuiltinFunction("identity", (s, a, o, n, k) -> a[o]);

    private static PyType cls(String name, Map<String, Object> ns) {
        return PyType.newHeapType(Py.TYPE, name, new PyType[0], ns, null, null);
    }

    @Test
    void propertyGetsSetsAndNamesItsErrors() {
        PyDict store = new PyDict();
        Object getter = new Descriptors.BuiltinFunction("get_x", (s, a, o, n, k) -> store.getItem("x"));
        Object setter = new Descriptors.BuiltinFunction("set_x", (s, a, o, n, k) -> {
            store.setItem("x", a[o + 1]);
            return Py.None;
        });
        Object readOnly = Abstract.call(Py.PROPERTY, getter);
        Map<String, Object> ns = new LinkedHashMap<>();
        ns.put("x", m(readOnly, "setter", setter));
        ns.put("ro", readOnly);
        ns.put("nothing", Abstract.call(Py.PROPERTY));
        PyType c = cls("C", ns);
        Object inst = Abstract.call(c);
        Abstract.setattr(inst, "x", 5L);
        assertEquals(5L, Abstract.getattr(inst, "x"));
        raises(Exceptions.AttributeError, "property 'ro' of 'C' object has no setter", () -> Abstract.setattr(inst, "ro", 1L));
        raises(Exceptions.AttributeError, "property 'x' of 'C' object has no deleter", () -> Abstract.delattr(inst, "x"));
        raises(Exceptions.AttributeError, "property 'nothing' of 'C' object has no getter",
                () -> Abstract.getattr(inst, "nothing"));
        raises(Exceptions.AttributeError, "property of 'C' object has no getter",
                () -> Abstract.call(Abstract.getattr(Py.PROPERTY, "__get__"), Abstract.call(Py.PROPERTY), inst));
        assertSame(ns.get("x"), Abstract.getattr(c, "x"), "class access returns the property");
        assertEquals("x", Abstract.getattr(ns.get("x"), "__name__"));
    }

    @Test
    void classmethodBindsTheClassAndStaticmethodNothing() {
        Map<String, Object> ns = new LinkedHashMap<>();
        ns.put("cm", Abstract.call(Py.CLASSMETHOD, IDENTITY));
        ns.put("sm", Abstract.call(Py.STATICMETHOD, IDENTITY));
        PyType c = cls("C", ns);
        Object inst = Abstract.call(c);
        assertSame(c, Abstract.call(Abstract.getattr(inst, "cm")));
        assertSame(c, Abstract.call(Abstract.getattr(c, "cm")));
        assertEquals(7L, Abstract.call(Abstract.getattr(inst, "sm"), 7L));
        assertEquals(7L, Abstract.call(ns.get("sm"), 7L), "staticmethod objects are callable");
        repr("<staticmethod(<built-in function identity>)>", ns.get("sm"));
        Object bound = Abstract.getattr(inst, "cm");
        assertSame(Py.METHOD, Py.type(bound));
        assertSame(c, Abstract.getattr(bound, "__self__"));
        assertTrue(Abstract.eq(bound, Abstract.getattr(inst, "cm")));
        repr("<bound method identity of <class 'C'>>", bound);
    }

    @Test
    void methodObjectsBindAnyCallable() {
        Object m = Abstract.call(Py.METHOD, IDENTITY, "self");
        assertEquals("self", Abstract.call(m));
        raises(Exceptions.TypeError, "first argument must be callable", () -> Abstract.call(Py.METHOD, 1L, 2L));
    }
}
