package tierpy.vm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import tierpy.objects.Exceptions;
import tierpy.objects.PyDict;

/** Mirrors Lib/importlib/_bootstrap_external.py: SourceFileLoader.exec_module, without bytecode caching. */
final class SourceModules {
    private SourceModules() {}

    static PyModule load(String name, Path file) {
        String source;
        try {
            source = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw Exceptions.raise(Exceptions.ImportError, "cannot read " + file + ": " + e.getMessage());
        }
        // the standard library lives in the jar, where linecache's reading by path cannot reach it
        if (file.getFileSystem() != java.nio.file.FileSystems.getDefault()) SourceLines.register(file.toString(), source);
        PyModule module = new PyModule(name);
        module.dict.setItem("__file__", file.toString());
        Imports.MODULES.setItem(name, module);
        try {
            Runner.exec(Compile.compileInProgram(source, file.toString(), "exec", -1, false), module.dict);
        } catch (RuntimeException e) {
            Imports.MODULES.removeOrNull(name);
            throw e;
        }
        return module;
    }
}
