package tierpy.embed;

/**
 * Found by {@link java.util.ServiceLoader}: the interpreter's factory of sessions. The interpreter
 * registers its implementation by naming the class in
 * {@code META-INF/services/tierpy.embed.SessionProvider}.
 */
public interface SessionProvider {
    /** A fresh interpreter with an empty {@code __main__}. */
    Session open();
}
