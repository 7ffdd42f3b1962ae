package tierpy.embed;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;

/** Obtains the production {@link Session}: the first {@link SessionProvider} on the class path. */
public final class Sessions {
    private Sessions() {}

    /**
     * A new session from the installed interpreter, or, when this build has none, a session that
     * answers every execution with a Python RuntimeError saying so (the kernel still starts).
     */
    public static Session open() {
        for (SessionProvider provider : ServiceLoader.load(SessionProvider.class)) {
            return provider.open();
        }
        return new Missing();
    }

    /** Stands in when no interpreter is on the class path; keeps only the process state it can. */
    static final class Missing implements Session {
        private static final PythonError NOT_BUILT = PythonError.of("RuntimeError",
                "the tierpy interpreter is not in this build (no tierpy.embed.SessionProvider on the class path)");

        private Path cwd = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        private final Map<String, String> environment = new TreeMap<>(System.getenv());

        @Override public void execute(Cell cell, OutputSink sink) { sink.error(NOT_BUILT); }
        @Override public ExpressionValue evaluate(String expression) { return new ExpressionValue.Failure(NOT_BUILT); }
        @Override public Completion complete(String code, int cursorPos) { return Completion.none(cursorPos); }
        @Override public Inspection inspect(String code, int cursorPos, int detailLevel) { return Inspection.NOT_FOUND; }
        @Override public Completeness isComplete(String code) { return Completeness.UNKNOWN; }
        @Override public Set<Stage> stages() { return Set.of(); }
        @Override public StageView introspect(StageRequest request) throws PythonException { throw new PythonException(NOT_BUILT); }
        @Override public Timer timer(String setup, String stmt) throws PythonException { throw new PythonException(NOT_BUILT); }
        @Override public List<Variable> variables() { return List.of(); }
        @Override public void reset() {}
        @Override public Path workingDirectory() { return cwd; }
        @Override public Map<String, String> environment() { return environment; }
        @Override public void interrupt() {}
        @Override public void shutdown() {}

        @Override
        public void changeDirectory(Path directory) throws PythonException {
            cwd = Session.resolveDirectory(cwd, directory);
        }
    }
}
