package tierpy.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A program's end as CPython's handle_system_exit and pymain_exit_err_print turn it into an exit status. */
class ExitStatusTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        import sys; sys.exit(3)                                   | 3   | ''
        raise SystemExit(None)                                    | 0   | ''
        raise SystemExit                                          | 0   | ''
        import sys; sys.exit('bye')                               | 1   | 'bye\n'
        import sys; sys.exit(True)                                | 1   | ''
        raise SystemExit(2, 'x')                                  | 1   | '(2, ''x'')\n'
        class I(int): pass\\nraise SystemExit(I(4))               | 4   | ''
        class E(SystemExit): code = property(lambda s: 6)\\nraise E | 6   | ''
        raise KeyboardInterrupt                                   | 130 | 'Traceback (most recent call last):\n  File "p.py", line 1, in <module>\n    raise KeyboardInterrupt\nKeyboardInterrupt\n'
        class K(KeyboardInterrupt): pass\\nraise K                | 1   | 'Traceback (most recent call last):\n  File "p.py", line 2, in <module>\n    raise K\nK\n'
        """)
    void exitStatus(String program, int status, String stderr) {
        StringBuffer out = new StringBuffer();
        StringBuffer err = new StringBuffer();
        int rc = ProgramRunner.run(program.replace("\\n", "\n") + "\n", "p.py", new String[] {"p.py"}, out, err);
        assertEquals(stderr.replace("\\n", "\n"), err.toString());
        assertEquals(status, rc, err.toString());
    }

    /** The parser's SyntaxWarnings reach stderr, also when a SyntaxError ends the compile. */
    @Test
    void parserWarningsAreReported() {
        StringBuffer err = new StringBuffer();
        int rc = ProgramRunner.run("x = '\\q'\ny = (\n", "p.py", new String[] {"p.py"}, new StringBuffer(), err);
        assertEquals(1, rc);
        assertEquals("p.py:1: SyntaxWarning: \"\\q\" is an invalid escape sequence. Such sequences will not work in the"
                + " future. Did you mean \"\\\\q\"? A raw string is also an option.\n  x = '\\q'\n",
                err.toString().substring(0, err.indexOf("  File")));
    }
}
