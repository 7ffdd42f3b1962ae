package tierpy.kernel.magics;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import tierpy.embed.PythonError;
import tierpy.embed.PythonException;

/**
 * Shell commands: {@code %%bash}, {@code %%sh} and {@code !command} lines (mirrors
 * IPython/core/magics/script.py: ScriptMagics.shebang, and InteractiveShell.system). They run in
 * the session's working directory and environment; output streams while they run.
 */
final class ScriptMagics {
    private final MagicShell shell;
    private volatile Process running;
    private volatile boolean interrupted;

    private ScriptMagics(MagicShell shell) {
        this.shell = shell;
    }

    static ScriptMagics register(MagicShell shell) {
        ScriptMagics scripts = new ScriptMagics(shell);
        for (String name : List.of("bash", "sh")) {
            shell.add(new Magic(name, false, true, "%%" + name + " script magic", "Run cells with " + name + " in a subprocess.",
                    (args, body, context) -> scripts.script(name, body, context)));
        }
        return scripts;
    }

    /** %%bash: the cell on the shell's standard input; a failing exit status raises, as IPython 8 does. */
    private void script(String program, String body, CellContext context) throws PythonException {
        int status = run(List.of(program), body, context);
        if (status != 0) {
            throw new PythonException(PythonError.of("CalledProcessError", "Command 'b" + PyRepr.str(body)
                    + "' returned non-zero exit status " + status + "."));
        }
    }

    /** {@code !command}: output shown, exit status not raised. */
    void system(String command, CellContext context) throws PythonException {
        run(List.of("/bin/sh", "-c", command), null, context);
    }

    /** Stops the running command, if any (interrupt_request / SIGINT). */
    void interrupt() {
        Process process = running;
        if (process != null) {
            interrupted = true;
            // Children first: a surviving child would keep the output pipes open.
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
        }
    }

    private int run(List<String> command, String stdin, CellContext context) throws PythonException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(context.session().workingDirectory().toFile());
        builder.environment().clear();
        builder.environment().putAll(context.session().environment());
        try {
            interrupted = false;
            Process process = builder.start();
            running = process;
            Thread out = pump(process.getInputStream(), context.sink()::stdout);
            Thread err = pump(process.getErrorStream(), context.sink()::stderr);
            try (OutputStream input = process.getOutputStream()) {
                if (stdin != null) input.write(stdin.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // the command did not read its input; its output and status still count
            }
            int status = process.waitFor();
            out.join();
            err.join();
            if (interrupted) throw new PythonException(PythonError.of("KeyboardInterrupt", ""));
            return status;
        } catch (IOException e) {
            throw new PythonException(PythonError.of("FileNotFoundError", String.valueOf(e.getMessage())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PythonException(PythonError.of("KeyboardInterrupt", ""));
        } finally {
            running = null;
        }
    }

    /** Copies a stream to the sink as text arrives, so long commands show output while they run. */
    private static Thread pump(InputStream stream, Consumer<String> sink) {
        Thread thread = new Thread(() -> {
            char[] buffer = new char[4096];
            try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
                int n;
                while ((n = reader.read(buffer)) > 0) sink.accept(new String(buffer, 0, n));
            } catch (IOException e) {
                sink.accept("[output lost: " + e.getMessage() + "]\n");
            }
        }, "tierpy-script-output");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
