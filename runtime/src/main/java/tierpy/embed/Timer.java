package tierpy.embed;

/** A compiled timing function, as IPython's {@code Timer.inner} (see {@link Session#timer}). */
@FunctionalInterface
public interface Timer {
    /** Runs setup once then the statement {@code number} times; returns the elapsed seconds of the loop. */
    double time(long number) throws PythonException;
}
