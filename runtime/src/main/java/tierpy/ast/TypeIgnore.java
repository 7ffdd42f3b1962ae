package tierpy.ast;

/** Python's <code>ast.TypeIgnore</code> (Parser/Python.asdl). */
public record TypeIgnore(int lineno, String tag) implements Node {}
