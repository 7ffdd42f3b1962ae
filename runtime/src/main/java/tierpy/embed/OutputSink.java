package tierpy.embed;

/**
 * Where a running cell sends what the user sees. Called on the interpreter thread; every call
 * returns quickly (output is buffered and published by the kernel).
 */
public interface OutputSink {

    /** Text written to {@code sys.stdout}. */
    void stdout(String text);

    /** Text written to {@code sys.stderr}. */
    void stderr(String text);

    /** {@code display(obj)}; with {@code update} an {@code update_display_data} for the bundle's display_id. */
    void display(DisplayBundle bundle, boolean update);

    /** {@code clear_output(wait=...)}. */
    void clearOutput(boolean wait);

    /** The value of the cell's final expression ({@code Out[n]}). */
    void executeResult(DisplayBundle bundle);

    /** The exception that ended the cell. */
    void error(PythonError error);

    /**
     * Reads a line for {@code input()} / {@code getpass}, blocking the interpreter thread.
     *
     * @throws InputException when the frontend does not accept input or the wait is interrupted
     */
    String input(String prompt, boolean password);
}
