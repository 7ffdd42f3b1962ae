package tierpy.objects;

/** Mirrors Python/getargs.c and Argument Clinic's checks: CPython's argument-count messages. */
public final class Args {
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

    /**
     * Binds vectorcall arguments to named parameters (Python/getargs.c: _PyArg_UnpackKeywords):
     * the first {@code positional} names may come by position, the rest only by keyword; the
     * first {@code required} are mandatory. Missing optional slots are null.
     */
    public static Object[] bind(String fname, Object[] a, int off, int n, String[] kw, String[] names, int positional,
                         int required) {
        if (n > positional) {
            throw Exceptions.typeError(fname + "() takes at most " + positional + " positional argument"
                    + (positional == 1 ? "" : "s") + " (" + n + " given)");
        }
        Object[] out = new Object[names.length];
        System.arraycopy(a, off, out, 0, n);
        for (int k = 0; kw != null && k < kw.length; k++) {
            int i = java.util.Arrays.asList(names).indexOf(kw[k]);
            if (i < 0) throw Exceptions.unexpectedKeyword(fname, kw[k], java.util.Arrays.asList(names));
            if (i < n) {
                throw Exceptions.typeError("argument for " + fname + "() given by name ('" + kw[k] + "') and position ("
                        + (i + 1) + ")");
            }
            out[i] = a[off + n + k];
        }
        for (int i = 0; i < required; i++) {
            if (out[i] == null) {
                throw Exceptions.typeError(fname + "() missing required argument '" + names[i] + "' (pos " + (i + 1) + ")");
            }
        }
        return out;
    }
}
