package tierpy.vm;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import tierpy.objects.Abstract;
import tierpy.objects.Exceptions;
import tierpy.objects.Py;
import tierpy.objects.PyDict;
import tierpy.objects.PyException;
import tierpy.objects.PyList;
import tierpy.objects.PyObject;

/**
 * Mirrors Python/import.c: PyImport_ImportModuleLevelObject for built-in modules (registered by
 * tierpy.modules) and source modules found on sys.path, cached in sys.modules.
 */
public final class Imports {
    private Imports() {}

    private static final Map<String, Supplier<PyObject>> BUILTIN = new LinkedHashMap<>();
    /** sys.modules. */
    public static final PyDict MODULES = new PyDict();

    /** Registers a built-in module, created on first import. */
    public static synchronized void registerBuiltin(String name, Supplier<PyObject> factory) {
        BUILTIN.put(name, factory);
    }

    public static synchronized boolean isBuiltin(String name) {
        return BUILTIN.containsKey(name);
    }

    /** Forgets every imported module: the next program starts with fresh builtins and sys. */
    public static synchronized void reset() {
        MODULES.clear();
    }

    /** An attribute of the sys module, or null when sys or the attribute is missing. */
    public static Object sysAttrOrNull(String name) {
        Object sys = MODULES.getItemOrNull("sys");
        return sys == null ? null : Abstract.getattrOrNull(sys, name);
    }

    /** IMPORT_NAME: the top package for {@code import a.b}, the module itself when a fromlist is given. */
    public static Object importName(Frame f, String name, Object fromlist, int level) {
        if (level > 0) throw Exceptions.raise(Exceptions.ImportError, "attempted relative import with no known parent package");
        Object module = importModule(name);
        boolean hasFromlist = fromlist != Py.None && Abstract.isTrue(fromlist);
        if (hasFromlist) importSubmodules(name, module, fromlist);
        if (hasFromlist || !name.contains(".")) return module;
        return MODULES.getItem(name.substring(0, name.indexOf('.')));
    }

    /**
     * importlib's _handle_fromlist: {@code from package import name} imports the submodule
     * package.name when the package has no attribute of that name.
     */
    private static void importSubmodules(String name, Object module, Object fromlist) {
        if (!(Abstract.getattrOrNull(module, "__file__") instanceof String file && file.endsWith("__init__.py"))) return;
        Object it = Abstract.iter(fromlist);
        for (Object x; (x = Abstract.next(it)) != null; ) {
            if (!(x instanceof String sub) || sub.equals("*") || Abstract.getattrOrNull(module, sub) != null) continue;
            String full = name + "." + sub;
            try {
                importModule(full);
            } catch (PyException e) {
                // a missing submodule is IMPORT_FROM's error to report; anything else is the submodule's own
                if (!(e.matches(Exceptions.ModuleNotFoundError) && full.equals(Abstract.getattrOrNull(e.value, "name")))) throw e;
            }
        }
    }

    /** Imports {@code name} (and its parents), returning the module itself. */
    public static synchronized Object importModule(String name) {
        Object cached = MODULES.getItemOrNull(name);
        if (cached != null) return cached;
        int dot = name.lastIndexOf('.');
        Object parent = null;
        if (dot > 0) {
            parent = importModule(name.substring(0, dot));
            // the parent may have installed it (os puts os.path in sys.modules)
            cached = MODULES.getItemOrNull(name);
            if (cached != null) return cached;
        }
        Supplier<PyObject> factory = BUILTIN.get(name);
        Object module;
        if (factory != null) {
            module = factory.get();
            MODULES.setItem(name, module);
        } else {
            Path file = findSource(name);
            if (file == null) throw moduleNotFound(name);
            module = SourceModules.load(name, file);
        }
        // as importlib's _find_and_load_unlocked: `import a.b` makes b an attribute of a
        if (parent != null) Abstract.setattr(parent, name.substring(dot + 1), module);
        return module;
    }

    private static Path findSource(String name) {
        Object path = sysAttrOrNull("path");
        if (!(path instanceof PyList dirs)) return null;
        String relative = name.replace('.', '/');
        for (int i = 0; i < dirs.size(); i++) {
            if (!(dirs.get(i) instanceof String dir)) continue;
            Path base = Path.of(dir.isEmpty() ? "." : dir);
            Path file = base.resolve(relative + ".py");
            if (Files.isRegularFile(file)) return file;
            Path init = base.resolve(relative).resolve("__init__.py");
            if (Files.isRegularFile(init)) return init;
        }
        return libSource(relative);
    }

    /**
     * The standard library written in Python: resources under tierpy/lib, after sys.path (as
     * CPython's Lib/); {@code relative} is a module path without ".py" ("os", "json/decoder").
     */
    public static Path libSource(String relative) {
        for (String candidate : new String[] {relative + ".py", relative + "/__init__.py"}) {
            java.net.URL url = Imports.class.getResource("/tierpy/lib/" + candidate);
            if (url == null) continue;
            try {
                java.net.URI uri = url.toURI();
                if (uri.getScheme().equals("jar")) {
                    try {
                        java.nio.file.FileSystems.newFileSystem(uri, Map.of());
                    } catch (java.nio.file.FileSystemAlreadyExistsException e) {
                        // opened by an earlier import
                    }
                }
                return Path.of(uri);
            } catch (java.net.URISyntaxException | java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return null;
    }

    static PyException moduleNotFound(String name) {
        PyException e = Exceptions.raise(Exceptions.ModuleNotFoundError, "No module named '" + name + "'");
        e.value.setAttr("name", name);
        return e;
    }

    /** IMPORT_FROM: {@code from module import name}. */
    public static Object importFrom(Object module, String name) {
        Object v = Abstract.getattrOrNull(module, name);
        if (v != null) return v;
        Object modName = Abstract.getattrOrNull(module, "__name__");
        if (modName instanceof String pkg) {
            Object sub = MODULES.getItemOrNull(pkg + "." + name);
            if (sub != null) return sub;
            PyException e = Exceptions.raise(Exceptions.ImportError, "cannot import name '" + name + "' from '" + pkg
                    + "' (" + (Abstract.getattrOrNull(module, "__file__") instanceof String file ? file : "unknown location") + ")");
            e.value.setAttr("name", pkg);
            e.value.setAttr("name_from", name);
            throw e;
        }
        throw Exceptions.raise(Exceptions.ImportError, "cannot import name '" + name + "' from '<unknown module name>' (unknown location)");
    }
}
