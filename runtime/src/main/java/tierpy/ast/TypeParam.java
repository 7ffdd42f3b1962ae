package tierpy.ast;

/** Python's <code>ast.type_param</code> and its subclasses, field for field (Parser/Python.asdl). */
public sealed interface TypeParam extends Node, Located {
    record TypeVar(String name, Expr bound, Expr defaultValue, int lineno, int colOffset, int endLineno, int endColOffset) implements TypeParam {}

    record ParamSpec(String name, Expr defaultValue, int lineno, int colOffset, int endLineno, int endColOffset) implements TypeParam {}

    record TypeVarTuple(String name, Expr defaultValue, int lineno, int colOffset, int endLineno, int endColOffset) implements TypeParam {}
}
