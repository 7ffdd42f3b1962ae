package tierpy.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Bad input never escapes as a Java exception: truncated and mutated corpus programs give a tree,
 * a PySyntaxError, or (for absurd nesting) a SourceTooComplexError.
 */
class FuzzTest {
    private static final String INSERTIONS = "()[]{}:;,.=+-*/%@!~<>|&^\\'\"#\n\t 0123456789abcdefjxrbftu_é€\u0017";

    /** The outcome of parsing: null when it is one of the allowed ones, else the failure. */
    private static String outcome(String source) {
        try {
            Parser.parse(source, "fuzz.py", Mode.EXEC);
            return null;
        } catch (PySyntaxError | SourceTooComplexError e) {
            return null;
        } catch (RuntimeException | StackOverflowError e) {
            return e.toString();
        }
    }

    private static void check(String source) {
        String failure = outcome(source);
        assertTrue(failure == null, () -> failure + "\nfor source:\n" + source);
    }

    @TestFactory
    List<DynamicTest> mutatedCorpus() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path program : AstGoldenTest.programs()) {
            tests.add(DynamicTest.dynamicTest(program.getFileName().toString(), () -> {
                String source = Files.readString(program);
                Random random = new Random(program.getFileName().toString().hashCode());
                for (int i = 0; i < 15; i++) {
                    check(source.substring(0, random.nextInt(source.length() + 1)));
                    int at = random.nextInt(source.length());
                    check(source.substring(0, at) + source.substring(Math.min(source.length(), at + 1 + random.nextInt(3))));
                    check(source.substring(0, at) + INSERTIONS.charAt(random.nextInt(INSERTIONS.length()))
                            + source.substring(at));
                }
            }));
        }
        return tests;
    }

    /** Nesting CPython accepts parses whatever the caller's thread stack; deeper chains are "too complex". */
    @Test
    void nestingIndependentOfTheCallersStack() throws InterruptedException {
        String parens = "x = " + "(".repeat(199) + "1" + ")".repeat(199) + "\n";
        String[] outcome = new String[2];
        Thread small = new Thread(null, () -> {
            outcome[0] = Parser.parse(parens, "deep.py", Mode.EXEC).getClass().getSimpleName();
            try {
                Parser.parse("x = " + "-".repeat(7000) + "1\n", "deep.py", Mode.EXEC);
                outcome[1] = "parsed";
            } catch (SourceTooComplexError e) {
                outcome[1] = "too complex";
            }
        }, "small-stack", 256 * 1024);
        small.start();
        small.join();
        assertEquals("Module", outcome[0]);
        assertEquals("too complex", outcome[1]);
    }

    @Test
    void deepNesting() {
        check("(".repeat(300) + ")".repeat(300));
        check("-".repeat(100_000) + "1");
        check("x = " + "[".repeat(150) + "]".repeat(150));
        check("f'" + "{f'".repeat(50) + "'}".repeat(50) + "'");
        check("if x:\n" + " ".repeat(1) + "if y:\n".repeat(0) + "  pass\n");
        StringBuilder deep = new StringBuilder();
        for (int i = 0; i < 120; i++) {
            deep.append(" ".repeat(i)).append("if x:\n");
        }
        check(deep + " ".repeat(120) + "pass\n");
    }
}
