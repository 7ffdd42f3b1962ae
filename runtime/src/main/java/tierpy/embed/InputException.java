package tierpy.embed;

/** Why {@link OutputSink#input} returned no line; the session raises the matching Python exception. */
public final class InputException extends RuntimeException {

    /** NOT_ALLOWED maps to StdinNotImplementedError, INTERRUPTED to KeyboardInterrupt. */
    public enum Reason { NOT_ALLOWED, INTERRUPTED }

    private final Reason reason;

    public InputException(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
