package tierpy.ast;

/** Python's <code>ast.arg</code> (Parser/Python.asdl). */
public record Arg(String arg, Expr annotation, String typeComment, int lineno, int colOffset, int endLineno, int endColOffset) implements Node, Located {}
