package tierpy.modules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import tierpy.compile.Compiler;
import tierpy.vm.Imports;
import tierpy.vm.PyModule;
import tierpy.vm.Runner;

/**
 * Mirrors Python/frozen.c's role: the Python-source half of a built-in module, shipped as the
 * resource {@code tierpy/lib/NAME.py} (found as the import system finds the standard library) and
 * run in the module's namespace when it is created.
 */
final class PythonSource {
    private PythonSource() {}

    static void run(String name, PyModule module) {
        Path path = Imports.libSource(name);
        if (path == null) throw new IllegalStateException("missing resource tierpy/lib/" + name + ".py");
        String source;
        try {
            source = Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Runner.exec(Compiler.compile(source, "<frozen " + name + ">", "exec", 0).code(), module.dict);
    }
}
