package tierpy.modules;

import java.util.concurrent.atomic.AtomicReference;

import tierpy.code.CodeObject;
import tierpy.objects.Abstract;
import tierpy.objects.Exceptions;
import tierpy.objects.Py;
import tierpy.objects.PyException;
import tierpy.parse.PySyntaxError;
import tierpy.parse.SyntaxErrorFormatter;
import tierpy.vm.Compile;
import tierpy.vm.Imports;
import tierpy.vm.PyModule;
import tierpy.vm.Runner;
import tierpy.vm.SourceLines;
import tierpy.vm.ThreadState;

/**
 * Mirrors Modules/main.c and Python/pythonrun.c: runs a program as {@code __main__} and turns its end
 * into an exit status (0, 1 after printing an uncaught exception, or SystemExit's code).
 */
public final class ProgramRunner {
    private ProgramRunner() {}

    /** Runs {@code source} as the main program, in a fresh interpreter state, and returns the exit status. */
    public static int run(String source, String filename, String[] argv, Appendable out, Appendable err) {
        return Runner.onInterpreterThread(() -> runHere(source, filename, argv, out, err), null);
    }

    /** Like {@link #run}, but a program still running after {@code timeoutMillis} gets a KeyboardInterrupt. */
    public static int run(String source, String filename, String[] argv, Appendable out, Appendable err,
            long timeoutMillis) {
        AtomicReference<ThreadState> state = new AtomicReference<>();
        Thread watchdog = Thread.ofPlatform().daemon().start(() -> {
            try {
                Thread.sleep(timeoutMillis);
                if (state.get() != null) state.get().interrupt();
            } catch (InterruptedException e) {
                // the program ended first
            }
        });
        try {
            return run(source, filename, argv, out, err, state);
        } finally {
            watchdog.interrupt();
        }
    }

    /** Like {@link #run}, publishing the interpreter thread's state (to interrupt it) as soon as it starts. */
    public static int run(String source, String filename, String[] argv, Appendable out, Appendable err,
            AtomicReference<ThreadState> state) {
        return Runner.onInterpreterThread(() -> runHere(source, filename, argv, out, err), state);
    }

    static int runHere(String source, String filename, String[] argv, Appendable out, Appendable err) {
        Modules.init();
        Imports.reset();
        Sys.configure(argv, out, err);
        Imports.importModule("sys");
        try {
            SourceLines.register(filename, source);
            CodeObject code;
            try {
                code = Compile.compile(source, filename, "exec", err);
            } catch (PySyntaxError e) {
                write(err, SyntaxErrorFormatter.format(e));
                return 1;
            }
            PyModule main = Runner.newMain(filename);
            Runner.exec(code, main.dict);
            return 0;
        } catch (PyException e) {
            return handleUncaught(e, err);
        } finally {
            runExitFunctions(err);
            flush(Imports.sysAttrOrNull("stdout"));
            flush(Imports.sysAttrOrNull("stderr"));
        }
    }

    /** Py_Finalize's atexit step: the functions registered with atexit, if the program imported it. */
    public static void runExitFunctions(Appendable err) {
        Object atexit = Imports.MODULES.getItemOrNull("atexit");
        if (atexit == null) return;
        try {
            Abstract.call(Abstract.getattr(atexit, "_run_exitfuncs"));
        } catch (PyException e) {
            Sys.printException(e, err);
        }
    }

    /** handle_system_exit and PyErr_Print. */
    public static int handleUncaught(PyException e, Appendable err) {
        if (Runner.isSystemExit(e)) {
            Object code = Abstract.getattrOrNull(e.value, "code");
            if (code == null || code == Py.None) return 0;
            if (Abstract.isInstance(code, Py.INT)) return (int) Abstract.asSsize(code, false);
            flush(Imports.sysAttrOrNull("stdout"));
            writeStderr(err, Abstract.str(code));
            writeStderr(err, "\n");
            return 1;
        }
        flush(Imports.sysAttrOrNull("stdout"));
        Sys.printException(e, err);
        // pymain_exit_err_print: an uncaught KeyboardInterrupt (exactly) ends the process as SIGINT would
        return Py.type(e.value) == Exceptions.KeyboardInterrupt ? 128 + 2 : 1;
    }

    /** PySys_WriteStderr: to sys.stderr when there is one, errors ignored; else to the process's stderr. */
    private static void writeStderr(Appendable err, String s) {
        Object stderr = Imports.sysAttrOrNull("stderr");
        if (stderr == null || stderr == Py.None) {
            write(err, s);
            return;
        }
        try {
            Abstract.call(Abstract.getattr(stderr, "write"), s);
        } catch (PyException ignored) {
            // as PyFile_WriteObject's failure, cleared
        }
    }

    private static void flush(Object stream) {
        if (stream instanceof PyTextStream s) s.flush();
    }

    private static void write(Appendable err, String s) {
        try {
            err.append(s);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
