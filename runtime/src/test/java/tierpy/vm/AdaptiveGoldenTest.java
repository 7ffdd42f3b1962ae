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
 * The hot-loop corpus programs run as the goldens were made (compile, exec in a fresh {@code __main__}
 * namespace with stdout captured, then {@code dis.dis(code, adaptive=True)}); the specialized
 * bytecode must match CPython 3.14's {@code .adaptive.txt}. Code addresses are normalised and the two
 * LOAD_CONST forms count as one, as the corpus README says. Programs still differing are listed in
 * adaptive-known-failures.txt, which may only shrink.
 */
class AdaptiveGoldenTest {
    static final Path KNOWN = Path.of(System.getProperty("tierpy.root"),
            "runtime/src/test/resources/tierpy/vm/adaptive-known-failures.txt");
    static final AtomicInteger PASSED = new AtomicInteger();
    static final AtomicInteger TOTAL = new AtomicInteger();
    static final Set<String> FAILING = new TreeSet<>();

    /** A Python string literal holding {@code s}. */
    static String literal(String s) {
        StringBuilder b = new StringBuilder("'");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\'' -> b.append("\\'");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> b.append(c);
            }
        }
        return b.append('\'').toString();
    }

    static String adaptiveDis(String source, String filename) {
        String driver = "import sys, dis, io\n"
                + "code = compile(" + literal(source) + ", " + literal(filename) + ", 'exec')\n"
                + "saved = sys.stdout\n"
                + "sys.stdout = io.StringIO()\n"
                + "try:\n"
                + "    exec(code, {'__name__': '__main__'})\n"
                + "finally:\n"
                + "    sys.stdout = saved\n"
                + "dis.dis(code, adaptive=True)\n";
        StringBuilder out = new StringBuilder();
        StringBuilder err = new StringBuilder();
        int rc = ProgramRunner.run(driver, "adaptive_driver.py", new String[] {filename}, out, err, 60_000);
        if (rc != 0) return "exit status " + rc + "\n" + err;
        return out.toString();
    }

    static String normalise(String dis) {
        return dis.replaceAll("0x[0-9a-f]+", "0xADDR").replace("LOAD_CONST_IMMORTAL", "LOAD_CONST_MORTAL  ");
    }

    @TestFactory
    Stream<DynamicTest> adaptive() throws IOException {
        Set<String> known = new TreeSet<>(Files.readAllLines(KNOWN));
        known.removeIf(String::isBlank);
        List<Path> goldens;
        try (Stream<Path> files = Files.list(CorpusGoldenTest.CORPUS)) {
            goldens = files.filter(p -> p.toString().endsWith(".adaptive.txt")).sorted().toList();
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (Path golden : goldens) {
            String name = golden.getFileName().toString().replace(".adaptive.txt", "");
            tests.add(DynamicTest.dynamicTest(name, () -> {
                TOTAL.incrementAndGet();
                String source = Files.readString(CorpusGoldenTest.CORPUS.resolve(name + ".py"), StandardCharsets.UTF_8);
                String expected = normalise(Files.readString(golden, StandardCharsets.UTF_8));
                String actual = normalise(adaptiveDis(source, name + ".py"));
                boolean ok = expected.equals(actual);
                if (ok) PASSED.incrementAndGet();
                else FAILING.add(name);
                if (known.contains(name)) {
                    if (ok) fail(name + " passes now: remove it from adaptive-known-failures.txt");
                    return;
                }
                assertEquals(expected, actual, name + ".adaptive.txt");
            }));
        }
        assertTrue(goldens.size() > 0, "no adaptive goldens under " + CorpusGoldenTest.CORPUS);
        return tests.stream();
    }

    /** With specialization off nothing is quickened: the adaptive view of a hot program is its plain dis. */
    @org.junit.jupiter.api.Test
    void unspecializedStaysGeneric() throws IOException {
        String name = "041_hot_numeric_loop";
        String source = Files.readString(CorpusGoldenTest.CORPUS.resolve(name + ".py"), StandardCharsets.UTF_8);
        String plain = Files.readString(CorpusGoldenTest.CORPUS.resolve(name + ".dis.txt"), StandardCharsets.UTF_8);
        boolean saved = Specializer.enabled;
        Specializer.enabled = false;
        try {
            assertEquals(normalise(plain), normalise(adaptiveDis(source, name + ".py")));
        } finally {
            Specializer.enabled = saved;
        }
    }

    @AfterAll
    static void report() throws IOException {
        System.out.println("adaptive.txt: " + PASSED.get() + "/" + TOTAL.get() + " match");
        if (Boolean.getBoolean("tierpy.regen")) Files.writeString(KNOWN, String.join("\n", FAILING) + "\n");
    }
}
