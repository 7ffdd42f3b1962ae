package tierpy.kernel.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Collection;
import java.util.Map;

/**
 * The JSON the protocol needs, on Jackson's tree nodes. Messages are parsed and written by
 * {@link JsonText} rather than an ObjectMapper, whose start-up costs more than the kernel's whole
 * path to its first kernel_info_reply; the mapper is made on first use, for pretty-printed files.
 */
public final class Json {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Json() {}

    /** Jackson's mapper, for pretty-printed files (kernelspecs, notebooks); made on first use. */
    public static ObjectMapper mapper() {
        return MapperHolder.MAPPER;
    }

    private static final class MapperHolder {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    public static ObjectNode object() {
        return NODES.objectNode();
    }

    public static ArrayNode array() {
        return NODES.arrayNode();
    }

    /** A JSON tree for a JSON-shaped Java value (Map, Collection, String, Number, Boolean, null, JsonNode). */
    public static JsonNode tree(Object value) {
        return switch (value) {
            case null -> NODES.nullNode();
            case JsonNode node -> node;
            case String s -> NODES.textNode(s);
            case Boolean b -> NODES.booleanNode(b);
            case Integer i -> NODES.numberNode(i);
            case Long l -> NODES.numberNode(l);
            case Short s -> NODES.numberNode(s);
            case Byte b -> NODES.numberNode(b);
            case BigInteger big -> NODES.numberNode(big);
            case BigDecimal decimal -> NODES.numberNode(decimal);
            case Float f -> NODES.numberNode(f);
            case Double d -> NODES.numberNode(d);
            case Map<?, ?> map -> {
                ObjectNode object = object();
                map.forEach((k, v) -> object.set(String.valueOf(k), tree(v)));
                yield object;
            }
            case Collection<?> items -> {
                ArrayNode array = array();
                items.forEach(item -> array.add(tree(item)));
                yield array;
            }
            case Object[] items -> tree(java.util.Arrays.asList(items));
            default -> throw new IllegalArgumentException("not JSON-shaped: " + value.getClass().getName());
        };
    }

    /** Compact UTF-8 JSON. */
    public static byte[] bytes(JsonNode node) {
        return text(node).getBytes(StandardCharsets.UTF_8);
    }

    /** Compact JSON text. */
    public static String text(JsonNode node) {
        return JsonText.write(node);
    }

    /** Pretty-printed JSON text (two-space indent), as files for people to read are written. */
    public static String pretty(JsonNode node) {
        try {
            return mapper().writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a JSON file; a parse failure names the file and the problem. */
    public static JsonNode readFile(java.nio.file.Path file) throws IOException {
        try {
            return JsonText.parse(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        } catch (WireException e) {
            throw new IOException(file + ": not valid JSON: " + e.getMessage(), e);
        }
    }

    /** Parses text that must hold one JSON value. */
    public static JsonNode parse(String text) throws WireException {
        return JsonText.parse(text);
    }

    /** Parses a frame that must hold one JSON object. */
    public static ObjectNode parseObject(byte[] frame) throws WireException {
        JsonNode node = JsonText.parse(new String(frame, StandardCharsets.UTF_8));
        if (node instanceof ObjectNode object) return object;
        throw new WireException("expected a JSON object, got " + node.getNodeType());
    }
}
