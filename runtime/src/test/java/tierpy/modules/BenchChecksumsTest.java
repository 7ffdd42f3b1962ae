package tierpy.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The benchmark programs of ../shared/bench at the README's quick-check sizes: each must print its
 * exact checksum line (they import only sys, math and __future__).
 */
class BenchChecksumsTest {
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
            String[] argv = new String[words.length];
            argv[0] = file;
            System.arraycopy(args, 0, argv, 1, args.length);
            String source = Files.readString(bench.resolve(file), StandardCharsets.UTF_8);
            StringBuilder out = new StringBuilder(), err = new StringBuilder();
            int rc = ProgramRunner.run(source, file, argv, out, err, 60_000);
            assertEquals(row[1] + "\n", out.toString(), file + " stdout; stderr was:\n" + err);
            assertEquals(0, rc, file + " exit status; stderr was:\n" + err);
        }));
    }
}
