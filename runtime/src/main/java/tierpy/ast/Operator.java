package tierpy.ast;

/** Python's <code>ast.operator</code> singletons; constant names are the Python class names. */
public enum Operator {
    Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv;
}
