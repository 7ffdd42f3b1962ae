package tierpy.ast;

/** Python's <code>ast.withitem</code> (Parser/Python.asdl). */
public record WithItem(Expr contextExpr, Expr optionalVars) implements Node {}
