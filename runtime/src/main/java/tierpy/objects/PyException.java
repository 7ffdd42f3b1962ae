package tierpy.objects;

/**
 * The Java carrier of a raised Python exception. Stackless: Python tracebacks are built from
 * frames, so the JVM stack trace is never filled in (it would cost more than the raise).
 */
public final class PyException extends RuntimeException {
    public final PyBaseException value;

    public PyException(PyBaseException value) {
        super(null, null, false, false);
        this.value = value;
    }

    /** isinstance(value, type): the test of an except clause. */
    public boolean matches(PyType type) {
        return value.type.isSubtype(type);
    }

    @Override
    public String getMessage() {
        String s = Abstract.str(value);
        return value.type.name + (s.isEmpty() ? "" : ": " + s);
    }
}
