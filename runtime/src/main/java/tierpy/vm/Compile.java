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
        Compiler.Result result;
        try {
            result = Compiler.compile(source, filename, mode, 0);
        } catch (PySyntaxError e) {
            throw withText(e);
        }
        report(result.warnings(), warnings);
        return result.code();
    }

    /**
     * compile() and imports in a running program: each compile-time warning goes through
     * warnings.warn_explicit, so filters and catch_warnings see it; one that a filter turns into an
     * error becomes a SyntaxError, as in _PyErr_EmitSyntaxWarning.
     */
    public static CodeObject compileInProgram(String source, String filename, String mode) {
        Compiler.Result result;
        try {
            result = Compiler.compile(source, filename, mode, 0);
        } catch (PySyntaxError e) {
            throw withText(e);
        }
        if (result.warnings().isEmpty()) return result.code();
        Object warnExplicit = Abstract.getattr(Imports.importModule("warnings"), "warn_explicit");
        for (Compiler.Warning w : result.warnings()) {
            Object category = Abstract.getattr(Imports.importModule("builtins"), w.category());
            try {
                Abstract.call(warnExplicit, w.message(), category, w.filename(), (long) w.lineno());
            } catch (PyException e) {
                if (!e.matches((PyType) category)) throw e;
                throw Exceptions.raise(Exceptions.SyntaxError, w.message(),
                        PyTuple.of(w.filename(), (long) w.lineno(), Py.None, Py.None));
            }
        }
        return result.code();
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
