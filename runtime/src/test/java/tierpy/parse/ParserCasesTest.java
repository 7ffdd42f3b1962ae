package tierpy.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tierpy.ast.AstDump;

/**
 * Constructs the corpus lacks. Each cases/NAME.py has NAME.dump: ast.dump(tree,
 * include_attributes=True) with 3.14's show_empty=False rules, produced by CPython 3.11 for syntax
 * whose AST and positions did not change since (no f-strings, no 3.12+ syntax), or written by hand
 * from CPython 3.14's sources for newer syntax.
 */
class ParserCasesTest {
    static Path casesDirectory() throws URISyntaxException {
        URL url = ParserCasesTest.class.getResource("/tierpy/parse/cases");
        assertNotNull(url, "test resources tierpy/parse/cases are missing");
        return Path.of(url.toURI());
    }

    @TestFactory
    List<DynamicTest> cases() throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(casesDirectory())) {
            List<Path> programs = files.filter(f -> f.toString().endsWith(".py")).sorted().toList();
            System.out.println("parser cases: " + programs.size());
            return programs.stream().map(program -> DynamicTest.dynamicTest(program.getFileName().toString(), () -> {
                String expected = Files.readString(program.resolveSibling(
                        program.getFileName().toString().replace(".py", ".dump")));
                String actual = AstDump.dump(Parser.parse(Files.readString(program), "case.py", Mode.EXEC), true, true,
                        (String) null, false) + "\n";
                assertEquals(expected, actual);
            })).toList();
        }
    }
}
