package tierpy.kernel.wire;

/** A received message that must be dropped: malformed frames, bad or replayed signature, bad JSON. */
public final class WireException extends Exception {
    public WireException(String message) {
        super(message, null, false, false);
    }
}
