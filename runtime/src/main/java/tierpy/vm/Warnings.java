package tierpy.vm;

import tierpy.objects.Abstract;
import tierpy.objects.Exceptions;
import tierpy.objects.Py;
import tierpy.objects.PyDict;
import tierpy.objects.PyTuple;
import tierpy.objects.PyType;

/**
 * Mirrors Python/_warnings.c: warn_explicit with the default filters of a release build
 * ({@code default::DeprecationWarning:__main__}, then DeprecationWarning, PendingDeprecationWarning,
 * ImportWarning and ResourceWarning ignored, else "default"): each warning prints once per
 * location, recorded in the module's {@code __warningregistry__}, as show_warning formats it.
 */
public final class Warnings {
    private Warnings() {}

    static void warn(PyType category, String message, int stacklevel) {
        Frame f = ThreadState.current().frame;
        for (int i = 1; i < stacklevel && f != null; i++) f = f.back;
        String filename = f == null ? "<sys>" : f.code.co.filename;
        int lineno = f == null ? 0 : f.lineno();
        Object module = f == null ? "sys" : f.globals.getItemOrNull("__name__");
        if (ignored(category, module)) return;
        PyDict registry = null;
        if (f != null) {
            registry = f.globals.getItemOrNull("__warningregistry__") instanceof PyDict d ? d : null;
            if (registry == null) {
                registry = new PyDict();
                f.globals.setItem("__warningregistry__", registry);
            }
            if (registry.getItemOrNull("version") == null) registry.setItem("version", 0L);
        }
        PyTuple key = PyTuple.of(message, category, (long) lineno);
        if (registry != null) {
            if (registry.getItemOrNull(key) != null) return;
            registry.setItem(key, Boolean.TRUE);
        }
        StringBuilder text = new StringBuilder();
        text.append(filename).append(':').append(lineno).append(": ").append(category.name).append(": ")
                .append(message).append('\n');
        String line = SourceLines.line(filename, lineno);
        if (line != null && !line.isBlank()) text.append("  ").append(line.strip()).append('\n');
        Object stderr = Imports.sysAttrOrNull("stderr");
        if (stderr == null || stderr == Py.None) return;
        Abstract.call(Abstract.getattr(stderr, "write"), text.toString());
    }

    /** The default filters' "ignore" entries. */
    private static boolean ignored(PyType category, Object module) {
        if (category.isSubtype(Exceptions.DeprecationWarning)) return !"__main__".equals(module);
        return category.isSubtype(Exceptions.PendingDeprecationWarning) || category.isSubtype(Exceptions.ImportWarning)
                || category.isSubtype(Exceptions.ResourceWarning);
    }
}
