package tierpy.embed;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One Python interpreter as the kernel sees it (the shape of xeus' xinterpreter).
 *
 * <p>Threading: {@link #interrupt()} may be called from any thread, and only while a call into the
 * session is running; every other method is called on the single interpreter thread (whose stack
 * is 1 GiB, room for deep Python recursion), one call at a time. Cursor positions count Unicode
 * code points, as Python indexes strings.
 */
public interface Session {

    /**
     * Stores a cell's input before it runs, as IPython's history does ({@code In[n]}, {@code _i},
     * {@code _ii}, {@code _iii}, {@code _in}); {@code source} is the cell as IPython transforms it
     * (magics become {@code get_ipython()} calls). Cells run with {@link Cell#storeHistory()}
     * then update only the output side ({@code Out}, {@code _}, {@code _n}).
     */
    default void recordInput(int executionCount, String source) {}

    /** Runs a cell, reporting output, the displayed value and any error through {@code sink}. */
    void execute(Cell cell, OutputSink sink);

    /** Evaluates one expression for {@code user_expressions}, without side effects on history. */
    ExpressionValue evaluate(String expression);

    /** Completions at {@code cursorPos} (code points) in {@code code}. */
    Completion complete(String code, int cursorPos);

    /** Help on the object at {@code cursorPos}; level 0 is the signature and docstring, 1 adds source. */
    Inspection inspect(String code, int cursorPos, int detailLevel);

    /** Whether {@code code} is a complete statement, as {@code codeop} would judge it. */
    Completeness isComplete(String code);

    /** The stages this build can show through {@link #introspect}. */
    Set<Stage> stages();

    /** Text (and structured rows where the stage has them) for a stage magic such as {@code %dis}. */
    StageView introspect(StageRequest request) throws PythonException;

    /**
     * Compiles {@code setup} and {@code stmt} into a timing function like IPython's {@code inner}:
     * each {@link Timer#time} call runs setup once then {@code stmt} the given number of times.
     */
    Timer timer(String setup, String stmt) throws PythonException;

    /** The user's variables, in namespace order, for {@code %who} and {@code %whos}. */
    List<Variable> variables();

    /** Clears the user namespace, as {@code %reset -f}. */
    void reset();

    /** The directory Python's {@code os.getcwd()} reports. */
    Path workingDirectory();

    /** Changes the directory Python sees, as {@code os.chdir}. */
    void changeDirectory(Path directory) throws PythonException;

    /** Where {@code directory} leads from {@code cwd}; FileNotFoundError as os.chdir raises it when that is no directory. */
    static Path resolveDirectory(Path cwd, Path directory) throws PythonException {
        Path target = cwd.resolve(directory).normalize();
        if (!Files.isDirectory(target)) {
            throw new PythonException(PythonError.of("FileNotFoundError",
                    "[Errno 2] No such file or directory: '" + directory + "'"));
        }
        return target;
    }

    /** The live mapping behind {@code os.environ}: changes are seen by Python code. */
    Map<String, String> environment();

    /** Asks the running code to raise KeyboardInterrupt at its next check; safe from any thread. */
    void interrupt();

    /**
     * Does now the start-up work the first cell would otherwise wait for (the kernel calls it on the
     * interpreter thread once it has answered its first kernel_info_request).
     */
    default void warmUp() {}

    /** Releases the interpreter; no other method is called afterwards. */
    void shutdown();
}
