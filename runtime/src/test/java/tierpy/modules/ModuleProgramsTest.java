package tierpy.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import tierpy.vm.Runner;
import tierpy.vm.ThreadState;

/**
 * The modules ast, dis, annotationlib and string.templatelib as programs see them: the corpus
 * programs that import them against CPython 3.14's stdout, stderr and exit status (failures still
 * expected are listed in modules-corpus-known-failures.txt, which may only shrink), and our own
 * programs under tierpy/programs with inline {@code # expect: } lines.
 */
class ModuleProgramsTest {
    static final Path CORPUS = Path.of(System.getProperty("tierpy.shared"), "cpython314", "corpus");
    static final Path ROOT = Path.of(System.getProperty("tierpy.root"), "runtime/src/test/resources/tierpy");
    static final Pattern USES_MODULES = Pattern.compile(
            "(?m)^\\s*(import|from)\\s+(ast|dis|annotationlib|string\\.templatelib)\\b");
    static final Pattern OWN_PROGRAMS = Pattern.compile("(ast|dis|tstrings).*\\.py");
    static final String MARK = "# expect: ";
    static final AtomicInteger PASSED = new AtomicInteger();
    static final AtomicInteger TOTAL = new AtomicInteger();

    record Run(String out, String err, int rc) {}

    /** Runs a program in-process; after 30 s it gets a KeyboardInterrupt so a VM hang fails, not blocks. */
    static Run run(String source, String name) {
        StringBuilder out = new StringBuilder();
        StringBuilder err = new StringBuilder();
        AtomicReference<ThreadState> state = new AtomicReference<>();
        Thread watchdog = Thread.ofPlatform().daemon().start(() -> {
            try {
                Thread.sleep(30_000);
                if (state.get() != null) state.get().interrupt();
            } catch (InterruptedException e) {
                // the program ended first
            }
        });
        try {
            int rc = Runner.onInterpreterThread(
                    () -> ProgramRunner.runHere(source, name, new String[] {name}, out, err), state);
            return new Run(out.toString(), err.toString(), rc);
        } finally {
            watchdog.interrupt();
        }
    }

    @TestFactory
    Stream<DynamicTest> corpus() throws IOException {
        List<String> lines = Files.readAllLines(ROOT.resolve("modules/modules-corpus-known-failures.txt")).stream()
                .map(String::strip).filter(s -> !s.isEmpty() && !s.startsWith("#")).toList();
        Set<String> known = lines.stream().map(s -> s.split("\\s+")[0]).collect(Collectors.toSet());
        // a VM hang (no eval-breaker check on its path) cannot be interrupted; such programs count as failing
        Set<String> hanging = lines.stream().filter(s -> s.contains("# hangs")).map(s -> s.split("\\s+")[0])
                .collect(Collectors.toSet());
        List<Path> programs;
        try (Stream<Path> files = Files.list(CORPUS)) {
            programs = files.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        List<Path> using = programs.stream().filter(p -> USES_MODULES.matcher(read(p)).find()).toList();
        assertFalse(using.isEmpty(), "no corpus program imports ast, dis, annotationlib or string.templatelib");
        return using.stream().map(program -> DynamicTest.dynamicTest(program.getFileName().toString(), () -> {
            String name = program.getFileName().toString();
            String stem = name.replace(".py", "");
            TOTAL.incrementAndGet();
            if (hanging.contains(stem)) {
                System.out.println(stem + ": not run, listed as hanging in modules-corpus-known-failures.txt");
                return;
            }
            Run run = run(read(program), name);
            String out = read(CORPUS.resolve(stem + ".out.txt"));
            String err = read(CORPUS.resolve(stem + ".err.txt"));
            int rc = Integer.parseInt(read(CORPUS.resolve(stem + ".rc")).strip());
            boolean ok = run.out.equals(out) && run.err.equals(err) && run.rc == rc;
            if (ok) PASSED.incrementAndGet();
            if (known.contains(stem)) {
                if (ok) fail(stem + " passes now: remove it from modules-corpus-known-failures.txt");
                return;
            }
            assertEquals(out, run.out, stem + " stdout; stderr was:\n" + run.err);
            assertEquals(err, run.err, stem + " stderr");
            assertEquals(rc, run.rc, stem + " exit status");
        }));
    }

    @TestFactory
    Stream<DynamicTest> programs() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(ROOT.resolve("programs"))) {
            files = s.filter(p -> OWN_PROGRAMS.matcher(p.getFileName().toString()).matches()).sorted().toList();
        }
        assertFalse(files.isEmpty(), "no module test programs");
        return files.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            String source = read(p);
            StringBuilder expected = new StringBuilder();
            for (String line : source.lines().toList()) {
                int at = line.indexOf(MARK);
                if (at >= 0) expected.append(line.substring(at + MARK.length())).append('\n');
            }
            Run run = run(source, p.getFileName().toString());
            assertEquals(expected.toString(), run.out, p.getFileName() + " stdout; stderr was:\n" + run.err);
            assertEquals(0, run.rc, p.getFileName() + " exit status; stderr was:\n" + run.err);
        }));
    }

    @AfterAll
    static void report() {
        System.out.println("modules corpus .out.txt: " + PASSED.get() + "/" + TOTAL.get() + " match");
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
