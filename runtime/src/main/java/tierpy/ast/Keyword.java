package tierpy.ast;

/** Python's <code>ast.keyword</code> (Parser/Python.asdl). */
public record Keyword(String arg, Expr value, int lineno, int colOffset, int endLineno, int endColOffset) implements Node, Located {}
