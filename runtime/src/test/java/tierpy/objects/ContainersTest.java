package tierpy.objects;

import static org.junit.jupiter.api.Assertions.*;
import static tierpy.objects.PyAssert.*;

import org.junit.jupiter.api.Test;

class ContainersTest {
    @Test
    void listIndexingSlicingAndErrors() {
        PyList l = list(1L, 2L, 3L, 4L, 5L);
        repr("[2, 4]", Abstract.getitem(l, new PySlice(1L, Py.None, 2L)));
        repr("[5, 4, 3, 2, 1]", Abstract.getitem(l, new PySlice(Py.None, Py.None, -1L)));
        assertEquals(5L, Abstract.getitem(l, -1L));
        raises(Exceptions.IndexError, "list index out of range", () -> Abstract.getitem(l, 5L));
        raises(Exceptions.IndexError, "list assignment index out of range", () -> Abstract.setitem(l, 9L, 0L));
        raises(Exceptions.TypeError, "list indices must be integers or slices, not str", () -> Abstract.getitem(l, "a"));
        Abstract.setitem(l, new PySlice(1L, 3L, Py.None), list("a"));
        repr("[1, 'a', 4, 5]", l);
        raises(Exceptions.ValueError, "attempt to assign sequence of size 1 to extended slice of size 2",
                () -> Abstract.setitem(l, new PySlice(Py.None, Py.None, 2L), list(0L)));
        Abstract.delitem(l, new PySlice(Py.None, Py.None, 2L));
        repr("['a', 5]", l);
        raises(Exceptions.TypeError, "can only concatenate list (not \"tuple\") to list", () -> Abstract.add(l, PyTuple.EMPTY));
        raises(Exceptions.TypeError, "can't multiply sequence by non-int of type 'str'", () -> Abstract.mul(l, "x"));
        repr("['a', 5, 'a', 5]", Abstract.mul(2L, l));
        raises(Exceptions.TypeError, "unhashable type: 'list'", () -> Abstract.hash(l));
        raises(Exceptions.IndexError, "pop from empty list", () -> m(new PyList(), "pop"));
        raises(Exceptions.ValueError, "list.remove(x): x not in list", () -> m(l, "remove", 9L));
        raises(Exceptions.ValueError, "list.index(x): x not in list", () -> m(l, "index", 9L));
        raises(Exceptions.TypeError, "list.append() takes exactly one argument (0 given)", () -> m(l, "append"));
        assertTrue(Abstract.compareBool(list(1L, 2L), list(1L, 3L), CmpOp.LT));
    }

    @Test
    void sortIsStableWithKeyAndReverseAndDetectsMutation() {
        PyList words = list("bb", "a", "ccc", "dd", "e");
        Object len = new Descriptors.BuiltinFunction("len", (self, a, o, n, k) -> Abstract.len(a[o]));
        Abstract.vectorcall(Abstract.getattr(words, "sort"), new Object[] {len}, 0, 0, new String[] {"key"});
        repr("['a', 'e', 'bb', 'dd', 'ccc']", words);
        Abstract.vectorcall(Abstract.getattr(words, "sort"), new Object[] {len, Boolean.TRUE}, 0, 0,
                new String[] {"key", "reverse"});
        repr("['ccc', 'bb', 'dd', 'a', 'e']", words);
        PyList mixed = list(3L, 1.5, Abstract.pow(2L, 70L), -1L);
        mixed.sort(Py.None, false);
        repr("[-1, 1.5, 3, 1180591620717411303424]", mixed);
        raises(Exceptions.TypeError, "'<' not supported between instances of 'str' and 'int'",
                () -> list(1L, "a").sort(Py.None, false));
        PyList victim = list(3L, 2L, 1L);
        Object mutate = new Descriptors.BuiltinFunction("k", (self, a, o, n, k) -> {
            victim.append(0L);
            return a[o];
        });
        raises(Exceptions.ValueError, "list modified during sort", () -> victim.sort(mutate, false));
    }

    @Test
    void recursiveContainersPrintEllipsis() {
        PyList l = list(1L);
        l.append(l);
        repr("[1, [...]]", l);
        PyDict d = new PyDict();
        d.setItem("self", d);
        repr("{'self': {...}}", d);
        repr("([[1, [...]]],)", PyTuple.of(list(l)));
    }

    @Test
    void tupleBehaviour() {
        repr("(1,)", PyTuple.of(1L));
        repr("()", PyTuple.EMPTY);
        assertEquals(-3550055125485641917L, Abstract.hash(PyTuple.of(1L, 2L)));
        raises(Exceptions.TypeError, "'tuple' object does not support item assignment",
                () -> Abstract.setitem(PyTuple.of(1L), 0L, 1L));
        raises(Exceptions.IndexError, "tuple index out of range", () -> Abstract.getitem(PyTuple.of(1L), 1L));
        raises(Exceptions.TypeError, "can only concatenate tuple (not \"list\") to tuple",
                () -> Abstract.add(PyTuple.of(1L), list()));
    }

    @Test
    void dictKeepsInsertionOrderAndReportsKeyErrors() {
        PyDict d = new PyDict();
        for (long i = 20; i > 0; i -= 3) Abstract.setitem(d, i, "v" + i);
        Abstract.setitem(d, 2.0, "float key, int kept");
        Abstract.delitem(d, 14L);
        Abstract.setitem(d, 14L, "back");
        repr("{20: 'v20', 17: 'v17', 11: 'v11', 8: 'v8', 5: 'v5', 2: 'float key, int kept', 14: 'back'}", d);
        raises(Exceptions.KeyError, "'missing'", () -> Abstract.getitem(d, "missing"));
        raises(Exceptions.KeyError, "(1, 2)", () -> Abstract.getitem(d, PyTuple.of(1L, 2L)));
        raises(Exceptions.TypeError, "unhashable type: 'list'", () -> Abstract.getitem(d, list()));
        repr("dict_keys([20, 17, 11, 8, 5, 2, 14])", m(d, "keys"));
        repr("(14, 'back')", m(d, "popitem"));
        Object it = Abstract.iter(d);
        Abstract.next(it);
        Abstract.setitem(d, "new", 1L);
        raises(Exceptions.RuntimeError, "dictionary changed size during iteration", () -> Abstract.next(it));
        repr("{1: 2, 3: 4}", Abstract.call(Py.DICT, list(PyTuple.of(1L, 2L), list(3L, 4L))));
        raises(Exceptions.ValueError, "dictionary update sequence element #0 has length 1; 2 is required",
                () -> Abstract.call(Py.DICT, list(PyTuple.of(1L))));
    }

    @Test
    void setIterationOrderFollowsCPythonsHashTable() {
        PySet s = new PySet(Py.SET);
        for (Object x : new Object[] {5L, 3L, 100L, -1L, 8L, 33L, 17L, 1000L, Abstract.pow(2L, 40L), -7L}) s.add(x);
        repr("{1099511627776, 33, 3, 100, 5, 8, 1000, 17, -7, -1}", s);
        PySet t = new PySet(Py.SET);
        for (long i = 0; i < 40; i++) t.add(i * 7 % 50);
        repr("[0, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 13, 14, 16, 17, 18, 19, 20, 21, 23, 24, 25, 26, 27, 28, 31, 32, "
                + "33, 34, 35, 38, 39, 40, 41, 42, 45, 46, 47, 48, 49]", PyList.fromIterable(t));
        PySet u = new PySet(Py.SET);
        for (long i = 0; i < 20; i++) u.add(i);
        for (long i = 0; i < 20; i += 3) u.discard(i);
        u.add(100L);
        u.add(-3L);
        repr("{1, 2, 4, 5, 7, 8, 10, 11, 13, 14, 16, 17, 19, 100, -3}", u);
        PySet f = (PySet) Abstract.call(Py.FROZENSET, list(1L, 2L, 3L));
        assertEquals(-272375401224217160L, Abstract.hash(f));
        repr("frozenset({1, 2, 3})", f);
        repr("set()", new PySet(Py.SET));
        raises(Exceptions.TypeError, "unhashable type: 'set'", () -> Abstract.hash(new PySet(Py.SET)));
        raises(Exceptions.KeyError, "3", () -> m(u, "remove", 3L));
    }

    @Test
    void rangeAndSlice() {
        Object r = Abstract.call(Py.RANGE, 10L, 0L, -3L);
        repr("range(10, 0, -3)", r);
        repr("[10, 7, 4, 1]", PyList.fromIterable(r));
        assertEquals(4L, Abstract.len(r));
        assertTrue(Abstract.contains(r, 7L));
        assertFalse(Abstract.contains(r, 8L));
        repr("range(7, -2, -3)", Abstract.getitem(r, new PySlice(1L, Py.None, Py.None)));
        raises(Exceptions.IndexError, "range object index out of range", () -> Abstract.getitem(r, 4L));
        raises(Exceptions.ValueError, "range() arg 3 must not be zero", () -> Abstract.call(Py.RANGE, 1L, 2L, 0L));
        repr("(0, 10, 2)", m(new PySlice(Py.None, Py.None, 2L), "indices", 10L));
        repr("(9, -1, -1)", m(new PySlice(Py.None, Py.None, -1L), "indices", 10L));
        raises(Exceptions.ValueError, "slice step cannot be zero", () -> m(new PySlice(Py.None, Py.None, 0L), "indices", 3L));
    }

    @Test
    void unpackingMessages() {
        repr("[1, 2]", new PyList(Abstract.unpack(PyTuple.of(1L, 2L), 2)));
        raises(Exceptions.ValueError, "too many values to unpack (expected 2, got 3)",
                () -> Abstract.unpack(PyTuple.of(1L, 2L, 3L), 2));
        raises(Exceptions.ValueError, "not enough values to unpack (expected 3, got 2)",
                () -> Abstract.unpack(list(1L, 2L), 3));
        raises(Exceptions.ValueError, "too many values to unpack (expected 2)", () -> Abstract.unpack("abc", 2));
        raises(Exceptions.TypeError, "cannot unpack non-iterable int object", () -> Abstract.unpack(5L, 2));
        repr("[1, [2, 3], 4]", new PyList(Abstract.unpackStarred(list(1L, 2L, 3L, 4L), 1, 1)));
        raises(Exceptions.ValueError, "not enough values to unpack (expected at least 2, got 1)",
                () -> Abstract.unpackStarred(list(1L), 1, 1));
    }

    @Test
    void viewSetOperationsAndInplaceSetOperators() {
        PyDict d = new PyDict();
        for (long i = 1; i <= 4; i++) d.setItem(i, i * i);
        Object keys = m(d, "keys");
        repr("{2, 3}", Abstract.and(keys, list(2L, 3L, 9L)));
        repr("{1, 4}", Abstract.sub(keys, PyTuple.of(2L, 3L)));
        assertTrue(Abstract.eq(keys, Abstract.call(Py.SET, list(4L, 3L, 2L, 1L))));
        repr("{(1, 1)}", Abstract.and(m(d, "items"), list(PyTuple.of(1L, 1L), PyTuple.of(2L, 5L))));
        PySet s = (PySet) Abstract.call(Py.SET, list(1L, 2L, 3L));
        Object same = Abstract.inplaceOp(s, Abstract.call(Py.SET, list(2L, 3L, 4L)), BinOp.AND);
        assertSame(s, same);
        repr("{2, 3}", s);
        m(s, "difference_update", list(3L));
        repr("{2}", s);
        repr("[3, 2, 1]", PyList.fromIterable(m(Abstract.call(Py.RANGE, 1L, 4L), "__reversed__")));
        repr("[]", PyList.fromIterable(m(Abstract.call(Py.RANGE, 0L), "__reversed__")));
    }
}
