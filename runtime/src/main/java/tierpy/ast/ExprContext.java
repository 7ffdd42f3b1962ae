package tierpy.ast;

/** Python's <code>ast.expr_context</code> singletons; constant names are the Python class names. */
public enum ExprContext {
    Load, Store, Del;
}
