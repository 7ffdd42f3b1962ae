package tierpy.ast;

/** Python's <code>ast.ExceptHandler</code> (Parser/Python.asdl). */
public record ExceptHandler(Expr type, String name, java.util.List<Stmt> body, int lineno, int colOffset, int endLineno, int endColOffset) implements Node, Located {}
