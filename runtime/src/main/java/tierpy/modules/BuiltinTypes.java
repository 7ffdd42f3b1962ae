package tierpy.modules;

import java.util.Map;

import tierpy.objects.Abstract;
import tierpy.objects.Descriptors;
import tierpy.objects.Exceptions;
import tierpy.objects.Py;
import tierpy.objects.PyIterator;
import tierpy.objects.PyObject;
import tierpy.objects.PyTuple;
import tierpy.objects.PyType;

/**
 * Mirrors Objects/enumobject.c, Python/bltinmodule.c (map, filter, zip) and Objects/typeobject.c (super):
 * the builtin types the builtins module adds to the object model.
 */
final class BuiltinTypes {
    private BuiltinTypes() {}

    static PyType make(String name, boolean subclassable) {
        // empty __slots__: the instances are Java objects, without a __dict__ or __weakref__
        PyType t = PyType.newHeapType(Py.TYPE, name, new PyType[] {Py.OBJECT},
                Map.of("__module__", "builtins", "__qualname__", name, "__slots__", PyTuple.EMPTY), null, null);
        t.dict.remove("__slots__");
        t.acceptableBase = subclassable;
        t.init = null;
        return t;
    }

    private static PyType iteratorType(String name) {
        PyType t = make(name, false);
        // instances are PyIterators, not PyInstances: no instance __dict__
        t.dict.remove("__dict__");
        t.dict.remove("__weakref__");
        t.instancesHaveDict = false;
        t.sharedKeys = null;
        t.iter = o -> o;
        t.next = o -> ((PyIterator) o).nextOrNull();
        Descriptors.addSlotWrappers(t);
        return t;
    }

    static final PyType ENUMERATE = iteratorType("enumerate");
    static final PyType ZIP = iteratorType("zip");
    static final PyType MAP = iteratorType("map");
    static final PyType FILTER = iteratorType("filter");
    static final PyType REVERSED = iteratorType("reversed");
    static final PyType CALLABLE_ITERATOR = iteratorType("callable_iterator");
    static final PyType SUPER = make("super", true);

    static final class Enumerate extends PyIterator {
        private final Object it;
        private Object count;

        Enumerate(Object iterable, Object start) {
            super(ENUMERATE);
            this.count = Abstract.index(start);
            this.it = Abstract.iter(iterable);
        }

        @Override
        public Object nextOrNull() {
            Object item = Abstract.next(it);
            if (item == null) return null;
            Object index = count;
            count = Abstract.add(count, 1L);
            return PyTuple.of(index, item);
        }
    }

    static final class Zip extends PyIterator {
        private final Object[] its;
        private final boolean strict;

        Zip(Object[] iterables, boolean strict) {
            super(ZIP);
            this.its = new Object[iterables.length];
            for (int i = 0; i < its.length; i++) its[i] = Abstract.iter(iterables[i]);
            this.strict = strict;
        }

        @Override
        public Object nextOrNull() {
            if (its.length == 0) return null;
            Object[] items = new Object[its.length];
            for (int i = 0; i < its.length; i++) {
                items[i] = Abstract.next(its[i]);
                if (items[i] == null) {
                    if (strict) checkStrict(i);
                    return null;
                }
            }
            return PyTuple.of(items);
        }

        private void checkStrict(int i) {
            if (i > 0) {
                throw Exceptions.valueError("zip() argument " + (i + 1) + " is shorter than argument"
                        + (i == 1 ? " 1" : "s 1-" + i));
            }
            for (int j = 1; j < its.length; j++) {
                if (Abstract.next(its[j]) != null) {
                    throw Exceptions.valueError("zip() argument " + (j + 1) + " is longer than argument"
                            + (j == 1 ? " 1" : "s 1-" + j));
                }
            }
        }
    }

    static final class MapIterator extends PyIterator {
        private final Object func;
        private final Object[] its;

        MapIterator(Object func, Object[] iterables) {
            super(MAP);
            this.func = func;
            this.its = new Object[iterables.length];
            for (int i = 0; i < its.length; i++) its[i] = Abstract.iter(iterables[i]);
        }

        @Override
        public Object nextOrNull() {
            Object[] items = new Object[its.length];
            for (int i = 0; i < its.length; i++) {
                items[i] = Abstract.next(its[i]);
                if (items[i] == null) return null;
            }
            return Abstract.vectorcall(func, items, 0, items.length, null);
        }
    }

    static final class Filter extends PyIterator {
        private final Object func;
        private final Object it;

        Filter(Object func, Object iterable) {
            super(FILTER);
            this.func = func;
            this.it = Abstract.iter(iterable);
        }

        @Override
        public Object nextOrNull() {
            for (Object item; (item = Abstract.next(it)) != null; ) {
                boolean keep = func == Py.None ? Abstract.isTrue(item) : Abstract.isTrue(Abstract.call(func, item));
                if (keep) return item;
            }
            return null;
        }
    }

    static final class Reversed extends PyIterator {
        private final Object seq;
        private long index;

        Reversed(Object seq) {
            super(REVERSED);
            this.seq = seq;
            this.index = Abstract.len(seq) - 1;
        }

        @Override
        public Object nextOrNull() {
            if (index < 0) return null;
            return Abstract.getitem(seq, index--);
        }
    }

    /** iter(callable, sentinel): calls until the sentinel comes back (Objects/iterobject.c: calliterobject). */
    static final class CallIterator extends PyIterator {
        private Object callable;
        private final Object sentinel;

        CallIterator(Object callable, Object sentinel) {
            super(CALLABLE_ITERATOR);
            this.callable = callable;
            this.sentinel = sentinel;
        }

        @Override
        public Object nextOrNull() {
            if (callable == null) return null;
            Object v;
            try {
                v = Abstract.call(callable);
            } catch (tierpy.objects.PyException e) {
                if (!e.matches(Exceptions.StopIteration)) throw e;
                callable = null;
                return null;
            }
            if (Abstract.eq(v, sentinel)) {
                callable = null;
                return null;
            }
            return v;
        }
    }

    /** super(type, obj), or the unbound super(type) with obj and objType null. */
    static final class Super extends PyObject {
        final PyType start;
        final Object obj;
        final PyType objType;

        Super(PyType start, Object obj) {
            super(SUPER);
            this.start = start;
            this.obj = obj;
            this.objType = obj == null ? null : obj instanceof PyType t && t.isSubtype(start) ? t : Py.type(obj);
            if (objType != null && !objType.isSubtype(start)) {
                // supercheck
                throw Exceptions.typeError("super(type, obj): obj (" + (obj instanceof PyType t ? "type " + t.name
                        : "instance of " + Py.type(obj).name) + ") is not an instance or subtype of type (" + start.name
                        + ").");
            }
        }
    }
}
