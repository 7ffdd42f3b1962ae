package tierpy.ast;

/** Python's <code>ast.alias</code> (Parser/Python.asdl). */
public record Alias(String name, String asname, int lineno, int colOffset, int endLineno, int endColOffset) implements Node, Located {}
