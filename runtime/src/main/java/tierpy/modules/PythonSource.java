package tierpy.modules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import tierpy.compile.Compiler;
import tierpy.vm.PyModule;
import tierpy.vm.Runner;

/**
 * Mirrors Python/frozen.c's role: the Python-source half of a built-in module, shipped as the
 * resource {@code tierpy/lib/NAME.py} and run in the module's namespace when it is created.
 */
final class PythonSource {
    private PythonSource() {}

    static void run(String name, PyModule module) {
        String path = "tierpy/lib/" + name + ".py";
        String source;
        try (InputStream in = PythonSource.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing resource " + path);
            source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Runner.exec(Compiler.compile(source, "<frozen " + name + ">", "exec", 0).code(), module.dict);
    }
}
