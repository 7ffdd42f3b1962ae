package tierpy.embed;

/** Found by {@link java.util.ServiceLoader}: the interpreter's factory of sessions. */
public interface SessionProvider {
    /** A fresh interpreter with an empty {@code __main__}. */
    Session open();
}
