package tierpy.kernel.display;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import tierpy.embed.DisplayBundle;
import tierpy.kernel.wire.Json;

/** MIME bundles: building them and their {@code {data, metadata}} JSON form. */
public final class Bundles {
    private Bundles() {}

    /** A bundle with a plain-text and an HTML representation of the same thing. */
    public static DisplayBundle textAndHtml(String plain, String html) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("text/plain", plain);
        data.put("text/html", html);
        return new DisplayBundle(data, Map.of(), Map.of());
    }

    public static ObjectNode toJson(DisplayBundle bundle) {
        ObjectNode json = Json.object();
        json.set("data", Json.tree(bundle.data()));
        json.set("metadata", Json.tree(bundle.metadata()));
        return json;
    }
}
