package tierpy.modules.re;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import tierpy.modules.ProgramRunner;
import tierpy.vm.ThreadState;

/** A catastrophically backtracking match stops with KeyboardInterrupt when interrupted. */
class ReInterruptTest {
    @Test
    void interruptStopsABacktrackingMatch() throws Exception {
        String program = "import re\nprint('go')\nre.match(r'(.*a){15}b', 'a' * 40)\n";
        AtomicReference<ThreadState> state = new AtomicReference<>();
        StringBuffer out = new StringBuffer();
        StringBuffer err = new StringBuffer();
        CompletableFuture<Integer> rc = CompletableFuture.supplyAsync(
                () -> ProgramRunner.run(program, "<re>", new String[] {"<re>"}, out, err, state));
        while (out.indexOf("go") < 0) Thread.onSpinWait();
        Thread.sleep(200);
        state.get().interrupt();
        int status = rc.get(5, TimeUnit.SECONDS);
        assertEquals(1, status, err.toString());
        assertTrue(err.toString().endsWith("KeyboardInterrupt\n"), err.toString());
    }
}
