package tierpy.ast;

/** Python's <code>ast.pattern</code> and its subclasses, field for field (Parser/Python.asdl). */
public sealed interface Pattern extends Node, Located {
    record MatchValue(Expr value, int lineno, int colOffset, int endLineno, int endColOffset) implements Pattern {}

    record MatchSingleton(Object value, int lineno, int colOffset, int endLineno, int endColOffset) implements Pattern {}

    record MatchSequence(java.util.List<Pattern> patterns, int lineno, int colOffset, int endLineno, int endColOffset) implements Pattern {}

    record MatchMapping(java.util.List<Expr> keys, java.util.List<Pattern> patterns, String rest, int lineno, int colOffset, int endLineno, int endColOffset) implements Pattern {}

    record MatchClass(Expr cls, java.util.List<Pattern> patterns, java.util.List<String> kwdAttrs, java.util.List<Pattern> kwdPatterns, int lineno, int colOffset, int endLineno, int endColOffset) implements Pattern {}

    record MatchStar(String name, int lineno, int colOffset, int endLineno, int endColOffset) implements Pattern {}

    record MatchAs(Pattern pattern, String name, int lineno, int colOffset, int endLineno, int endColOffset) implements Pattern {}

    record MatchOr(java.util.List<Pattern> patterns, int lineno, int colOffset, int endLineno, int endColOffset) implements Pattern {}
}
