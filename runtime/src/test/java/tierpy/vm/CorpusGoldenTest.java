package tierpy.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import tierpy.modules.ProgramRunner;

/**
 * Runs every corpus program in-process and compares stdout, stderr and the exit status with
 * CPython 3.14's. Programs still failing are listed in corpus-known-failures.txt; a listed program
 * that passes fails the build, so the list only shrinks.
 */
class CorpusGoldenTest {
    static final Path CORPUS = Path.of(System.getProperty("tierpy.shared"), "cpython314", "corpus");
    static final Path KNOWN = Path.of(System.getProperty("tierpy.root"),
            "runtime/src/test/resources/tierpy/vm/corpus-known-failures.txt");
    static final AtomicInteger PASSED = new AtomicInteger();
    static final AtomicInteger TOTAL = new AtomicInteger();
    static final Set<String> FAILING = new TreeSet<>();

    /** stdout, stderr and exit status of one program run. */
    record Run(String out, String err, int rc) {}

    static Run run(Path program) throws IOException {
        String source = Files.readString(program, StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder();
        StringBuilder err = new StringBuilder();
        String name = program.getFileName().toString();
        int rc = ProgramRunner.run(source, name, new String[] {name}, out, err, 30_000);
        return new Run(out.toString(), err.toString(), rc);
    }

    @TestFactory
    Stream<DynamicTest> corpus() throws IOException {
        Set<String> known = new TreeSet<>(Files.readAllLines(KNOWN));
        known.removeIf(String::isBlank);
        List<Path> programs;
        try (Stream<Path> files = Files.list(CORPUS)) {
            programs = files.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (Path program : programs) {
            String name = program.getFileName().toString().replace(".py", "");
            tests.add(DynamicTest.dynamicTest(name, () -> {
                TOTAL.incrementAndGet();
                Run run = run(program);
                String expectedOut = Files.readString(CORPUS.resolve(name + ".out.txt"), StandardCharsets.UTF_8);
                String expectedErr = Files.readString(CORPUS.resolve(name + ".err.txt"), StandardCharsets.UTF_8);
                int expectedRc = Integer.parseInt(Files.readString(CORPUS.resolve(name + ".rc")).trim());
                boolean ok = run.out.equals(expectedOut) && run.err.equals(expectedErr) && run.rc == expectedRc;
                if (ok) PASSED.incrementAndGet();
                else FAILING.add(name);
                if (known.contains(name)) {
                    if (ok) fail(name + " passes now: remove it from corpus-known-failures.txt");
                    return;
                }
                assertEquals(expectedOut, run.out, name + " stdout");
                assertEquals(expectedErr, run.err, name + " stderr");
                assertEquals(expectedRc, run.rc, name + " exit status");
            }));
        }
        assertTrue(programs.size() > 0, "no corpus programs under " + CORPUS);
        return tests.stream();
    }

    @AfterAll
    static void report() throws IOException {
        System.out.println("corpus programs: " + PASSED.get() + "/" + TOTAL.get() + " match stdout, stderr and exit status");
        if (Boolean.getBoolean("tierpy.regen")) Files.writeString(KNOWN, String.join("\n", FAILING) + "\n");
    }
}
