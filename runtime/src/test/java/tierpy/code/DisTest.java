package tierpy.code;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tierpy.compile.Compiler;

/** dis's formatting options and helpers on small code objects (expected text follows Lib/dis.py's Formatter). */
class DisTest {
    private static final CodeObject X_EQUALS_1 = Compiler.compile("x = 1\n", "t.py", "exec", 0).code();

    @Test
    void showOffsets() {
        assertEquals("  0          0       RESUME                   0\n\n"
                + "  1          2       LOAD_SMALL_INT           1\n"
                + "             4       STORE_NAME               0 (x)\n"
                + "             6       LOAD_CONST               1 (None)\n"
                + "             8       RETURN_VALUE\n",
                Dis.dis(X_EQUALS_1, new Dis.Options(false, false, true, false, null)));
    }

    @Test
    void showPositions() {
        assertEquals("0:0-1:0            RESUME                   0\n\n"
                + "1:4-1:5            LOAD_SMALL_INT           1\n"
                + "1:0-1:1            STORE_NAME               0 (x)\n"
                + "1:0-1:1            LOAD_CONST               1 (None)\n"
                + "1:0-1:1            RETURN_VALUE\n",
                Dis.dis(X_EQUALS_1, new Dis.Options(false, false, false, true, null)));
    }

    @Test
    void codeInfoAndFlags() {
        CodeObject module = Compiler.compile("def f(a, *b):\n    return a\n", "t.py", "exec", 0).code();
        CodeObject f = (CodeObject) module.consts.stream().filter(c -> c instanceof CodeObject).findFirst().orElseThrow();
        assertEquals("Name:              f\n"
                + "Filename:          t.py\n"
                + "Argument count:    1\n"
                + "Positional-only arguments: 0\n"
                + "Kw-only arguments: 0\n"
                + "Number of locals:  2\n"
                + "Stack size:        1\n"
                + "Flags:             OPTIMIZED, NEWLOCALS, VARARGS\n"
                + "Constants:\n"
                + "   0: None\n"
                + "Variable names:\n"
                + "   0: a\n"
                + "   1: b", Dis.codeInfo(f));
        assertEquals("OPTIMIZED, NEWLOCALS, 0x400", Dis.prettyFlags(0x403));
    }

    @Test
    void lineStartsAndLabels() {
        CodeObject co = Compiler.compile("for i in range(3):\n    pass\n", "t.py", "exec", 0).code();
        Map<Integer, Integer> starts = Dis.findLineStarts(co);
        assertEquals(List.of(0, 1), starts.values().stream().distinct().limit(2).toList());
        List<Integer> labels = Dis.findLabels(Dis.deoptimizedCode(co));
        assertEquals(2, labels.size());
        for (int target : labels) {
            assertEquals(true, Dis.getInstructions(co, false).stream().anyMatch(i -> i.offset() == target));
        }
    }

    @Test
    void disCommandOnAFile() throws Exception {
        Path shared = Path.of(System.getProperty("tierpy.shared"), "cpython314", "corpus");
        Path program = shared.resolve("017_control_flow.py");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int rc = runDis(new String[] {program.toString()}, out);
        assertEquals(0, rc);
        String expected = Files.readString(shared.resolve("017_control_flow.m-dis.txt"))
                .replace("file \"017_control_flow.py\"", "file \"" + program + "\"");
        assertEquals(expected, DisGoldenTest.normalize(out.toString(StandardCharsets.UTF_8)));
    }

    @Test
    void disCommandRejectsUnknownOptions() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = tierpy.modules.DisCommandAccess.run(new String[] {"-Z"}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err), new ByteArrayInputStream(new byte[0]));
        assertEquals(2, rc);
        assertEquals("usage: python -m dis [-h] [-C] [-O] [-P] [-S] [infile]\n"
                + "python -m dis: error: unrecognized arguments: -Z\n", err.toString(StandardCharsets.UTF_8));
    }

    private static int runDis(String[] args, ByteArrayOutputStream out) {
        return tierpy.modules.DisCommandAccess.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream()), new ByteArrayInputStream(new byte[0]));
    }
}
