package tierpy.modules;

import tierpy.objects.Abstract;
import tierpy.objects.Exceptions;
import tierpy.vm.SourceLines;

/** Mirrors Lib/linecache.py: getline over the interpreter's source-line cache (which tracebacks use too). */
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
}
