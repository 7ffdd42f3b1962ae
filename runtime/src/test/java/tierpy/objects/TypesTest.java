package tierpy.objects;

import static org.junit.jupiter.api.Assertions.*;
import static tierpy.objects.PyAssert.*;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TypesTest {
    private static PyType cls(String name, Map<String, Object> ns, PyType... bases) {
        return PyType.newHeapType(Py.TYPE, name, bases, ns, null, null);
    }

    private static PyType cls(String name, PyType... bases) {
        return cls(name, new LinkedHashMap<>(), bases);
    }

    private static String mro(PyType t) {
        return Abstract.repr(Abstract.getattr(t, "__mro__"));
    }

    @Test
    void c3LinearizationAndItsErrors() {
        PyType o = cls("O"), a = cls("A", o), b = cls("B", o), c = cls("C", o), d = cls("D", o), e = cls("E", o);
        PyType k1 = cls("K1", a, b, c), k2 = cls("K2", d, b, e), k3 = cls("K3", d, a);
        PyType z = cls("Z", k1, k2, k3);
        assertEquals("(<class 'Z'>, <class 'K1'>, <class 'K2'>, <class 'K3'>, <class 'D'>, <class 'A'>, <class 'B'>, "
                + "<class 'C'>, <class 'E'>, <class 'O'>, <class 'object'>)", mro(z));
        PyType x = cls("X", a, c);
        raises(Exceptions.TypeError, "Cannot create a consistent method resolution order (MRO) for bases A, C",
                () -> cls("Bad", x, c, a));
        raises(Exceptions.TypeError, "duplicate base class A", () -> cls("Dup", a, a));
        raises(Exceptions.TypeError, "multiple bases have instance lay-out conflict", () -> cls("IS", Py.INT, Py.STR));
    }

    @Test
    void binaryOperatorsUseReflectedMethodsAndSubclassPriority() {
        Map<String, Object> ns = new LinkedHashMap<>();
        ns.put("__add__", fn("__add__", (s, a, o, n, k) -> a[o] instanceof Long ? "A+int" : Py.NotImplemented));
        ns.put("__radd__", fn("__radd__", (s, a, o, n, k) -> "A.radd"));
        PyType a = cls("A", ns);
        Map<String, Object> sub = new LinkedHashMap<>();
        sub.put("__radd__", fn("__radd__", (s, x, o, n, k) -> "B.radd"));
        PyType b = cls("B", sub, a);
        Object ia = Abstract.call(a), ib = Abstract.call(b);
        assertEquals("A+int", Abstract.add(ia, 1L));
        assertEquals("A.radd", Abstract.add(1L, ia));
        assertEquals("B.radd", Abstract.add(ia, ib));
        raises(Exceptions.TypeError, "unsupported operand type(s) for -: 'A' and 'int'", () -> Abstract.sub(ia, 1L));
        assertEquals("A+int", Abstract.inplaceOp(ia, 1L, BinOp.ADD));
    }

    @Test
    void eqWithoutHashMakesInstancesUnhashable() {
        Map<String, Object> ns = new LinkedHashMap<>();
        ns.put("__eq__", fn("__eq__", (s, a, o, n, k) -> Boolean.TRUE));
        PyType p = cls("P", ns);
        Object inst = Abstract.call(p);
        raises(Exceptions.TypeError, "unhashable type: 'P'", () -> Abstract.hash(inst));
        assertSame(Py.None, p.dict.get("__hash__"));
        assertTrue(Abstract.eq(inst, 5L));
        assertFalse(Abstract.compareBool(inst, 5L, CmpOp.NE));
    }

    @Test
    void versionTagChangesWhenTheTypeOrItsMroChanges() {
        PyType base = cls("Base"), derived = cls("Derived", base);
        int before = derived.versionTag();
        assertNotEquals(0, before);
        assertEquals(before, derived.versionTag());
        Abstract.setattr(base, "x", 1L);
        assertEquals(0, derived.currentVersionTag());
        assertNotEquals(before, derived.versionTag());
        assertEquals(1L, Abstract.getattr(derived, "x"));
        raises(Exceptions.TypeError, "cannot set 'x' attribute of immutable type 'int'", () -> Abstract.setattr(Py.INT, "x", 1L));
    }

    @Test
    void assigningADunderUpdatesSlotsOfSubclasses() {
        PyType base = cls("Base"), derived = cls("Derived", base);
        Object inst = Abstract.call(derived);
        raises(Exceptions.TypeError, "object of type 'Derived' has no len()", () -> Abstract.len(inst));
        Abstract.setattr(base, "__len__", fn("__len__", (s, a, o, n, k) -> 3L));
        assertEquals(3L, Abstract.len(inst));
        assertFalse(Abstract.isTrue(Abstract.call(cls("Empty", Map.of("__len__", fn("__len__", (s, a, o, n, k) -> 0L))))));
    }

    @Test
    void instanceAttributesUseSharedKeysThenFallBackToADict() {
        PyType point = cls("Point");
        PyInstance p = (PyInstance) Abstract.call(point), q = (PyInstance) Abstract.call(point);
        Abstract.setattr(p, "x", 1L);
        Abstract.setattr(p, "y", 2L);
        Abstract.setattr(q, "x", 3L);
        assertNotNull(p.values);
        assertEquals(0, point.sharedKeys.indexOf("x"));
        assertEquals(1, point.sharedKeys.indexOf("y"));
        assertEquals(2L, p.values[1]);
        Abstract.setattr(q, "z", 4L);
        Abstract.setattr(q, "y", 5L);
        assertNull(q.values, "out-of-order insertion materializes a dict");
        repr("{'x': 3, 'z': 4, 'y': 5}", Abstract.getattr(q, "__dict__"));
        repr("{'x': 1, 'y': 2}", Abstract.getattr(p, "__dict__"));
        raises(Exceptions.AttributeError, "'Point' object has no attribute 'nope'", () -> Abstract.getattr(p, "nope"));
        Abstract.delattr(p, "x");
        raises(Exceptions.AttributeError, "'Point' object has no attribute 'x'", () -> Abstract.delattr(p, "x"));
        raises(Exceptions.AttributeError, "'int' object has no attribute 'foo' and no __dict__ for setting new attributes",
                () -> Abstract.setattr(1L, "foo", 1L));
        raises(Exceptions.AttributeError, "attribute 'real' of 'int' objects is not writable",
                () -> Abstract.setattr(1L, "real", 1L));
        raises(Exceptions.AttributeError, "'int' object attribute 'bit_length' is read-only",
                () -> Abstract.setattr(1L, "bit_length", 1L));
        raises(Exceptions.AttributeError, "type object 'Point' has no attribute 'q'", () -> Abstract.getattr(point, "q"));
    }

    @Test
    void classAssignmentNeedsCompatibleLayouts() {
        PyType a = cls("A"), b = cls("B"), i = cls("I", Py.INT);
        Object x = Abstract.call(a);
        Abstract.setattr(x, "v", 1L);
        Abstract.setattr(x, "__class__", b);
        assertSame(b, Py.type(x));
        assertEquals(1L, Abstract.getattr(x, "v"));
        raises(Exceptions.TypeError, "__class__ assignment: 'I' object layout differs from 'B'",
                () -> Abstract.setattr(x, "__class__", i));
        raises(Exceptions.TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses",
                () -> Abstract.setattr(1L, "__class__", Py.BOOL));
    }

    @Test
    void lookupCacheIsDroppedWhenAnMroClassChanges() {
        PyType base = cls("Base"), derived = cls("Derived", base);
        assertNull(derived.lookup("f"));
        assertNotEquals(0, derived.currentVersionTag());
        Abstract.setattr(base, "f", 1L);
        assertEquals(1L, derived.lookup("f"));
        Abstract.setattr(derived, "f", 2L);
        assertEquals(2L, derived.lookup("f"));
        Abstract.delattr(derived, "f");
        assertEquals(1L, derived.lookup("f"));
    }

    @Test
    void slotsAreFixedFields() {
        Map<String, Object> ns = new LinkedHashMap<>();
        ns.put("__slots__", PyTuple.of("a", "b"));
        PyType s = cls("S", ns);
        PyInstance inst = (PyInstance) Abstract.call(s);
        Abstract.setattr(inst, "b", 2L);
        assertEquals(2L, inst.slots[1]);
        raises(Exceptions.AttributeError, "'S' object has no attribute 'a'", () -> Abstract.getattr(inst, "a"));
        raises(Exceptions.AttributeError, "'S' object has no attribute 'c' and no __dict__ for setting new attributes",
                () -> Abstract.setattr(inst, "c", 1L));
        repr("<member 'a' of 'S' objects>", Abstract.getattr(s, "a"));
        Map<String, Object> conflict = new LinkedHashMap<>();
        conflict.put("__slots__", "x");
        conflict.put("x", 1L);
        raises(Exceptions.ValueError, "'x' in __slots__ conflicts with class variable", () -> cls("C", conflict));
    }

    @Test
    void getattrHookRunsOnMiss() {
        Map<String, Object> ns = new LinkedHashMap<>();
        ns.put("__getattr__", fn("__getattr__", (s, a, o, n, k) -> "dyn:" + a[o]));
        PyType d = cls("D", ns);
        Object inst = Abstract.call(d);
        Abstract.setattr(inst, "real", 1L);
        assertEquals(1L, Abstract.getattr(inst, "real"));
        assertEquals("dyn:other", Abstract.getattr(inst, "other"));
    }

    @Test
    void subclassesOfBuiltinValueTypes() {
        PyType myInt = cls("MyInt", Py.INT);
        Object five = Abstract.call(myInt, "5");
        assertEquals(7L, Abstract.add(five, 2L));
        assertEquals(Boolean.TRUE, Abstract.richCompare(five, 5L, CmpOp.EQ));
        repr("5", five);
        assertSame(myInt, Py.type(five));
        Abstract.setattr(five, "tag", "t");
        assertEquals("t", Abstract.getattr(five, "tag"));
        PyType myList = cls("MyList", Py.LIST);
        Object l = Abstract.call(myList, PyTuple.of(1L, 2L));
        m(l, "append", 3L);
        repr("[1, 2, 3]", l);
        assertEquals(3L, Abstract.len(l));
        PyType myDict = cls("MyDict", Map.of("__missing__", fn("__missing__", (s, a, o, n, k) -> "default")), Py.DICT);
        assertEquals("default", Abstract.getitem(Abstract.call(myDict), "k"));
    }

    @Test
    void callingTypesAndObjects() {
        PyType plain = cls("Plain");
        raises(Exceptions.TypeError, "Plain() takes no arguments", () -> Abstract.call(plain, 1L));
        raises(Exceptions.TypeError, "'int' object is not callable", () -> Abstract.call(1L));
        raises(Exceptions.TypeError, "'int' object is not subscriptable", () -> Abstract.getitem(1L, 0L));
        raises(Exceptions.TypeError, "'int' object is not iterable", () -> Abstract.iter(1L));
        assertSame(Py.INT, Abstract.call(Py.TYPE, 3L));
        PyType made = (PyType) Abstract.call(Py.TYPE, "Made", PyTuple.of(Py.INT), new PyDict());
        assertEquals(3L, Abstract.add(Abstract.call(made, 1L), 2L));
        repr("<class 'int'>", Py.INT);
        repr("<slot wrapper '__add__' of 'int' objects>", Abstract.getattr(Py.INT, "__add__"));
        repr("<method 'bit_length' of 'int' objects>", Abstract.getattr(Py.INT, "bit_length"));
        raises(Exceptions.TypeError, "descriptor 'bit_length' for 'int' objects doesn't apply to a 'str' object",
                () -> Abstract.call(Abstract.getattr(Py.INT, "bit_length"), "x"));
        assertFalse(Py.BOOL.dict.containsKey("__add__"), "inherited slots get no wrapper of their own");
        assertSame(Py.None, Py.LIST.dict.get("__hash__"));
    }

    @Test
    void setNameIsCalledAndInitSubclassRejectsKeywords() {
        PyList seen = new PyList();
        PyType descr = cls("Named", Map.of("__set_name__", fn("__set_name__", (s, a, o, n, k) -> {
            seen.append(PyTuple.of(((PyType) a[o]).name, a[o + 1]));
            return Py.None;
        })));
        Map<String, Object> ns = new LinkedHashMap<>();
        ns.put("field", Abstract.call(descr));
        cls("Owner", ns);
        repr("[('Owner', 'field')]", seen);
        raises(Exceptions.TypeError, "K.__init_subclass__() takes no keyword arguments",
                () -> PyType.newHeapType(Py.TYPE, "K", new PyType[0], new LinkedHashMap<>(), new String[] {"x"},
                        new Object[] {1L}));
    }

    @Test
    void classDictLayoutAndDir() {
        Map<String, Object> ns = new LinkedHashMap<>();
        ns.put("__module__", "__main__");
        PyType a = cls("A", ns);
        assertEquals("[__module__, __dict__, __weakref__, __doc__]", a.dict.keySet().toString());
        repr("<class '__main__.A'>", a);
        Map<String, Object> slotted = new LinkedHashMap<>();
        slotted.put("__module__", "__main__");
        slotted.put("__slots__", PyTuple.of("a"));
        assertEquals("[__module__, __slots__, a, __doc__]", cls("S", slotted).dict.keySet().toString());
        Map<String, Object> sub = new LinkedHashMap<>();
        sub.put("__module__", "__main__");
        assertEquals("[__module__, __doc__]", cls("B", sub, a).dict.keySet().toString());
        Object inst = Abstract.call(a);
        Abstract.setattr(inst, "y", 2L);
        PyList names = (PyList) m(inst, "__dir__");
        assertEquals("y", names.get(0));
        assertTrue(Abstract.contains(names, "__class__"));
        assertTrue(Abstract.contains(Abstract.callMethodOrNull(a, "__dir__"), "__weakref__"));
    }

    @Test
    void heapMetaclassesCreateAndCallClasses() {
        PyList calls = new PyList();
        Map<String, Object> metaNs = new LinkedHashMap<>();
        metaNs.put("__call__", fn("__call__", (self, a, o, n, k) -> {
            calls.append(((PyType) self).name);
            return Abstract.vectorcall(Py.TYPE.dict.get("__call__"), new Object[] {self}, 0, 1, null);
        }));
        PyType meta = cls("Meta", metaNs, Py.TYPE);
        PyType made = (PyType) Abstract.call(meta, "Made", PyTuple.EMPTY, new PyDict());
        assertSame(meta, Py.type(made));
        Object inst = Abstract.call(made);
        assertSame(made, Py.type(inst));
        repr("['Made']", calls);
        PyType sub = cls("Sub", made);
        assertSame(meta, Py.type(sub), "the most derived metaclass wins");
        PyType other = cls("Other", Py.TYPE);
        PyType foreign = (PyType) Abstract.call(other, "Foreign", PyTuple.EMPTY, new PyDict());
        raises(Exceptions.TypeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                + "subclass of the metaclasses of all its bases", () -> cls("Both", made, foreign));
    }
}
