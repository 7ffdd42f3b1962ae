package tierpy.objects;

/**
 * Mirrors the builtin iterators' common shape (Objects/listobject.c: listiterobject, Objects/rangeobject.c:
 * rangeiterobject, ...): {@code __iter__} returns self, {@code __next__} is {@link #nextOrNull}.
 */
public abstract class PyIterator extends PyObject {
    protected PyIterator(PyType type) {
        super(type);
    }

    /** The next item, or null when exhausted (tp_iternext returning NULL without an error). */
    public abstract Object nextOrNull();

    /**
     * Whether {@link #nextOrNull} would return null, without consuming: only the iterators FOR_ITER
     * specializes for (list, tuple, range) answer.
     */
    public boolean exhausted() {
        throw new IllegalStateException(type.name + " cannot tell whether it is exhausted");
    }

    static PyType newType(String name) {
        PyType t = PyType.builtin(Py.TYPE, name, Py.OBJECT);
        t.acceptableBase = false;
        t.iter = v -> v;
        t.next = v -> ((PyIterator) v).nextOrNull();
        return t;
    }
}
