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
     * {@code defaults} in order. A "/" among the names ends the positional-only ones.
     */
    static Object[] parse(String fname, Object[] a, int off, int n, String[] kw, int required, String[] names, Object... defaults) {
        int posonly = java.util.Arrays.asList(names).indexOf("/");
        if (posonly >= 0) {
            String[] params = new String[names.length - 1];
            System.arraycopy(names, 0, params, 0, posonly);
            System.arraycopy(names, posonly + 1, params, posonly, params.length - posonly);
            names = params;
        }
        Object[] out = tierpy.objects.Args.bind(fname, a, off, n, kw, names, Math.max(posonly, 0), names.length, required);
        for (int j = required; j < names.length; j++) {
            if (out[j] == null) out[j] = defaults[j - required];
        }
        return out;
    }
}
