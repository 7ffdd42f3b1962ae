package tierpy.modules;

import java.util.Map;

import tierpy.objects.Abstract;
import tierpy.objects.Exceptions;
import tierpy.objects.Py;
import tierpy.objects.PyDict;
import tierpy.objects.PyInstance;
import tierpy.objects.PyType;
import tierpy.vm.Imports;

/**
 * Mirrors Lib/_sitebuiltins.py: the objects site.py adds to builtins for interactive use
 * (exit/quit, copyright/credits/license, help).
 */
final class SiteBuiltins {
    private SiteBuiltins() {}

    private static final String COPYRIGHT = "Copyright (c) 2001 Python Software Foundation.\nAll Rights Reserved.\n\n"
            + "Copyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\n"
            + "Copyright (c) 1995-2001 Corporation for National Research Initiatives.\nAll Rights Reserved.\n\n"
            + "Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\nAll Rights Reserved.";
    private static final String CREDITS = "    Thanks to CWI, CNRI, BeOpen, Zope Corporation, the Python Software Foundation,\n"
            + "    and a cast of thousands for supporting Python development.  See www.python.org for more information.";
    private static final String LICENSE = "See https://www.python.org/psf/license/";

    static void install(PyDict builtins) {
        PyType quitter = type("Quitter");
        quitter.repr = o -> "Use " + ((PyInstance) o).payload + "() or Ctrl-D (i.e. EOF) to exit";
        for (String name : new String[] {"exit", "quit"}) builtins.setItem(name, instance(quitter, name));
        quitter.call = (self, a, off, n, kw) -> {
            Args.noKeywords("__call__", kw);
            if (n > 1) throw Exceptions.typeError("Quitter.__call__() takes from 1 to 2 positional arguments but " + (n + 1) + " were given");
            Object stdin = Imports.sysAttrOrNull("stdin");
            if (stdin != null) Abstract.callMethodOrNull(stdin, "close");
            throw n == 0 ? Exceptions.raise(Exceptions.SystemExit) : Exceptions.raise(Exceptions.SystemExit, a[off]);
        };
        PyType printer = type("_Printer");
        // payload: {repr, text printed when called}
        printer.repr = o -> ((String[]) ((PyInstance) o).payload)[0];
        printer.call = (self, a, off, n, kw) -> {
            Args.noKeywords("__call__", kw);
            Builtins.print(new Object[] {((String[]) ((PyInstance) self).payload)[1]}, 0, 1, null);
            return Py.None;
        };
        builtins.setItem("copyright", instance(printer, new String[] {COPYRIGHT, COPYRIGHT}));
        builtins.setItem("credits", instance(printer, new String[] {CREDITS, CREDITS}));
        builtins.setItem("license", instance(printer, new String[] {"Type license() to see the full license text", LICENSE}));
        PyType helper = type("_Helper");
        helper.repr = o -> "Type help() for interactive help, or help(object) for help about object.";
        helper.call = (self, a, off, n, kw) -> {
            Args.noKeywords("__call__", kw);
            Builtins.print(new Object[] {n == 0 ? "Interactive help is not available in tierpy." : helpText(a[off])}, 0, 1, null);
            return Py.None;
        };
        builtins.setItem("help", instance(helper, null));
    }

    /** The first part of pydoc's page: what the object is and its docstring. */
    private static String helpText(Object o) {
        Object name = Abstract.getattrOrNull(o, "__name__");
        String what = o instanceof PyType ? "class" : Py.type(o).name;
        StringBuilder sb = new StringBuilder("Help on ").append(what).append(' ')
                .append(name instanceof String s ? s : Abstract.repr(o)).append(":\n\n");
        Object doc = Abstract.getattrOrNull(o, "__doc__");
        if (doc instanceof String d) {
            for (String line : d.split("\n", -1)) sb.append("    ").append(line).append('\n');
        }
        return sb.toString();
    }

    private static PyType type(String name) {
        PyType t = PyType.newHeapType(Py.TYPE, name, new PyType[] {Py.OBJECT},
                Map.of("__module__", "_sitebuiltins", "__qualname__", name), null, null);
        t.acceptableBase = false;
        return t;
    }

    private static Object instance(PyType t, Object payload) {
        PyInstance i = new PyInstance(t);
        i.payload = payload;
        return i;
    }
}
