package tierpy.vm;

import tierpy.objects.Abstract;
import tierpy.objects.PyType;

/**
 * Mirrors Python/_warnings.c: PyErr_WarnEx. The filters, registries and showwarning live in the
 * Python {@code warnings} module (as in CPython, where _warnings.c consults warnings.filters and
 * warnings.showwarning), so a warning the interpreter raises obeys filterwarnings, catch_warnings and
 * sys.warnoptions like one from warnings.warn.
 */
public final class Warnings {
    private Warnings() {}

    static void warn(PyType category, String message, int stacklevel) {
        Object warnings = Imports.importModule("warnings");
        Abstract.call(Abstract.getattr(warnings, "_warn_from_interpreter"), category, message, (long) stacklevel);
    }
}
