package tierpy.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import tierpy.modules.ProgramRunner;

/**
 * Our own Python programs with their expected output inline, craftinginterpreters style: every
 * {@code # expect: text} comment is one line of stdout, in order; the program must exit with status 0.
 */
class ProgramsTest {
    static final Path DIR = Path.of(System.getProperty("tierpy.root"), "runtime/src/test/resources/tierpy/programs");
    static final String MARK = "# expect: ";

    @TestFactory
    Stream<DynamicTest> programs() throws IOException {
        return programs(true);
    }

    /** The same programs with the specializing interpreter off: every instruction stays generic. */
    @TestFactory
    Stream<DynamicTest> programsUnspecialized() throws IOException {
        return programs(false);
    }

    private static Stream<DynamicTest> programs(boolean specialize) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(DIR)) {
            files = s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        System.out.println("tierpy programs: " + files.size() + (specialize ? "" : " (specialization off)"));
        return files.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            String source = Files.readString(p, StandardCharsets.UTF_8);
            StringBuilder expected = new StringBuilder();
            for (String line : source.lines().toList()) {
                int at = line.indexOf(MARK);
                if (at >= 0) expected.append(line.substring(at + MARK.length())).append('\n');
            }
            StringBuilder out = new StringBuilder();
            StringBuilder err = new StringBuilder();
            String name = p.getFileName().toString();
            boolean saved = Specializer.enabled;
            Specializer.enabled = specialize;
            int rc;
            try {
                rc = ProgramRunner.run(source, name, new String[] {name}, out, err, 30_000);
            } finally {
                Specializer.enabled = saved;
            }
            assertEquals(expected.toString(), out.toString(), name + " stdout; stderr was:\n" + err);
            assertEquals(0, rc, name + " exit status; stderr was:\n" + err);
        }));
    }
}
