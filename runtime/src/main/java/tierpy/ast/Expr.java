package tierpy.ast;

/** Python's <code>ast.expr</code> and its subclasses, field for field (Parser/Python.asdl). */
public sealed interface Expr extends Node, Located {
    record BoolOp(BoolOperator op, java.util.List<Expr> values, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {}

    record NamedExpr(Expr target, Expr value, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {}

    record BinOp(Expr left, Operator op, Expr right, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {}

    record UnaryOp(UnaryOperator op, Expr operand, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {}

    record Lambda(Arguments args, Expr body, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {}

    record IfExp(Expr test, Expr body, Expr orelse, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {}

    record Dict(java.util.List<Expr> keys, java.util.List<Expr> values, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {}

    record Set(java.util.List<Expr> elts, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {}

    record ListComp(Expr elt, java.util.List<Comprehension> generators, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {}

    record SetComp(Expr elt, java.util.List<Comprehension> generators, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {}

    record DictComp(Expr key, Expr value, java.util.List<Comprehension> generators, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {}

    record GeneratorExp(Expr elt, java.util.List<Comprehension> generators, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {}

    record Await(Expr value, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {}

    record Yield(Expr value, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {}

    record YieldFrom(Expr value, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {}

    record Compare(Expr left, java.util.List<CmpOperator> ops, java.util.List<Expr> comparators, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {}

    record Call(Expr func, java.util.List<Expr> args, java.util.List<Keyword> keywords, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {}

    record FormattedValue(Expr value, int conversion, Expr formatSpec, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {}

    record Interpolation(Expr value, Object str, int conversion, Expr formatSpec, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {}

    record JoinedStr(java.util.List<Expr> values, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {}

    record TemplateStr(java.util.List<Expr> values, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {}

    record Constant(Object value, String kind, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {}

    record Attribute(Expr value, String attr, ExprContext ctx, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {}

    record Subscript(Expr value, Expr slice, ExprContext ctx, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {}

    record Starred(Expr value, ExprContext ctx, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {}

    record Name(String id, ExprContext ctx, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {}

    record List(java.util.List<Expr> elts, ExprContext ctx, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {}

    record Tuple(java.util.List<Expr> elts, ExprContext ctx, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {}

    record Slice(Expr lower, Expr upper, Expr step, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {}
}
