package tierpy.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.StringReader;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** sys.stdin reads the host input that input() reads; posix errors carry Linux's errno and text. */
class StdinAndPosixTest {
    @AfterEach
    void restoreInput() {
        Input.setReader(null);
    }

    private static String run(String source) {
        StringBuilder out = new StringBuilder(), err = new StringBuilder();
        int rc = ProgramRunner.run(source, "<test>", new String[] {"<test>"}, out, err);
        assertEquals(0, rc, err.toString());
        return out.toString();
    }

    @Test
    void stdinSharesTheHostInputWithInput() {
        Input.setReader(new BufferedReader(new StringReader("first\nsecond\nthird\nlast")));
        String out = run("""
                import sys
                print(input('> '))
                print(repr(sys.stdin.readline()), repr(sys.stdin.read(3)))
                print([line for line in sys.stdin], repr(sys.stdin.readline()))
                """);
        assertEquals("> first\n'second\\n' 'thi'\n['rd\\n', 'last'] ''\n", out);
    }

    @Test
    void stdinReadsEverythingAndCloses() {
        Input.setReader(new BufferedReader(new StringReader("a\nb\n")));
        String out = run("""
                import sys
                print(repr(sys.stdin.read()), sys.stdin.name, sys.stdin.closed)
                sys.stdin.close()
                try:
                    sys.stdin.readline()
                except ValueError as e:
                    print(e)
                """);
        assertEquals("'a\\nb\\n' <stdin> False\nI/O operation on closed file.\n", out);
    }

    @Test
    void errnoTextsAreLinuxs() {
        assertEquals("No such file or directory", PosixModule.strerror(2));
        assertEquals("Directory not empty", PosixModule.strerror(39));
        assertEquals("Unknown error 4242", PosixModule.strerror(4242));
        String out = run("""
                import os
                for call in (lambda: os.stat('no/such/dir/file'), lambda: os.close(999), lambda: os.read(999, 1)):
                    try:
                        call()
                    except OSError as e:
                        print(type(e).__name__, e)
                """);
        assertEquals("FileNotFoundError [Errno 2] No such file or directory: 'no/such/dir/file'\n"
                + "OSError [Errno 9] Bad file descriptor\nOSError [Errno 9] Bad file descriptor\n", out);
    }
}
