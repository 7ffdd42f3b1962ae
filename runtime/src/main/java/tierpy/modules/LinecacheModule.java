package tierpy.modules;

import tierpy.objects.Abstract;
import tierpy.objects.Exceptions;
import tierpy.objects.PyList;
import tierpy.vm.SourceLines;

/** Mirrors Lib/linecache.py: getline and getlines over the interpreter's source-line cache (which tracebacks use too). */
@ModuleDef("linecache")
public final class LinecacheModule {
    private LinecacheModule() {}

    /** getline(filename, lineno, module_globals=None): the line with its newline, or ''. */
    @Function
    static Object getline(Object[] args, int off, int nargs, String[] kwnames) {
        if (nargs < 2 || nargs > 3) throw Exceptions.typeError("getline() takes from 2 to 3 positional arguments but "
                + nargs + " were given");
        if (!(args[off] instanceof String filename)) return "";
        String line = SourceLines.line(filename, (int) Abstract.asIndex(args[off + 1]));
        return line == null ? "" : line + "\n";
    }

    /** _register_code(code, string, name): the source of code compiled from a string, for tracebacks. */
    @Function("_register_code")
    static Object registerCode(Object code, Object string, Object name) {
        if (string instanceof String source && name instanceof String filename) SourceLines.register(filename, source);
        return tierpy.objects.Py.None;
    }

    /** getlines(filename, module_globals=None): every line with its newline, or [] (what inspect reads). */
    @Function
    static Object getlines(Object[] args, int off, int nargs, String[] kwnames) {
        if (nargs < 1 || nargs > 2) throw Exceptions.typeError("getlines() takes from 1 to 2 positional arguments but "
                + nargs + " were given");
        PyList out = new PyList();
        if (!(args[off] instanceof String filename)) return out;
        for (String line : SourceLines.lines(filename)) out.append(line + "\n");
        return out;
    }
}
