package tierpy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MainTest {
    @Test
    void unknownOptionIsAUsageError() {
        assertEquals(2, Main.run(new String[] {"--no-such-option"}));
    }

    @Test
    void missingArgumentToDashCIsAUsageError() {
        assertEquals(2, Main.run(new String[] {"-c"}));
    }

    @Test
    void missingArgumentToDashWIsAUsageError() {
        assertEquals(2, Main.run(new String[] {"-W"}));
    }

    @Test
    void dashOSkipsAssertions() {
        try {
            assertEquals(1, Main.run(new String[] {"-c", "assert False"}));
            assertEquals(0, Main.run(new String[] {"-O", "-c", "import sys\nassert False\nassert sys.flags.optimize == 1 or 0"}));
            assertEquals(0, Main.run(new String[] {"-OO", "-c", "def f():\n    'doc'\nif f.__doc__ is not None or __debug__: raise SystemExit(3)"}));
        } finally {
            tierpy.vm.Compile.setOptimizeLevel(0);
        }
    }
}
