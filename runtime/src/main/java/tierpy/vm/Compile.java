package tierpy.vm;

import java.util.List;

import tierpy.code.CodeObject;
import tierpy.compile.Compiler;
import tierpy.objects.Abstract;
import tierpy.objects.Exceptions;
import tierpy.objects.Py;
import tierpy.objects.PyException;
import tierpy.objects.PyTuple;
import tierpy.objects.PyType;
import tierpy.parse.PySyntaxError;

/**
 * The interpreter's way to the compiler (builtins.compile, imports, the launcher): compile(source,
 * filename, mode) with the compile-time warnings reported the way Python/_warnings.c prints them
 * when no filter is installed. A SyntaxError ({@link tierpy.parse.PySyntaxError}) propagates.
 */
public final class Compile {
    private Compile() {}

    /** compile(source, filename, mode) with mode "exec", "eval" or "single"; warnings go to {@code warnings}. */
    public static CodeObject compile(String source, String filename, String mode, Appendable warnings) {
        return compile(source, filename, mode, warnings, -1, false);
    }

    /** The interpreter's optimization level (-O, -OO): what sys.flags.optimize shows and optimize=-1 means. */
    private static volatile int optimizeLevel;

    public static void setOptimizeLevel(int level) {
        optimizeLevel = level;
    }

    public static int optimizeLevel() {
        return optimizeLevel;
    }

    /**
     * The same at {@code optimize} (-1: the interpreter's level), module code allowed to await when
     * {@code topLevelAwait} (PyCF_ALLOW_TOP_LEVEL_AWAIT).
     */
    public static CodeObject compile(String source, String filename, String mode, Appendable warnings, int optimize,
            boolean topLevelAwait) {
        Compiler.Result result;
        try {
            result = Compiler.compile(source, filename, mode, optimize < 0 ? optimizeLevel : optimize, topLevelAwait,
                    w -> report(List.of(w), warnings));
        } catch (PySyntaxError e) {
            throw withText(e);
        }
        report(result.warnings(), warnings);
        return result.code();
    }

    /**
     * compile() and imports in a running program, at {@code optimize} (-1: the interpreter's level),
     * module code allowed to await when {@code topLevelAwait}: each compile-time warning goes through
     * warnings.warn_explicit, so filters and catch_warnings see it; one that a filter turns into an
     * error becomes a SyntaxError, as in _PyErr_EmitSyntaxWarning. The parser's warnings are issued
     * even when a SyntaxError follows.
     */
    public static CodeObject compileInProgram(String source, String filename, String mode, int optimize,
            boolean topLevelAwait) {
        List<Compiler.Warning> parserWarnings = new java.util.ArrayList<>();
        Compiler.Result result;
        try {
            result = Compiler.compile(source, filename, mode, optimize < 0 ? optimizeLevel : optimize, topLevelAwait,
                    parserWarnings::add);
        } catch (PySyntaxError e) {
            warnInProgram(parserWarnings);
            throw withText(e);
        }
        warnInProgram(parserWarnings);
        warnInProgram(result.warnings());
        return result.code();
    }

    private static void warnInProgram(List<Compiler.Warning> warnings) {
        if (warnings.isEmpty()) return;
        Object warnExplicit = Abstract.getattr(Imports.importModule("warnings"), "warn_explicit");
        for (Compiler.Warning w : warnings) {
            Object category = Abstract.getattr(Imports.importModule("builtins"), w.category());
            try {
                Abstract.call(warnExplicit, w.message(), category, w.filename(), (long) w.lineno());
            } catch (PyException e) {
                if (!e.matches((PyType) category)) throw e;
                throw Exceptions.raise(Exceptions.SyntaxError, w.message(),
                        PyTuple.of(w.filename(), (long) w.lineno(), Py.None, Py.None));
            }
        }
    }

    /** The compiler's errors carry no text; like PyErr_ProgramTextObject, take the line from the file. */
    private static PySyntaxError withText(PySyntaxError e) {
        if (e.text() != null || e.lineno() <= 0) return e;
        String line = SourceLines.line(e.filename(), e.lineno());
        if (line == null) return e;
        return new PySyntaxError(e.type(), e.msg(), e.filename(), e.lineno(), e.offset(), e.endLineno(), e.endOffset(),
                line + "\n");
    }

    private static void report(List<Compiler.Warning> list, Appendable out) {
        try {
            for (Compiler.Warning w : list) {
                out.append(w.filename()).append(':').append(Integer.toString(w.lineno())).append(": ")
                        .append(w.category()).append(": ").append(w.message()).append('\n');
                String line = SourceLines.line(w.filename(), w.lineno());
                if (line != null) out.append("  ").append(line.strip()).append('\n');
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
