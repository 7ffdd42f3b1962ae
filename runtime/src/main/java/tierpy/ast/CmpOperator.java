package tierpy.ast;

/** Python's <code>ast.cmpop</code> singletons; constant names are the Python class names. */
public enum CmpOperator {
    Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn;
}
