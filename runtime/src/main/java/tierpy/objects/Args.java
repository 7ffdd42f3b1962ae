package tierpy.objects;

/** Mirrors Python/getargs.c and Argument Clinic's checks: CPython's argument-count messages. */
public final class Args {
    private Args() {}

    public static void noKeywords(String name, String[] kwnames) {
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
        throw Exceptions.typeError(fname + "() argument must be str, not " + typeName(o));
    }

    /** A str argument bound by name: "encode() argument 'errors' must be str, not int". */
    static String str(String fname, String param, Object o) {
        if (o instanceof String s) return s;
        throw Exceptions.typeError(fname + "() argument '" + param + "' must be str, not " + typeName(o));
    }

    /** _PyArg_BadArgument names the type of what was given, except None, which it names as itself. */
    static String typeName(Object o) {
        return o == Py.None ? "None" : Py.type(o).name;
    }

    /** Argument Clinic's Py_ssize_t converter: an index that fits, else this OverflowError. */
    static long ssize(Object o) {
        if (Abstract.index(o) instanceof Long l) return l;
        throw Exceptions.overflowError("Python int too large to convert to C ssize_t");
    }

    /** Argument Clinic's int converter. */
    static int cInt(Object o) {
        if (Abstract.index(o) instanceof Long l && l == (int) (long) l) return (int) (long) l;
        throw Exceptions.overflowError("Python int too large to convert to C int");
    }

    /**
     * Binds vectorcall arguments to named parameters as Argument Clinic's _PyArg_UnpackKeywords
     * (Python/getargs.c) does, with its messages: the first {@code positional} names may come by
     * position, the rest only by keyword; the first {@code required} are mandatory. Missing optional
     * slots are null.
     */
    public static Object[] bind(String fname, Object[] a, int off, int n, String[] kw, String[] names, int positional,
                         int required) {
        return bind(fname, a, off, n, kw, names, 0, positional, required);
    }

    /** The same where the first {@code posonly} names are positional-only (before '/' in the signature). */
    public static Object[] bind(String fname, Object[] a, int off, int n, String[] kw, String[] names, int posonly,
                                int positional, int required) {
        int nkw = kw == null ? 0 : kw.length, max = names.length;
        if (n + nkw > max) {
            throw Exceptions.typeError(fname + "() takes at most " + max + " " + (n == 0 ? "keyword " : "")
                    + "argument" + (max == 1 ? "" : "s") + " (" + (n + nkw) + " given)");
        }
        if (n > positional) {
            if (positional == 0) throw Exceptions.typeError(fname + "() takes no positional arguments");
            throw Exceptions.typeError(fname + "() takes " + (required < positional ? "at most " : "exactly ")
                    + positional + " positional argument" + (positional == 1 ? "" : "s") + " (" + n + " given)");
        }
        int minPosonly = Math.min(posonly, required);
        if (n < minPosonly) {
            throw Exceptions.typeError(fname + "() takes " + (minPosonly < positional ? "at least " : "exactly ")
                    + minPosonly + " positional argument" + (minPosonly == 1 ? "" : "s") + " (" + n + " given)");
        }
        Object[] out = new Object[max];
        System.arraycopy(a, off, out, 0, n);
        java.util.List<String> keywords = java.util.Arrays.asList(names).subList(posonly, max);
        int matched = 0;
        for (int i = Math.max(n, posonly); i < max; i++) {
            int k = kw == null ? -1 : java.util.Arrays.asList(kw).indexOf(names[i]);
            if (k >= 0) {
                out[i] = a[off + n + k];
                matched++;
            } else if (i < required) {
                throw Exceptions.typeError(fname + "() missing required argument '" + names[i] + "' (pos " + (i + 1) + ")");
            }
        }
        if (matched < nkw) {
            for (int i = posonly; i < n; i++) {
                if (java.util.Arrays.asList(kw).contains(names[i])) {
                    throw Exceptions.typeError("argument for " + fname + "() given by name ('" + names[i]
                            + "') and position (" + (i + 1) + ")");
                }
            }
            for (String k : kw) {
                if (!keywords.contains(k)) throw Exceptions.unexpectedKeyword(fname, k, keywords.toArray(String[]::new));
            }
        }
        return out;
    }
}
