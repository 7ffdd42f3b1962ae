package tierpy.kernel.magics;

/** IPython's UsageError: a magic was called wrongly; shown as {@code UsageError: message}. */
public final class UsageError extends Exception {
    public UsageError(String message) {
        super(message, null, false, false);
    }
}
