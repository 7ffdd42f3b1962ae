package tierpy.embed;

/**
 * A user variable for {@code %whos}.
 *
 * @param name     the binding's name
 * @param typeName {@code type(value).__name__}
 * @param summary  IPython's Data/Info column (a shortened repr)
 */
public record Variable(String name, String typeName, String summary) {}
