package tierpy.embed;

import java.util.List;

/**
 * A Python exception as the user sees it.
 *
 * @param ename     the exception type's name, e.g. {@code ZeroDivisionError}
 * @param evalue    {@code str(exc)}
 * @param traceback the formatted lines of {@code traceback.format_exception}, ending with
 *                  {@code "ename: evalue"}
 */
public record PythonError(String ename, String evalue, List<String> traceback) {
    public PythonError {
        traceback = List.copyOf(traceback);
    }

    /** An error with no frames, formatted as its last traceback line. */
    public static PythonError of(String ename, String evalue) {
        return new PythonError(ename, evalue, List.of(evalue.isEmpty() ? ename : ename + ": " + evalue));
    }
}
