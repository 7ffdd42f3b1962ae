package tierpy.ast;

/** Python's <code>ast.match_case</code> (Parser/Python.asdl). */
public record MatchCase(Pattern pattern, Expr guard, java.util.List<Stmt> body) implements Node {}
