package tierpy.ast;

/** Python's <code>ast.unaryop</code> singletons; constant names are the Python class names. */
public enum UnaryOperator {
    Invert, Not, UAdd, USub;
}
