package tierpy.ast;

/**
 * The two constants of {@code ast.Constant} that have no Java value of their own.
 * Other constant values are Boolean, Long or BigInteger (int), Double (float), {@link Imaginary}
 * (complex literal), String (str) and byte[] (bytes).
 */
public enum ConstantSingleton {
    None, Ellipsis
}
