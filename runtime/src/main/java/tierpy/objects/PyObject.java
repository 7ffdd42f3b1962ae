package tierpy.objects;

/**
 * Mirrors Include/object.h: PyObject. Base of every Python value that is not a Java-native
 * value (Long, BigInteger, Double, Boolean, String); carries its type in a field so that
 * {@link Py#type(Object)} is one field read.
 */
public abstract class PyObject {
    /** The object's type; mutable because {@code __class__} assignment exists. */
    public PyType type;

    protected PyObject(PyType type) {
        this.type = type;
    }

    @Override
    public String toString() {
        return Abstract.repr(this);
    }
}
