package tierpy.ast;

/** Python's <code>ast.stmt</code> and its subclasses, field for field (Parser/Python.asdl). */
public sealed interface Stmt extends Node, Located {
    record FunctionDef(String name, Arguments args, java.util.List<Stmt> body, java.util.List<tierpy.ast.Expr> decoratorList, tierpy.ast.Expr returns, String typeComment, java.util.List<TypeParam> typeParams, int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {}

    record AsyncFunctionDef(String name, Arguments args, java.util.List<Stmt> body, java.util.List<tierpy.ast.Expr> decoratorList, tierpy.ast.Expr returns, String typeComment, java.util.List<TypeParam> typeParams, int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {}

    record ClassDef(String name, java.util.List<tierpy.ast.Expr> bases, java.util.List<Keyword> keywords, java.util.List<Stmt> body, java.util.List<tierpy.ast.Expr> decoratorList, java.util.List<TypeParam> typeParams, int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {}

    record Return(tierpy.ast.Expr value, int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {}

    record Delete(java.util.List<tierpy.ast.Expr> targets, int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {}

    record Assign(java.util.List<tierpy.ast.Expr> targets, tierpy.ast.Expr value, String typeComment, int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {}

    record TypeAlias(tierpy.ast.Expr name, java.util.List<TypeParam> typeParams, tierpy.ast.Expr value, int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {}

    record AugAssign(tierpy.ast.Expr target, Operator op, tierpy.ast.Expr value, int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {}

    record AnnAssign(tierpy.ast.Expr target, tierpy.ast.Expr annotation, tierpy.ast.Expr value, int simple, int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {}

    record For(tierpy.ast.Expr target, tierpy.ast.Expr iter, java.util.List<Stmt> body, java.util.List<Stmt> orelse, String typeComment, int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {}

    record AsyncFor(tierpy.ast.Expr target, tierpy.ast.Expr iter, java.util.List<Stmt> body, java.util.List<Stmt> orelse, String typeComment, int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {}

    record While(tierpy.ast.Expr test, java.util.List<Stmt> body, java.util.List<Stmt> orelse, int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {}

    record If(tierpy.ast.Expr test, java.util.List<Stmt> body, java.util.List<Stmt> orelse, int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {}

    record With(java.util.List<WithItem> items, java.util.List<Stmt> body, String typeComment, int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {}

    record AsyncWith(java.util.List<WithItem> items, java.util.List<Stmt> body, String typeComment, int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {}

    record Match(tierpy.ast.Expr subject, java.util.List<MatchCase> cases, int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {}

    record Raise(tierpy.ast.Expr exc, tierpy.ast.Expr cause, int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {}

    record Try(java.util.List<Stmt> body, java.util.List<ExceptHandler> handlers, java.util.List<Stmt> orelse, java.util.List<Stmt> finalbody, int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {}

    record TryStar(java.util.List<Stmt> body, java.util.List<ExceptHandler> handlers, java.util.List<Stmt> orelse, java.util.List<Stmt> finalbody, int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {}

    record Assert(tierpy.ast.Expr test, tierpy.ast.Expr msg, int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {}

    record Import(java.util.List<Alias> names, int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {}

    record ImportFrom(String module, java.util.List<Alias> names, int level, int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {}

    record Global(java.util.List<String> names, int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {}

    record Nonlocal(java.util.List<String> names, int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {}

    record Expr(tierpy.ast.Expr value, int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {}

    record Pass(int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {}

    record Break(int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {}

    record Continue(int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {}
}
