package tierpy.objects;

/**
 * Mirrors Include/cpython/pyerrors.h: PyBaseExceptionObject: args, notes (in the instance
 * dict as __notes__), traceback, context, cause and suppress_context.
 */
public class PyBaseException extends PyInstance {
    public PyTuple args = PyTuple.EMPTY;
    public Object traceback = Py.None;
    /** __context__ and __cause__: None or a PyBaseException. */
    public Object context = Py.None;
    public Object cause = Py.None;
    public boolean suppressContext;
    /** The sub-exceptions of a BaseExceptionGroup (null for other exceptions). */
    PyList groupExceptions;

    public PyBaseException(PyType type) {
        super(type);
    }

    public PyBaseException(PyType type, Object... args) {
        super(type);
        this.args = PyTuple.of(args);
    }

    /** A Java exception that raises this Python exception. */
    public PyException toThrow() {
        return new PyException(this);
    }

    /** The single argument when there is exactly one, else null. */
    Object soleArg() {
        return args.size() == 1 ? args.get(0) : null;
    }
}
