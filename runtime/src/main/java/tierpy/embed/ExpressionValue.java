package tierpy.embed;

/** The outcome of {@link Session#evaluate}: a displayed value or the exception it raised. */
public sealed interface ExpressionValue {
    record Value(DisplayBundle bundle) implements ExpressionValue {}

    record Failure(PythonError error) implements ExpressionValue {}
}
