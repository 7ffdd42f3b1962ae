package tierpy.vm;

import java.util.List;

import tierpy.code.CodeObject;
import tierpy.compile.Compiler;
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
            result = Compiler.compile(source, filename, mode, 0, w -> report(List.of(w), warnings));
        } catch (PySyntaxError e) {
            throw withText(e);
        }
        report(result.warnings(), warnings);
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
