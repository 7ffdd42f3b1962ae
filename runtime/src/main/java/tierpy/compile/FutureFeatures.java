package tierpy.compile;

import tierpy.ast.Alias;
import tierpy.ast.Expr;
import tierpy.ast.Mod;
import tierpy.ast.Stmt;

/** Mirrors Python/future.c: future_parse, the __future__ imports at the top of a module. */
final class FutureFeatures {
    private FutureFeatures() {}

    /** Whether "from __future__ import annotations" is in effect (CO_FUTURE_ANNOTATIONS). */
    static boolean hasAnnotations(Mod mod) {
        if (!(mod instanceof Mod.Module m)) return false;
        boolean first = true;
        for (Stmt s : m.body()) {
            if (first && s instanceof Stmt.Expr e && e.value() instanceof Expr.Constant c && c.value() instanceof String) {
                first = false;
                continue;
            }
            first = false;
            if (!(s instanceof Stmt.ImportFrom f) || !"__future__".equals(f.module()) || f.level() != 0) return false;
            for (Alias a : f.names()) if (a.name().equals("annotations")) return true;
        }
        return false;
    }
}
