package tierpy.objects;

/** Mirrors Python/getargs.c and Argument Clinic's checks: CPython's argument-count messages. */
final class Args {
    private Args() {}

    static void noKeywords(String name, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) throw Exceptions.typeError(name + "() takes no keyword arguments");
    }

    /** _PyArg_CheckPositional: "pop expected at most 1 argument, got 2". */
    static void check(String name, int nargs, String[] kwnames, int min, int max) {
        noKeywords(name, kwnames);
        if (nargs < min) {
            throw Exceptions.typeError(name + " expected " + (min == max ? "" : "at least ") + min + " argument"
                    + (min == 1 ? "" : "s") + ", got " + nargs);
        }
        if (nargs > max) {
            throw Exceptions.typeError(name + " expected " + (min == max ? "" : "at most ") + max + " argument"
                    + (max == 1 ? "" : "s") + ", got " + nargs);
        }
    }

    /** A str argument: "__format__() argument must be str, not int" style. */
    static String str(String fname, Object o) {
        if (o instanceof String s) return s;
        throw Exceptions.typeError(fname + "() argument must be str, not " + Py.type(o).name);
    }
}
