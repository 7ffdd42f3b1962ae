package tierpy.kernel.runner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import tierpy.kernel.wire.Json;

/**
 * Reading and writing .ipynb files as nbformat does (nbformat/v4/rwbase.py: split_lines and
 * strip_transient; the JSON layout of nbformat.write: indent 1, sorted keys, non-ASCII kept).
 */
final class Notebooks {
    private Notebooks() {}

    static ObjectNode read(Path file) throws IOException {
        JsonNode json = Json.readFile(file);
        if (!(json instanceof ObjectNode notebook) || json.path("nbformat").asInt() != 4) {
            throw new IOException(file + ": not an nbformat 4 notebook");
        }
        return notebook;
    }

    /** A multiline string field as one string, whether stored as a string or a list of lines. */
    static String text(JsonNode value) {
        if (value == null || value.isNull()) return "";
        if (value.isArray()) {
            StringBuilder out = new StringBuilder();
            value.forEach(line -> out.append(line.asText()));
            return out.toString();
        }
        return value.asText();
    }

    /** Writes nbformat 4.5: every cell gets an id, multiline strings become lists of lines. */
    static void write(ObjectNode notebook, Path file) throws IOException {
        notebook.put("nbformat", 4);
        notebook.put("nbformat_minor", 5);
        for (JsonNode cell : notebook.withArray("cells")) {
            ObjectNode c = (ObjectNode) cell;
            if (!c.path("id").isTextual()) c.put("id", UUID.randomUUID().toString().substring(0, 8));
            c.set("source", lines(text(c.get("source"))));
            if (c.get("outputs") instanceof ArrayNode outputs) outputs.forEach(output -> splitOutput((ObjectNode) output));
        }
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators)
                .withObjectIndenter(new DefaultIndenter(" ", "\n"))
                .withArrayIndenter(new DefaultIndenter(" ", "\n"));
        Files.writeString(file, Json.mapper().writer(printer).writeValueAsString(sorted(notebook)) + "\n", StandardCharsets.UTF_8);
    }

    private static void splitOutput(ObjectNode output) {
        if (output.has("text")) output.set("text", lines(text(output.get("text"))));
        if (output.get("data") instanceof ObjectNode data) {
            for (Iterator<Map.Entry<String, JsonNode>> it = data.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                String mime = entry.getKey();
                boolean textual = mime.startsWith("text/") || mime.equals("image/svg+xml");
                if (textual && (entry.getValue().isTextual() || entry.getValue().isArray())) {
                    entry.setValue(lines(text(entry.getValue())));
                }
            }
        }
    }

    /** nbformat's split_lines: lines keeping their newlines. */
    static ArrayNode lines(String text) {
        ArrayNode lines = Json.array();
        int start = 0;
        while (start < text.length()) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline + 1;
            lines.add(text.substring(start, end));
            start = end;
        }
        return lines;
    }

    private static JsonNode sorted(JsonNode node) {
        if (node instanceof ObjectNode object) {
            Map<String, JsonNode> fields = new TreeMap<>();
            object.fields().forEachRemaining(e -> fields.put(e.getKey(), sorted(e.getValue())));
            ObjectNode copy = Json.object();
            fields.forEach(copy::set);
            return copy;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode copy = Json.array();
            array.forEach(item -> copy.add(sorted(item)));
            return copy;
        }
        return node;
    }
}
