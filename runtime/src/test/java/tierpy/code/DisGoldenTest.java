package tierpy.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tierpy.compile.Compiler;

/**
 * Every corpus program's dis.dis(compile(src, "NNN_name.py", "exec")) output, plain
 * (*.dis.txt, and *.m-dis.txt for python -m dis) and with show_caches (*.dis-caches.txt), byte for
 * byte after code addresses are normalised to 0xADDR. Cases still failing are listed in
 * dis-known-failures.txt; a listed case that passes fails the build so the list only shrinks.
 */
class DisGoldenTest {
    private static final Path CORPUS = Path.of(System.getProperty("tierpy.shared"), "cpython314", "corpus");
    private static final List<String> passed = new ArrayList<>();
    private static final List<String> failed = new ArrayList<>();

    static String normalize(String text) {
        return text.replaceAll("(<code object \\S+ at )0x[0-9a-f]+", "$10xADDR");
    }

    static Set<String> knownFailures() throws IOException {
        Set<String> known = new TreeSet<>();
        try (InputStream in = DisGoldenTest.class.getResourceAsStream("dis-known-failures.txt")) {
            if (in == null) return known;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) known.add(line);
            }
        }
        return known;
    }

    private record Stage(String suffix, Dis.Options options) {}

    @TestFactory
    Stream<DynamicTest> corpus() throws IOException {
        Set<String> known = knownFailures();
        List<Path> programs;
        try (Stream<Path> files = Files.list(CORPUS)) {
            programs = files.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        List<Stage> stages = List.of(new Stage(".dis.txt", Dis.Options.DEFAULT),
                new Stage(".m-dis.txt", Dis.Options.DEFAULT),
                new Stage(".dis-caches.txt", new Dis.Options(true, false, false, false, null)));
        List<DynamicTest> tests = new ArrayList<>();
        for (Stage stage : stages) {
            for (Path program : programs) {
                String base = program.getFileName().toString().replace(".py", "");
                Path golden = CORPUS.resolve(base + stage.suffix());
                if (!Files.exists(golden)) continue;
                String id = base + stage.suffix();
                tests.add(DynamicTest.dynamicTest(id, () -> check(id, program, golden, stage.options(), known.contains(id))));
            }
        }
        return tests.stream();
    }

    private static void check(String id, Path program, Path golden, Dis.Options options, boolean knownFailure)
            throws IOException {
        String expected = Files.readString(golden, StandardCharsets.UTF_8);
        String actual;
        try {
            String source = Files.readString(program, StandardCharsets.UTF_8);
            actual = normalize(Dis.dis(Compiler.compile(source, program.getFileName().toString(), "exec", 0).code(), options));
        } catch (RuntimeException e) {
            actual = "compile failed: " + e;
        }
        boolean ok = expected.equals(actual);
        synchronized (DisGoldenTest.class) {
            (ok ? passed : failed).add(id);
        }
        if (ok && knownFailure) fail(id + " passes but is listed in dis-known-failures.txt: remove it from the list");
        if (!ok && !knownFailure) assertEquals(expected, actual, id);
    }

    @AfterAll
    static void report() {
        System.out.println("dis goldens: " + passed.size() + "/" + (passed.size() + failed.size()) + " match");
    }
}
