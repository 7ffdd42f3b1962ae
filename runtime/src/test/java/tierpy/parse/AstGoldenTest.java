package tierpy.parse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tierpy.ast.AstDump;
import tierpy.ast.Mod;

/**
 * The corpus goldens: AstDump of our parse of every NNN_name.py equals CPython 3.14's
 * ast.dump output (.ast.txt indent=4, .ast-compact.txt, .ast-attrs.txt with attributes).
 */
class AstGoldenTest {
    private static final KnownFailures KNOWN = new KnownFailures("/tierpy/parse/ast-golden-known-failures.txt");
    private static final String[] STAGES = {"ast.txt", "ast-compact.txt", "ast-attrs.txt"};
    private static final AtomicInteger[] PASSED = {new AtomicInteger(), new AtomicInteger(), new AtomicInteger()};
    private static final AtomicInteger[] TOTAL = {new AtomicInteger(), new AtomicInteger(), new AtomicInteger()};

    static Path corpus() {
        return Path.of(System.getProperty("tierpy.shared", "../../shared"), "cpython314", "corpus");
    }

    static List<Path> programs() throws IOException {
        try (Stream<Path> files = Files.list(corpus())) {
            return files.filter(f -> f.getFileName().toString().endsWith(".py")).sorted().toList();
        }
    }

    @TestFactory
    List<DynamicTest> goldens() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path program : programs()) {
            String base = program.getFileName().toString().replaceAll("\\.py$", "");
            for (int stage = 0; stage < STAGES.length; stage++) {
                int index = stage;
                Path golden = program.resolveSibling(base + "." + STAGES[stage]);
                if (!Files.exists(golden)) {
                    continue;
                }
                String caseName = base + "." + STAGES[stage];
                tests.add(DynamicTest.dynamicTest(caseName, () -> {
                    TOTAL[index].incrementAndGet();
                    String expected = Files.readString(golden);
                    String actual;
                    try {
                        Mod tree = Parser.parse(Files.readString(program), program.getFileName().toString(), Mode.EXEC);
                        actual = switch (index) {
                            case 0 -> AstDump.dump(tree, true, false, 4, false);
                            case 1 -> AstDump.dump(tree);
                            default -> AstDump.dump(tree, true, true, 4, false);
                        } + "\n";
                    } catch (RuntimeException e) {
                        actual = "exception: " + e;
                    }
                    boolean passed = expected.equals(actual);
                    if (passed) {
                        PASSED[index].incrementAndGet();
                    }
                    KNOWN.check(caseName, passed, firstDifference(expected, actual));
                }));
            }
        }
        return tests;
    }

    static String firstDifference(String expected, String actual) {
        int i = 0;
        while (i < expected.length() && i < actual.length() && expected.charAt(i) == actual.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 300);
        return "expected: ..." + expected.substring(from, Math.min(expected.length(), i + 200))
                + "\nactual:   ..." + actual.substring(from, Math.min(actual.length(), i + 200));
    }

    @AfterAll
    static void report() {
        for (int i = 0; i < STAGES.length; i++) {
            System.out.println(STAGES[i] + ": " + PASSED[i] + "/" + TOTAL[i] + " match");
        }
    }
}
