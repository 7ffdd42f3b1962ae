package tierpy.ast;

/** Python's <code>ast.boolop</code> singletons; constant names are the Python class names. */
public enum BoolOperator {
    And, Or;
}
