package tierpy.kernel.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Iterator;
import java.util.Map;

/**
 * Strict RFC 8259 JSON to and from Jackson trees (mirrors Python's json module as jupyter_client's
 * Session packs messages: compact, non-ASCII kept, and on reading also NaN and ±Infinity).
 * Anything else, trailing text included, is a {@link WireException}.
 */
final class JsonText {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Deeper nesting is refused rather than risking the reading thread's stack. */
    private static final int MAX_DEPTH = 1000;

    private final String text;
    private int pos;

    private JsonText(String text) {
        this.text = text;
    }

    static JsonNode parse(String text) throws WireException {
        JsonText reader = new JsonText(text);
        reader.skipSpace();
        JsonNode value = reader.value(0);
        reader.skipSpace();
        if (reader.pos < text.length()) throw reader.error("extra data");
        return value;
    }

    private JsonNode value(int depth) throws WireException {
        if (depth > MAX_DEPTH) throw error("nesting too deep");
        if (pos >= text.length()) throw error("expecting value");
        char c = text.charAt(pos);
        return switch (c) {
            case '{' -> object(depth);
            case '[' -> array(depth);
            case '"' -> NODES.textNode(string());
            case 't' -> literal("true", NODES.booleanNode(true));
            case 'f' -> literal("false", NODES.booleanNode(false));
            case 'n' -> literal("null", NODES.nullNode());
            case 'N' -> literal("NaN", NODES.numberNode(Double.NaN));
            case 'I' -> literal("Infinity", NODES.numberNode(Double.POSITIVE_INFINITY));
            default -> {
                if (c == '-' && text.startsWith("-Infinity", pos)) yield literal("-Infinity", NODES.numberNode(Double.NEGATIVE_INFINITY));
                if (c == '-' || (c >= '0' && c <= '9')) yield number();
                throw error("expecting value");
            }
        };
    }

    private ObjectNode object(int depth) throws WireException {
        ObjectNode object = NODES.objectNode();
        pos++;
        skipSpace();
        if (peek() == '}') {
            pos++;
            return object;
        }
        while (true) {
            skipSpace();
            if (peek() != '"') throw error("expecting property name enclosed in double quotes");
            String key = string();
            skipSpace();
            expect(':');
            skipSpace();
            object.set(key, value(depth + 1));
            skipSpace();
            char c = peek();
            pos++;
            if (c == '}') return object;
            if (c != ',') throw error("expecting ',' delimiter");
        }
    }

    private ArrayNode array(int depth) throws WireException {
        ArrayNode array = NODES.arrayNode();
        pos++;
        skipSpace();
        if (peek() == ']') {
            pos++;
            return array;
        }
        while (true) {
            skipSpace();
            array.add(value(depth + 1));
            skipSpace();
            char c = peek();
            pos++;
            if (c == ']') return array;
            if (c != ',') throw error("expecting ',' delimiter");
        }
    }

    private String string() throws WireException {
        pos++;
        StringBuilder out = null;
        int start = pos;
        while (true) {
            if (pos >= text.length()) throw error("unterminated string");
            char c = text.charAt(pos);
            if (c == '"') {
                String tail = text.substring(start, pos++);
                return out == null ? tail : out.append(tail).toString();
            }
            if (c < 0x20) throw error("invalid control character in string");
            if (c != '\\') {
                pos++;
                continue;
            }
            if (out == null) out = new StringBuilder();
            out.append(text, start, pos);
            if (++pos >= text.length()) throw error("unterminated string");
            char escape = text.charAt(pos++);
            switch (escape) {
                case '"', '\\', '/' -> out.append(escape);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    if (pos + 4 > text.length()) throw error("truncated \\u escape");
                    int code = 0;
                    for (int i = 0; i < 4; i++) {
                        int digit = Character.digit(text.charAt(pos++), 16);
                        if (digit < 0) throw error("invalid \\u escape");
                        code = code * 16 + digit;
                    }
                    out.append((char) code);
                }
                default -> throw error("invalid escape");
            }
            start = pos;
        }
    }

    private JsonNode number() throws WireException {
        int start = pos;
        if (peek() == '-') pos++;
        if (peek() == '0') {
            pos++;
        } else if (!digits()) {
            throw error("expecting value");
        }
        boolean integral = true;
        if (peek() == '.') {
            pos++;
            integral = false;
            if (!digits()) throw error("expecting digits after '.'");
        }
        if (peek() == 'e' || peek() == 'E') {
            pos++;
            integral = false;
            if (peek() == '+' || peek() == '-') pos++;
            if (!digits()) throw error("expecting exponent digits");
        }
        String literal = text.substring(start, pos);
        if (!integral) return NODES.numberNode(Double.parseDouble(literal));
        if (literal.length() < 10) return NODES.numberNode(Integer.parseInt(literal));
        BigInteger big = new BigInteger(literal);
        if (big.bitLength() < 32) return NODES.numberNode(big.intValue());
        if (big.bitLength() < 64) return NODES.numberNode(big.longValue());
        return NODES.numberNode(big);
    }

    private boolean digits() {
        int start = pos;
        while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') pos++;
        return pos > start;
    }

    private JsonNode literal(String word, JsonNode node) throws WireException {
        if (!text.startsWith(word, pos)) throw error("expecting value");
        pos += word.length();
        return node;
    }

    private void expect(char c) throws WireException {
        if (peek() != c) throw error("expecting '" + c + "' delimiter");
        pos++;
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void skipSpace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return;
            pos++;
        }
    }

    private WireException error(String what) {
        return new WireException("invalid JSON: " + what + " at char " + pos);
    }

    /** Compact JSON, as {@code json.dumps(obj, separators=(",", ":"), ensure_ascii=False)}. */
    static String write(JsonNode node) {
        StringBuilder out = new StringBuilder(256);
        write(node, out);
        return out.toString();
    }

    private static void write(JsonNode node, StringBuilder out) {
        switch (node.getNodeType()) {
            case OBJECT -> {
                out.append('{');
                boolean first = true;
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = it.next();
                    if (!first) out.append(',');
                    first = false;
                    quote(field.getKey(), out);
                    out.append(':');
                    write(field.getValue(), out);
                }
                out.append('}');
            }
            case ARRAY -> {
                out.append('[');
                for (int i = 0; i < node.size(); i++) {
                    if (i > 0) out.append(',');
                    write(node.get(i), out);
                }
                out.append(']');
            }
            case STRING -> quote(node.textValue(), out);
            case NUMBER -> out.append(number(node));
            case BOOLEAN -> out.append(node.booleanValue());
            case BINARY -> quote(node.asText(), out);
            default -> out.append("null");
        }
    }

    private static String number(JsonNode node) {
        if (node.isIntegralNumber()) return node.bigIntegerValue().toString();
        if (node.isBigDecimal()) return node.decimalValue().toString();
        double value = node.doubleValue();
        if (Double.isNaN(value)) return "NaN";
        if (Double.isInfinite(value)) return value > 0 ? "Infinity" : "-Infinity";
        return Double.toString(value);
    }

    private static void quote(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || Character.isSurrogate(c) && !validPair(s, i)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** A lone surrogate cannot be UTF-8 encoded, so it is written as an escape (Python's surrogateescape aside). */
    private static boolean validPair(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
