package tierpy.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tierpy.ast.AstDump;

/**
 * The eval, single and func_type start rules. modes.txt holds repr(mode), repr(source) and the dump
 * (attributes included, 3.14's show_empty=False rules) that CPython 3.11 gives for these sources,
 * whose trees did not change since.
 */
class ParserModesTest {
    @TestFactory
    List<DynamicTest> modes() throws IOException {
        String text;
        try (InputStream in = ParserModesTest.class.getResourceAsStream("/tierpy/parse/modes.txt")) {
            assertNotNull(in, "modes.txt is missing");
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (String line : text.split("\n")) {
            String[] fields = line.split("\t");
            Mode mode = Mode.of(unquote(fields[0]));
            String source = unquote(fields[1]);
            tests.add(DynamicTest.dynamicTest(fields[0] + " " + fields[1], () -> assertEquals(fields[2],
                    AstDump.dump(Parser.parse(source, "<test>", mode), true, true, (String) null, false))));
        }
        return tests;
    }

    /** bad_single_statement, with CPython 3.11's position (unchanged in 3.14's pegen.c). */
    @Test
    void singleModeRejectsASecondStatement() {
        PySyntaxError error = assertThrows(PySyntaxError.class, () -> Parser.parse("x = 1\ny = 2\n", "<s>", Mode.SINGLE));
        assertEquals("multiple statements found while compiling a single statement 1 6 1 6",
                error.msg() + " " + error.lineno() + " " + error.offset() + " " + error.endLineno() + " " + error.endOffset());
    }

    /** Reads back a Python repr of a plain string (only the escapes \n, \\ and \' occur). */
    private static String unquote(String repr) {
        String body = repr.substring(1, repr.length() - 1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\') {
                char escaped = body.charAt(++i);
                out.append(escaped == 'n' ? '\n' : escaped);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
