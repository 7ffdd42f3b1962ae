package tierpy.compile;

import tierpy.ast.Located;

/** Mirrors Include/internal/pycore_compile.h: _Py_SourceLocation; -1 fields mean "no location". */
public record Location(int lineno, int endLineno, int colOffset, int endColOffset) {
    public static final Location NO_LOCATION = new Location(-1, -1, -1, -1);

    public static Location of(Located node) {
        return new Location(node.lineno(), node.endLineno(), node.colOffset(), node.endColOffset());
    }

    /** The location with only its line kept (LOC with columns dropped, as codegen's NEXT_LOCATION uses). */
    public Location withLine(int line) {
        return new Location(line, line, -1, -1);
    }
}
