package tierpy.objects;

/** Mirrors Python/getargs.c and Argument Clinic's checks: CPython's argument-count messages. */
public final class Args {
    private Args() {}

    static void noKeywords(String name, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) throw Exceptions.typeError(name + "() takes no keyword arguments");
    }

    /** _PyArg_CheckPositional: "pop expected at most 1 argument, got 2". */
    public static void check(String name, int nargs, String[] kwnames, int min, int max) {
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
     * first {@code required} are mandatory. A "/" among the names ends the positional-only ones,
     * as in a signature; it takes no slot and counts in neither number. Missing optional slots
     * are null. Errors come in CPython's order: too many arguments, a missing one, then a
     * misplaced keyword.
     */
    public static Object[] bind(String fname, Object[] a, int off, int n, String[] kw, String[] names, int positional,
                                int required) {
        int slash = indexOf(names, "/");
        int posonly = Math.max(slash, 0);
        String[] params = names;
        if (slash >= 0) {
            params = new String[names.length - 1];
            System.arraycopy(names, 0, params, 0, slash);
            System.arraycopy(names, slash + 1, params, slash, params.length - slash);
        }
        String[] keywords = java.util.Arrays.copyOfRange(params, posonly, params.length);
        int nkw = kw == null ? 0 : kw.length;
        if (n + nkw > params.length) {
            throw Exceptions.typeError(fname + "() takes at most " + params.length + " " + (n == 0 ? "keyword " : "")
                    + "argument" + (params.length == 1 ? "" : "s") + " (" + (n + nkw) + " given)");
        }
        int minPositional = Math.min(required, positional);
        if (n > positional) {
            if (positional == 0) throw Exceptions.typeError(fname + "() takes no positional arguments");
            throw Exceptions.typeError(fname + "() takes " + (minPositional < positional ? "at most " : "exactly ")
                    + positional + " positional argument" + (positional == 1 ? "" : "s") + " (" + n + " given)");
        }
        int minPosonly = Math.min(posonly, minPositional);
        if (n < minPosonly) {
            throw Exceptions.typeError(fname + "() takes " + (minPosonly < positional ? "at least " : "exactly ")
                    + minPosonly + " positional argument" + (minPosonly == 1 ? "" : "s") + " (" + n + " given)");
        }
        Object[] out = new Object[params.length];
        System.arraycopy(a, off, out, 0, n);
        int matched = 0;
        for (int i = Math.max(n, posonly); i < params.length; i++) {
            int k = indexOf(kw, params[i]);
            if (k >= 0) {
                out[i] = a[off + n + k];
                matched++;
            } else if (i < required) {
                throw Exceptions.typeError(fname + "() missing required argument '" + params[i] + "' (pos " + (i + 1) + ")");
            }
        }
        if (matched < nkw) {
            for (int i = posonly; i < n; i++) {
                if (indexOf(kw, params[i]) >= 0) {
                    throw Exceptions.typeError("argument for " + fname + "() given by name ('" + params[i]
                            + "') and position (" + (i + 1) + ")");
                }
            }
            for (String k : kw) {
                if (indexOf(keywords, k) < 0) throw Exceptions.unexpectedKeyword(fname, k, keywords);
            }
        }
        return out;
    }

    private static int indexOf(String[] names, String name) {
        for (int i = 0; names != null && i < names.length; i++) {
            if (names[i].equals(name)) return i;
        }
        return -1;
    }
}
