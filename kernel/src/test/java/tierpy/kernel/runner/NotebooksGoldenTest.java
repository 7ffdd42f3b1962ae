package tierpy.kernel.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tierpy.kernel.wire.Json;

/**
 * Executes the committed notebooks through the headless runner (a real kernel process over ZeroMQ)
 * and checks the tour's AST and bytecode of the seed function against CPython 3.14's output
 * (corpus/001_seed_my_cool_function.out.txt: ast.dump of the source, then dis.dis of the function).
 */
class NotebooksGoldenTest {
    private static final Path ROOT = Path.of(System.getProperty("tierpy.root", ".."));
    private static final Path GOLDEN = Path.of(System.getProperty("tierpy.shared", "../../shared"),
            "cpython314", "corpus", "001_seed_my_cool_function.out.txt");

    @Test
    void tourMatchesCPython(@TempDir Path dir) throws Exception {
        JsonNode notebook = execute("01-how-python-runs-your-code.ipynb", dir);
        String golden = Files.readString(GOLDEN);
        int disStart = golden.indexOf("\n 16 ") + 1;
        String goldenAst = golden.substring(0, disStart);
        String goldenDis = renumber(golden.substring(disStart, golden.lastIndexOf("\n2 2\n") + 1), 15);
        assertEquals(goldenAst, output(notebook, "%%ast"), "the tour's %%ast of the seed source");
        assertEquals(goldenAst, output(notebook, "source = "), "the tour's ast.dump(ast.parse(source), indent=4)");
        assertEquals(goldenDis, output(notebook, "%dis my_cool_function"), "the tour's %dis of the seed function");
        assertEquals(goldenDis, output(notebook, "import dis"), "the tour's dis.dis(my_cool_function)");
        System.out.println("tour vs CPython 3.14 goldens: 4/4 match (%%ast, ast.dump, %dis, dis.dis)");
    }

    @Test
    void performanceNotebookRuns(@TempDir Path dir) throws Exception {
        JsonNode notebook = execute("02-performance-experiments.ipynb", dir);
        boolean chart = false;
        for (JsonNode cell : notebook.path("cells")) {
            for (JsonNode out : cell.path("outputs")) chart |= out.path("data").has("image/svg+xml");
        }
        assertEquals(true, chart, "the bar chart is an SVG display");
    }

    private static JsonNode execute(String name, Path dir) throws IOException, InterruptedException {
        Path out = dir.resolve(name);
        assertEquals(0, NotebookRunner.run(new String[] {ROOT.resolve("notebooks").resolve(name).toString(), "--output", out.toString()}),
                name + " ran with an error");
        return Json.mapper().readTree(out.toFile());
    }

    /** The text/plain output of the first code cell whose source starts with {@code start}. */
    private static String output(JsonNode notebook, String start) {
        for (JsonNode cell : notebook.path("cells")) {
            if (!cell.path("cell_type").asText().equals("code") || !text(cell.path("source")).startsWith(start)) continue;
            List<String> texts = new ArrayList<>();
            for (JsonNode out : cell.path("outputs")) {
                if (out.has("text")) texts.add(text(out.path("text")));
                else if (out.path("data").has("text/plain")) texts.add(text(out.path("data").path("text/plain")));
            }
            assertEquals(1, texts.size(), "one output for " + start);
            String text = texts.get(0);
            return text.endsWith("\n") ? text : text + "\n";
        }
        assertNotNull(null, "no cell starting with " + start);
        return null;
    }

    private static String text(JsonNode node) {
        if (!node.isArray()) return node.asText();
        StringBuilder b = new StringBuilder();
        node.forEach(line -> b.append(line.asText()));
        return b.toString();
    }

    /** Shifts dis's line-number column: the golden function starts on line 16 of its file, the cell's on line 1. */
    private static String renumber(String dis, int shift) {
        Pattern line = Pattern.compile("(?m)^ *(\\d+)(?= )");
        Matcher m = line.matcher(dis);
        StringBuilder b = new StringBuilder();
        while (m.find()) m.appendReplacement(b, String.format("%3d", Integer.parseInt(m.group(1)) - shift));
        m.appendTail(b);
        return b.toString();
    }
}
