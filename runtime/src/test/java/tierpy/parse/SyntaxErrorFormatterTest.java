package tierpy.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The traceback text of SyntaxErrors, as CPython 3.14 prints it for `python3.14 x.py`. */
class SyntaxErrorFormatterTest {
    private static String formatted(String source) {
        PySyntaxError error = assertThrows(PySyntaxError.class, () -> Parser.parse(source, "x.py", Mode.EXEC));
        return SyntaxErrorFormatter.format(error);
    }

    @Test
    void missingColon() {
        assertEquals("""
                  File "x.py", line 1
                    if x
                        ^
                SyntaxError: expected ':'
                """, formatted("if x\n    pass\n"));
    }

    @Test
    void rangeUnderIndentedLine() {
        assertEquals("""
                  File "x.py", line 2
                    f() = 1
                    ^^^
                SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='?
                """, formatted("if 1:\n    f() = 1\n"));
    }

    @Test
    void neverClosedHasNoEnd() {
        assertEquals("""
                  File "x.py", line 1
                    print("hello"
                         ^
                SyntaxError: '(' was never closed
                """, formatted("print(\"hello\"\n"));
    }

    @Test
    void unexpectedIndent() {
        assertEquals("""
                  File "x.py", line 2
                    bar()
                IndentationError: unexpected indent
                """, formatted("foo()\n  bar()\n"));
    }

    @Test
    void wideCharactersCountAsOneColumn() {
        assertEquals("""
                  File "x.py", line 1
                    é = 1 €
                          ^
                SyntaxError: invalid character '€' (U+20AC)
                """, formatted("é = 1 €\n"));
    }
}
