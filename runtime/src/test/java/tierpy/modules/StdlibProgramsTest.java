package tierpy.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The standard-library modules' own Python test programs (resources tierpy/stdlib/*.py) with
 * inline expectations in the style of craftinginterpreters: each {@code # expect: text} comment is
 * one expected line of stdout, in order; the program must exit with status 0. Also runs the
 * benchmark programs of ../shared/bench at the README's small sizes against their checksums.
 */
class StdlibProgramsTest {
    private static final Pattern EXPECT = Pattern.compile("# expect: ?(.*)$");

    record Outcome(int status, String out, String err) {}

    static Outcome run(String source, String filename, String... args) {
        StringBuilder out = new StringBuilder(), err = new StringBuilder();
        String[] argv = new String[args.length + 1];
        argv[0] = filename;
        System.arraycopy(args, 0, argv, 1, args.length);
        int status = ProgramRunner.run(source, filename, argv, out, err);
        return new Outcome(status, out.toString(), err.toString());
    }

    @TestFactory
    Stream<DynamicTest> programs() throws IOException, URISyntaxException {
        Path dir = Path.of(StdlibProgramsTest.class.getResource("/tierpy/stdlib").toURI());
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        System.out.println("stdlib programs: " + files.size());
        return files.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            String source = Files.readString(p, StandardCharsets.UTF_8);
            List<String> expected = new ArrayList<>();
            for (String line : source.split("\n", -1)) {
                Matcher m = EXPECT.matcher(line);
                if (m.find()) expected.add(m.group(1));
            }
            Outcome o = run(source, p.getFileName().toString());
            assertEquals("", o.err(), "stderr");
            assertEquals(0, o.status(), "exit status");
            assertEquals(String.join("\n", expected) + (expected.isEmpty() ? "" : "\n"), o.out());
        }));
    }

    /** The bench README's quick-check table: arguments and the exact line each prints. */
    private static final String[][] BENCH = {
        {"nbody.py 2000", "nbody steps=2000 e0=-0.378171239 e1=-0.378171079"},
        {"fannkuch.py 7 1", "fannkuch n=7 rounds=1 perms=5040 checksum=-18 maxflips=16"},
        {"spectral_norm.py 60", "spectral_norm n=60 value=1.274206094"},
        {"richards.py 2", "richards iterations=2 sends=46492 holds=18594 switches=131590 printed=250832"},
        {"nqueens.py 7 1", "nqueens n=7 rounds=1 solutions=40 weight=19463863"},
        {"fib_recursive.py 18", "fib_recursive n=18 value=2584"},
        {"int_loop.py 50000", "int_loop n=50000 a=52198014962 b=612085030 check=3842845556"},
        {"dict_str.py 20000", "dict_str n=20000 size=6667 hits=23336 misses=13333 total=199990000 words=5000 score=65155 rlen=56488 tags=95857"},
    };

    @TestFactory
    Stream<DynamicTest> benchChecksums() {
        Path bench = Path.of(System.getProperty("tierpy.shared"), "bench");
        return Stream.of(BENCH).map(row -> DynamicTest.dynamicTest(row[0], () -> {
            String[] words = row[0].split(" ");
            String file = words[0];
            String[] args = new String[words.length - 1];
            System.arraycopy(words, 1, args, 0, args.length);
            String source = Files.readString(bench.resolve(file), StandardCharsets.UTF_8);
            Outcome o = run(source, file, args);
            assertEquals("", o.err(), "stderr");
            assertEquals(row[1] + "\n", o.out());
        }));
    }
}
