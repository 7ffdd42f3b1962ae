package tierpy.ast;

/** Python's <code>ast.arguments</code> (Parser/Python.asdl). */
public record Arguments(java.util.List<Arg> posonlyargs, java.util.List<Arg> args, Arg vararg, java.util.List<Arg> kwonlyargs, java.util.List<Expr> kwDefaults, Arg kwarg, java.util.List<Expr> defaults) implements Node {}
