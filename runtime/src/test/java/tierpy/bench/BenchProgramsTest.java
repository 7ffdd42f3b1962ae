package tierpy.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import tierpy.bench.BenchPrograms.Outcome;
import tierpy.bench.BenchPrograms.Program;
import tierpy.parse.KnownFailures;

/**
 * Every program of ../shared/bench at its quick-check size, run in-process through the program
 * runner, must print the checksum line its README expects (correctness, not timing). Programs the
 * VM cannot run yet are listed in programs-known-failures.txt; a listed program that passes fails.
 */
class BenchProgramsTest {
    private static final Path DIR = Path.of(System.getProperty("tierpy.shared"), "bench");
    private static final KnownFailures KNOWN = new KnownFailures("/tierpy/bench/programs-known-failures.txt");
    private static final List<String> passed = new ArrayList<>();
    private static final List<String> failed = new ArrayList<>();

    @TestFactory
    Stream<DynamicTest> quickSizes() throws IOException {
        return BenchPrograms.load(DIR).quick().stream().map(program -> DynamicTest.dynamicTest(program.command(), () -> {
            String failure = BenchPrograms.runInProcess(DIR, program).failure(program);
            synchronized (BenchProgramsTest.class) {
                (failure == null ? passed : failed).add(program.command());
            }
            KNOWN.check(program.command(), failure == null, failure);
        }));
    }

    @AfterAll
    static void report() {
        System.out.println("bench programs (quick sizes): " + passed.size() + "/" + (passed.size() + failed.size())
                + " print their checksum");
    }

    @Test
    void readsBothTablesOfTheReadme() throws IOException {
        BenchPrograms.Suite suite = BenchPrograms.load(DIR);
        assertEquals(8, suite.full().size());
        assertEquals(suite.full().stream().map(Program::file).toList(), suite.quick().stream().map(Program::file).toList());
        Program nbody = suite.full().get(0);
        assertEquals(new Program("nbody.py", List.of(), "nbody steps=200000 e0=-0.378171239 e1=-0.378169329"), nbody);
        assertEquals(new Program("fannkuch.py", List.of("7", "1"),
                "fannkuch n=7 rounds=1 perms=5040 checksum=-18 maxflips=16"), suite.quick().get(1));
        assertEquals("fannkuch.py 7 1", suite.quick().get(1).command());
    }

    @Test
    void aReadmeWithoutTheTablesIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> BenchPrograms.parse("# Benchmark programs\n\nno tables\n"));
    }

    @Test
    void otherTablesAreIgnored() {
        String readme = "| program | size | expected |\n|---|---|---|\n| `a.py [n]` | 3 | `a n=3` |\n\n"
                + "| tool | use |\n|---|---|\n| `time` | timing |\n\n"
                + "| command arguments | expected output |\n|---|---|\n| `a.py 1` | `a n=1` |\n";
        BenchPrograms.Suite suite = BenchPrograms.parse(readme);
        assertEquals(List.of(new Program("a.py", List.of(), "a n=3")), suite.full());
        assertEquals(List.of(new Program("a.py", List.of("1"), "a n=1")), suite.quick());
    }

    @Test
    void aRunFailsOnAWrongLineOrAnErrorExit() {
        Program program = new Program("a.py", List.of("1"), "a n=1");
        assertNull(new Outcome(0, "a n=1\n", "", 0.1).failure(program));
        assertEquals("wrong checksum: printed 'a n=2', expected 'a n=1'", new Outcome(0, "a n=2\n", "", 0.1).failure(program));
        assertEquals("exit status 1: NameError: name 'x' is not defined",
                new Outcome(1, "a n=1\n", "Traceback (most recent call last):\n  File \"a.py\", line 1\n"
                        + "NameError: name 'x' is not defined\n", 0.1).failure(program));
    }

    @Test
    void optionsAndProgramSelection() throws IOException {
        ProgramsBench.Options options = ProgramsBench.Options.parse(new String[] {"--quick", "--dir", DIR.toString(), "nbody"});
        assertEquals(new ProgramsBench.Options(true, 3, DIR, true, List.of("nbody")), options);
        assertEquals(1, ProgramsBench.Options.parse(new String[] {"--no-in-process"}).runs());
        assertThrows(IllegalArgumentException.class, () -> ProgramsBench.Options.parse(new String[] {"--runs", "0"}));
        assertThrows(IllegalArgumentException.class, () -> ProgramsBench.Options.parse(new String[] {"--fast"}));
        List<Program> full = BenchPrograms.load(DIR).full();
        assertEquals(List.of("fib_recursive", "nbody"),
                ProgramsBench.select(full, List.of("fib_recursive.py", "nbody")).stream().map(Program::name).toList());
        assertThrows(IllegalArgumentException.class, () -> ProgramsBench.select(full, List.of("pystone")));
    }

    @Test
    void geometricMean() {
        assertEquals(4.0, ProgramsBench.geometricMean(List.of(2.0, 8.0)), 1e-12);
        assertNull(ProgramsBench.geometricMean(List.of()));
    }
}
