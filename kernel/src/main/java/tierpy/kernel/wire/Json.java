package tierpy.kernel.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The one Jackson mapper and the conversions the protocol needs. */
public final class Json {
    public static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Json() {}

    public static ObjectNode object() {
        return NODES.objectNode();
    }

    public static ArrayNode array() {
        return NODES.arrayNode();
    }

    /** A JSON tree for a JSON-shaped Java value (Map, List, String, Number, Boolean, null). */
    public static JsonNode tree(Object value) {
        return MAPPER.valueToTree(value);
    }

    public static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a JSON file; a parse failure names the file and the first line of the problem. */
    public static JsonNode readFile(java.nio.file.Path file) throws IOException {
        try {
            return MAPPER.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new IOException(file + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Parses a frame that must hold one JSON object. */
    public static ObjectNode parseObject(byte[] frame) throws WireException {
        JsonNode node;
        try {
            node = MAPPER.readTree(frame);
        } catch (IOException e) {
            throw new WireException("invalid JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (node instanceof ObjectNode object) return object;
        throw new WireException("expected a JSON object, got " + (node == null ? "nothing" : node.getNodeType()));
    }
}
