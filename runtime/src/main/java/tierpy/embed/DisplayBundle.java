package tierpy.embed;

import java.util.Map;

/**
 * A MIME bundle as Jupyter displays it. Values are JSON-shaped Java values (String, Number,
 * Boolean, null, List, Map).
 *
 * @param data          MIME type to representation, e.g. {@code text/plain}, {@code text/html}
 * @param metadata      per-bundle or per-MIME metadata
 * @param transientData fields not stored in the notebook, e.g. {@code display_id}
 */
public record DisplayBundle(Map<String, Object> data, Map<String, Object> metadata, Map<String, Object> transientData) {

    public DisplayBundle {
        data = Map.copyOf(data);
        metadata = Map.copyOf(metadata);
        transientData = Map.copyOf(transientData);
    }

    /** A bundle with only a {@code text/plain} representation. */
    public static DisplayBundle text(String plain) {
        return new DisplayBundle(Map.of("text/plain", plain), Map.of(), Map.of());
    }
}
