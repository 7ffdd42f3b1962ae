package tierpy.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tierpy.parse.Mode;
import tierpy.parse.Parser;

/** Exact ast.unparse text for precedence, quoting, docstring and f-/t-string cases (unparse_cases.txt). */
class UnparserTest {
    private record Case(String name, String source, String expected) {}

    private static List<Case> cases() throws IOException {
        String text;
        try (InputStream in = Objects.requireNonNull(UnparserTest.class.getResourceAsStream("unparse_cases.txt"))) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Case> cases = new ArrayList<>();
        String name = null;
        StringBuilder source = new StringBuilder();
        StringBuilder expected = new StringBuilder();
        StringBuilder current = null;
        for (String line : text.split("\n")) {
            if (line.startsWith("### ")) {
                if (name != null) {
                    cases.add(new Case(name, chomp(source), chomp(expected)));
                }
                name = line.substring(4);
                source.setLength(0);
                expected.setLength(0);
                current = source;
            } else if (line.equals("---") && current == source) {
                current = expected;
            } else if (current != null) {
                current.append(line).append('\n');
            }
        }
        if (name != null) {
            cases.add(new Case(name, chomp(source), chomp(expected)));
        }
        return cases;
    }

    private static String chomp(StringBuilder text) {
        return text.isEmpty() ? "" : text.substring(0, text.length() - 1);
    }

    @TestFactory
    List<DynamicTest> unparseCases() throws IOException {
        List<Case> cases = cases();
        System.out.println("unparse_cases.txt: " + cases.size() + " cases");
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name() + ": " + c.source().lines().findFirst().orElse(""),
                () -> {
                    Mod tree = Parser.parse(c.source(), "<unknown>", Mode.EXEC);
                    String unparsed = Unparser.unparse(tree);
                    assertEquals(c.expected(), unparsed);
                    assertEquals(AstDump.dump(tree), AstDump.dump(Parser.parse(unparsed, "<unknown>", Mode.EXEC)),
                            "the unparsed text parses back to the same tree");
                })).toList();
    }

    @Test
    void constantsThatSourceCannotSpellDirectly() {
        assertEquals("1e309", Unparser.unparse(constant(Double.POSITIVE_INFINITY)));
        assertEquals("(1e309-1e309)", Unparser.unparse(constant(Double.NaN)));
        assertEquals("1e309j", Unparser.unparse(constant(new Imaginary(Double.POSITIVE_INFINITY))));
        assertEquals("-1", Unparser.unparse(constant(-1L)));
        assertEquals("", Unparser.unparse(new TypeIgnore(1, "")));
    }

    @Test
    void emptySetAndInteractiveSemicolons() {
        Expr emptySet = new Expr.Set(List.of(), 1, 0, 1, 2);
        assertEquals("{*()}", Unparser.unparse(emptySet));
        Mod interactive = Parser.parse("x = 1; y = 2\n", "<stdin>", Mode.SINGLE);
        assertEquals("x = 1; y = 2", Unparser.unparse(interactive));
    }

    @Test
    void expressionAndFunctionTypeModes() {
        assertEquals("(a, b)", Unparser.unparse(Parser.parse("a, b", "<unknown>", Mode.EVAL)));
        assertEquals("(int, str) -> bool", Unparser.unparse(Parser.parse("(int, str) -> bool", "<unknown>", Mode.FUNC_TYPE)));
    }

    private static Expr constant(Object value) {
        return new Expr.Constant(value, null, 1, 0, 1, 1);
    }
}
