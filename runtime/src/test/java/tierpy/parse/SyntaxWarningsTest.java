package tierpy.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The parser's SyntaxWarnings for invalid escape sequences (Parser/string_parser.c). */
class SyntaxWarningsTest {
    private static List<String> warnings(String source) {
        List<String> seen = new ArrayList<>();
        Parser.parse(source, "w.py", Mode.EXEC, (message, lineno, col) -> seen.add(lineno + ":" + col + " " + message));
        return seen;
    }

    @Test
    void invalidEscape() {
        assertEquals(List.of("1:4 \"\\d\" is an invalid escape sequence. Such sequences will not work in the future. "
                + "Did you mean \"\\\\d\"? A raw string is also an option."), warnings("x = '\\d\\w'\n"));
    }

    @Test
    void invalidOctalEscapeInBytes() {
        assertEquals(List.of("1:0 \"\\477\" is an invalid octal escape sequence. Such sequences will not work in the "
                + "future. Did you mean \"\\\\477\"? A raw string is also an option."), warnings("b'\\477'\n"));
    }

    /** lexer.c: verify_end_of_number warns when a keyword is glued to a number. */
    @Test
    void keywordGluedToNumber() {
        assertEquals(List.of("1:5 invalid decimal literal", "1:19 invalid hexadecimal literal"),
                warnings("x = [1if y else 2, 0x1for z in w]\n"));
    }

    @Test
    void rawStringsAndValidEscapesAreQuiet() {
        assertEquals(List.of(), warnings("x = r'\\d' + '\\n\\t\\x41' + f'{x}\\u00e9'\n"));
    }
}
