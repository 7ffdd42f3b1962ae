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
}
