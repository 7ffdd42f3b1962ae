package tierpy.parse;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs syntax_errors.txt: each case's source must raise CPython 3.14's exception type, message and
 * position. Cases marked 'compile' are errors of the symtable/compiler: the parser must accept them.
 */
class SyntaxErrorTest {
    private static final KnownFailures KNOWN = new KnownFailures("/tierpy/parse/syntax-errors-known-failures.txt");
    private static final AtomicInteger PASSED = new AtomicInteger();
    private static final AtomicInteger TOTAL = new AtomicInteger();
    private static final AtomicInteger EXTRA_PASSED = new AtomicInteger();
    private static final AtomicInteger EXTRA_TOTAL = new AtomicInteger();

    record Case(String name, String source, String expected, boolean compileStage) {}

    static List<Case> cases(String resource) throws IOException {
        String text;
        try (InputStream in = SyntaxErrorTest.class.getResourceAsStream("/tierpy/parse/" + resource)) {
            assertNotNull(in, resource + " is missing");
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Case> cases = new ArrayList<>();
        String name = null;
        StringBuilder source = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("### ")) {
                name = line.substring(4).strip();
                source.setLength(0);
            } else if (line.startsWith(">>> ") && name != null) {
                String[] fields = line.substring(4).split("\t");
                boolean compileStage = fields.length > 6 && fields[6].equals("compile");
                String expected = String.join("\t", List.of(fields).subList(0, 6));
                cases.add(new Case(name, source.toString(), expected, compileStage));
                name = null;
            } else if (name != null) {
                source.append(line).append('\n');
            }
        }
        return cases;
    }

    static String outcome(String source) {
        try {
            Parser.parse(source, "<test>", Mode.EXEC);
            return "no error";
        } catch (PySyntaxError e) {
            return e.type() + "\t" + e.msg() + "\t" + e.lineno() + "\t" + e.offset() + "\t" + e.endLineno() + "\t"
                    + e.endOffset();
        }
    }

    @TestFactory
    List<DynamicTest> syntaxErrors() throws IOException {
        return tests("syntax_errors.txt", PASSED, TOTAL);
    }

    /** The front end's own extra cases (syntax_errors_extra.txt). */
    @TestFactory
    List<DynamicTest> extraSyntaxErrors() throws IOException {
        return tests("syntax_errors_extra.txt", EXTRA_PASSED, EXTRA_TOTAL);
    }

    private static List<DynamicTest> tests(String resource, AtomicInteger passedCount, AtomicInteger totalCount)
            throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Case c : cases(resource)) {
            tests.add(DynamicTest.dynamicTest(c.name(), () -> {
                totalCount.incrementAndGet();
                String actual = outcome(c.source());
                String expected = c.compileStage() ? "no error" : c.expected();
                boolean passed = expected.equals(actual);
                if (passed) {
                    passedCount.incrementAndGet();
                }
                KNOWN.check(c.name(), passed, "source:\n" + c.source() + "expected: " + expected + "\nactual:   " + actual);
            }));
        }
        return tests;
    }

    @AfterAll
    static void report() {
        System.out.println("syntax_errors.txt: " + PASSED + "/" + TOTAL + " match");
        System.out.println("syntax_errors_extra.txt: " + EXTRA_PASSED + "/" + EXTRA_TOTAL + " match");
    }
}
