package tierpy.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** {@code tierpy -m ast}: the corpus .m-ast.txt goldens, options, usage errors and syntax errors. */
class AstCommandTest {
    private static final AtomicInteger PASSED = new AtomicInteger();
    private static final AtomicInteger TOTAL = new AtomicInteger();

    /** What one run printed. */
    private record Result(int status, String out, String err) {}

    private static Result run(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = AstCommand.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Path corpus() {
        return Path.of(System.getProperty("tierpy.shared", "../../shared"), "cpython314", "corpus");
    }

    @TestFactory
    List<DynamicTest> corpusGoldens() throws IOException {
        List<Path> goldens;
        try (Stream<Path> files = Files.list(corpus())) {
            goldens = files.filter(f -> f.getFileName().toString().endsWith(".m-ast.txt")).sorted().toList();
        }
        return goldens.stream().map(golden -> DynamicTest.dynamicTest(golden.getFileName().toString(), () -> {
            TOTAL.incrementAndGet();
            // CPython ran `python3.14 -m ast NNN_name.py` in the corpus directory.
            String program = golden.toString().replaceAll("\\.m-ast\\.txt$", ".py");
            Result result = run("", program);
            assertEquals(0, result.status(), result.err());
            assertEquals(Files.readString(golden), result.out());
            PASSED.incrementAndGet();
        })).toList();
    }

    @AfterAll
    static void report() {
        System.out.println("m-ast.txt: " + PASSED + "/" + TOTAL + " match");
    }

    @Test
    void optionsReachTheDump() {
        Result attributes = run("x = 1\n", "-a", "--indent=0", "-");
        assertEquals(0, attributes.status());
        // CPython 3.11's ast.dump(..., include_attributes=True, indent=0), less 3.14's omitted empty type_ignores
        assertEquals(String.join("\n", "Module(", "body=[", "Assign(", "targets=[", "Name(", "id='x',", "ctx=Store(),",
                "lineno=1,", "col_offset=0,", "end_lineno=1,", "end_col_offset=1)],", "value=Constant(", "value=1,",
                "lineno=1,", "col_offset=4,", "end_lineno=1,", "end_col_offset=5),", "lineno=1,", "col_offset=0,",
                "end_lineno=1,", "end_col_offset=5)])") + "\n", attributes.out());
        assertEquals("Expression(\n  body=Name(id='x', ctx=Load()))\n", run("x\n", "--mode", "eval", "-i2").out());
        assertEquals("Module(\n   body=[\n      Pass()],\n   type_ignores=[])\n", run("pass\n", "--show-empty").out());
        assertEquals("Module(\n   body=[\n      Pass()],\n   type_ignores=[])\n", run("pass\n", "--sh", "-O0").out());
        assertEquals("Module(\n   body=[\n      Pass()])\n", run("pass\n", "--no-type-comments").out());
    }

    @Test
    void usageErrorsExitWithStatusTwo() {
        Result badMode = run("", "--mode", "bogus");
        assertEquals(2, badMode.status());
        assertTrue(badMode.err().startsWith("usage: tierpy -m ast [-h]"), badMode.err());
        assertTrue(badMode.err().endsWith("tierpy -m ast: error: argument -m/--mode: invalid choice: 'bogus'"
                + " (choose from exec, single, eval, func_type)\n"), badMode.err());
        assertTrue(run("", "-i", "x").err().endsWith("error: argument -i/--indent: invalid int value: 'x'\n"));
        assertTrue(run("", "-i").err().endsWith("error: argument -i/--indent: expected one argument\n"));
        assertTrue(run("", "a.py", "b.py").err().endsWith("error: unrecognized arguments: b.py\n"));
        assertTrue(run("", "--bogus").err().endsWith("error: unrecognized arguments: --bogus\n"));
        assertTrue(run("", "--in=2").err().endsWith(
                "error: ambiguous option: --in=2 could match --include-attributes, --indent\n"));
        assertTrue(run("", "--feature-version", "3").err().endsWith(
                "error: Invalid format for --feature-version; expected format 3.x (for example, 3.10)\n"));
        Result help = run("", "-a", "-h", "--bogus");
        assertEquals(0, help.status());
        assertTrue(help.out().contains("  -m, --mode {exec,single,eval,func_type}\n"), help.out());
    }

    @Test
    void syntaxErrorsPrintLikeCPython() {
        Result result = run("x = (1,\n", "-");
        assertEquals(1, result.status());
        assertEquals("""
                Traceback (most recent call last):
                  File "<stdin>", line 1
                    x = (1,
                        ^
                SyntaxError: '(' was never closed
                """, result.err());
        Result missing = run("", "/nonexistent/file.py");
        assertEquals(1, missing.status());
        assertTrue(missing.err().endsWith(
                "FileNotFoundError: [Errno 2] No such file or directory: '/nonexistent/file.py'\n"), missing.err());
    }
}
