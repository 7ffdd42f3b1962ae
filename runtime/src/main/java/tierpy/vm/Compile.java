package tierpy.vm;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

import tierpy.code.CodeObject;
import tierpy.objects.Exceptions;

/**
 * The interpreter's way to the compiler (builtins.compile, exec of source, imports, the launcher).
 * Reached by name, so the VM builds before tierpy.compile is merged in; a SyntaxError
 * ({@link tierpy.parse.PySyntaxError}) propagates unchanged.
 */
public final class Compile {
    private Compile() {}

    private static final MethodHandle COMPILE = find();

    private static MethodHandle find() {
        try {
            Class<?> compiler = Class.forName("tierpy.compile.Compiler");
            Class<?> result = Class.forName("tierpy.compile.Compiler$Result");
            MethodHandle compile = MethodHandles.publicLookup().findStatic(compiler, "compile",
                    MethodType.methodType(result, String.class, String.class, String.class, int.class));
            MethodHandle code = MethodHandles.publicLookup().findVirtual(result, "code", MethodType.methodType(CodeObject.class));
            return MethodHandles.filterReturnValue(compile, code);
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    public static boolean available() {
        return COMPILE != null;
    }

    /** compile(source, filename, mode) with mode "exec", "eval" or "single". */
    public static CodeObject compile(String source, String filename, String mode) {
        if (COMPILE == null) throw Exceptions.raise(Exceptions.SystemError, "tierpy: the compiler is not part of this build yet");
        try {
            return (CodeObject) COMPILE.invoke(source, filename, mode, 0);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }
}
