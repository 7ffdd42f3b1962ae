package tierpy.ast;

/**
 * Any node of Python's abstract syntax tree. Mirrors Parser/Python.asdl: one Java record per ASDL
 * constructor, with the same names and field order; Java fields are the camelCase of Python's
 * (decorator_list is decoratorList). Optional fields are null, sequences are never null.
 */
public sealed interface Node permits Mod, Stmt, Expr, Pattern, TypeParam, ExceptHandler, TypeIgnore,
        Arguments, Arg, Keyword, Alias, WithItem, MatchCase, Comprehension {}
