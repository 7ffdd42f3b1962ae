package tierpy.embed;

import java.util.Set;

/**
 * What a stage magic asks to see.
 *
 * @param stage  which stage
 * @param target what {@code source} means
 * @param source the cell source, an expression, or the name of an object in the user namespace
 * @param flags  stage options by long name, e.g. {@code adaptive}, {@code show_caches},
 *               {@code show_positions} for dis
 */
public record StageRequest(Stage stage, Target target, String source, Set<String> flags) {
    public enum Target { CELL, EXPRESSION, NAME }

    public StageRequest {
        flags = Set.copyOf(flags);
    }
}
