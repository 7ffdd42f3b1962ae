package tierpy.embed;

/** A Python exception raised out of a {@link Session} call that returns a value. */
public final class PythonException extends Exception {
    private final transient PythonError error;

    public PythonException(PythonError error) {
        super(error.ename() + ": " + error.evalue(), null, false, false);
        this.error = error;
    }

    public PythonError error() {
        return error;
    }
}
