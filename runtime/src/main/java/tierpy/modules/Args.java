package tierpy.modules;

import tierpy.objects.Exceptions;

/** Mirrors Python/getargs.c for the builtins: positional-or-keyword parameters with defaults. */
final class Args {
    private Args() {}

    static void noKeywords(String name, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) throw Exceptions.typeError(name + "() takes no keyword arguments");
    }

    /**
     * Binds {@code names} from the call; the first {@code required} have no default, the rest take
     * {@code defaults} in order.
     */
    static Object[] parse(String fname, Object[] a, int off, int n, String[] kw, int required, String[] names, Object... defaults) {
        Object[] out = new Object[names.length];
        if (n > names.length) {
            throw Exceptions.typeError(fname + "() takes at most " + names.length + " argument"
                    + (names.length == 1 ? "" : "s") + " (" + n + " given)");
        }
        System.arraycopy(a, off, out, 0, n);
        if (kw != null) {
            for (int i = 0; i < kw.length; i++) {
                int j = indexOf(names, kw[i]);
                if (j < 0) throw Exceptions.unexpectedKeyword(fname, kw[i], java.util.Arrays.asList(names));
                if (out[j] != null) {
                    throw Exceptions.typeError("argument for " + fname + "() given by name ('" + kw[i]
                            + "') and position (" + (j + 1) + ")");
                }
                out[j] = a[off + n + i];
            }
        }
        for (int j = 0; j < names.length; j++) {
            if (out[j] != null) continue;
            if (j < required) {
                throw Exceptions.typeError(fname + "() missing required argument '" + names[j] + "' (pos " + (j + 1) + ")");
            }
            out[j] = defaults[j - required];
        }
        return out;
    }

    private static int indexOf(String[] names, String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) return i;
        }
        return -1;
    }
}
