package tierpy.ast;

/** Python's <code>ast.comprehension</code> (Parser/Python.asdl). */
public record Comprehension(Expr target, Expr iter, java.util.List<Expr> ifs, int isAsync) implements Node {}
