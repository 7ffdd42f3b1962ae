package tierpy.vm;

import java.util.concurrent.atomic.AtomicReference;

import tierpy.code.CodeObject;
import tierpy.objects.Exceptions;
import tierpy.objects.PyDict;
import tierpy.objects.PyException;

/**
 * Mirrors Python/pythonrun.c: running a code object in a module namespace (run_eval_code_obj), on a
 * thread with a large stack so deep Python recursion reaches RecursionError, not a JVM crash.
 */
public final class Runner {
    private Runner() {}

    /** Stack size of the interpreter thread: room for sys.setrecursionlimit well above the default. */
    public static final long STACK_SIZE = 1L << 30;

    /** The builtins namespace (the builtins module must be registered with {@link Imports}). */
    public static PyDict builtins() {
        return ((PyModule) Imports.importModule("builtins")).dict;
    }

    /** exec(code, globals): globals are also the locals; __builtins__ is added when missing. */
    public static Object exec(CodeObject code, PyDict globals) {
        return exec(new PyCode(code), globals, globals);
    }

    public static Object exec(PyCode code, PyDict globals, Object locals) {
        PyDict builtins;
        Object b = globals.getItemOrNull("__builtins__");
        if (b instanceof PyModule m) builtins = m.dict;
        else if (b instanceof PyDict d) builtins = d;
        else {
            builtins = builtins();
            globals.setItem("__builtins__", Imports.importModule("builtins"));
        }
        Frame f = new Frame(ThreadState.current(), code, null, globals, builtins, locals);
        return Interpreter.run(f);
    }

    /** A fresh {@code __main__} module, installed in sys.modules. */
    public static PyModule newMain(String file) {
        PyModule main = new PyModule("__main__");
        if (file != null) main.dict.setItem("__file__", file);
        main.dict.setItem("__builtins__", Imports.importModule("builtins"));
        Imports.MODULES.setItem("__main__", main);
        return main;
    }

    /**
     * Runs {@code body} on a new thread with a {@link #STACK_SIZE} stack and waits for it. A
     * StackOverflowError or OutOfMemoryError that escapes every frame comes back as the Python error.
     */
    public static <T> T onInterpreterThread(java.util.function.Supplier<T> body, AtomicReference<ThreadState> state) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Thread t = new ThreadState.InterpreterThread(() -> {
            if (state != null) state.set(ThreadState.current());
            try {
                result.set(body.get());
            } catch (RuntimeException e) {
                failure.set(e);
            } catch (StackOverflowError e) {
                failure.set(Interpreter.recursionError());
            } catch (OutOfMemoryError e) {
                failure.set(Exceptions.raise(Exceptions.MemoryError));
            }
        }, "tierpy-main", STACK_SIZE);
        t.start();
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
        if (failure.get() != null) throw failure.get();
        return result.get();
    }

    /** Whether {@code e} is a Python exception of type SystemExit (or a subclass). */
    public static boolean isSystemExit(PyException e) {
        return e.matches(Exceptions.SystemExit);
    }
}
