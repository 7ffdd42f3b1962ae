package tierpy.parse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tierpy.ast.AstDump;
import tierpy.ast.Unparser;

/** For every corpus program: parse, ast.unparse, parse again; the two dumps must be equal. */
class UnparseRoundTripTest {
    private static final KnownFailures KNOWN = new KnownFailures("/tierpy/parse/unparse-roundtrip-known-failures.txt");
    private static final AtomicInteger PASSED = new AtomicInteger();
    private static final AtomicInteger TOTAL = new AtomicInteger();

    @TestFactory
    List<DynamicTest> roundTrips() throws IOException {
        return AstGoldenTest.programs().stream().map(program -> DynamicTest.dynamicTest(
                program.getFileName().toString(), () -> check(program))).toList();
    }

    private static void check(Path program) throws IOException {
        TOTAL.incrementAndGet();
        String name = program.getFileName().toString();
        String expected = AstDump.dump(Parser.parse(Files.readString(program), name, Mode.EXEC));
        String unparsed = null;
        String actual;
        try {
            unparsed = Unparser.unparse(Parser.parse(Files.readString(program), name, Mode.EXEC));
            actual = AstDump.dump(Parser.parse(unparsed, name, Mode.EXEC));
        } catch (RuntimeException e) {
            actual = "exception: " + e + "\nunparsed:\n" + unparsed;
        }
        boolean passed = expected.equals(actual);
        if (passed) {
            PASSED.incrementAndGet();
        }
        KNOWN.check(name, passed, AstGoldenTest.firstDifference(expected, actual));
    }

    @AfterAll
    static void report() {
        System.out.println("unparse round trip: " + PASSED + "/" + TOTAL + " match");
    }
}
