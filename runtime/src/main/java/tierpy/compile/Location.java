package tierpy.compile;

import tierpy.ast.Located;

/** Mirrors Include/internal/pycore_compile.h: _Py_SourceLocation; -1 fields mean "no location". */
public record Location(int lineno, int endLineno, int colOffset, int endColOffset) {
    public static final Location NO_LOCATION = new Location(-1, -1, -1, -1);

    public static Location of(Located node) {
        return new Location(node.lineno(), node.endLineno(), node.colOffset(), node.endColOffset());
    }

    // Written out: a record's generated equals/hashCode bootstrap method handles on first use (seven
    // LambdaForm classes spun in every run's first compile, which no AOT cache holds).
    @Override
    public boolean equals(Object o) {
        return o instanceof Location l && lineno == l.lineno && endLineno == l.endLineno && colOffset == l.colOffset
                && endColOffset == l.endColOffset;
    }

    @Override
    public int hashCode() {
        return ((lineno * 31 + endLineno) * 31 + colOffset) * 31 + endColOffset;
    }
}
