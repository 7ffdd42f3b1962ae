package tierpy.ast;

/** Python's <code>ast.mod</code> and its subclasses, field for field (Parser/Python.asdl). */
public sealed interface Mod extends Node {
    record Module(java.util.List<Stmt> body, java.util.List<TypeIgnore> typeIgnores) implements Mod {}

    record Interactive(java.util.List<Stmt> body) implements Mod {}

    record Expression(Expr body) implements Mod {}

    record FunctionType(java.util.List<Expr> argtypes, Expr returns) implements Mod {}
}
