package tierpy.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tierpy.modules.ProgramRunner;

/** An interrupt requested from another thread raises KeyboardInterrupt in running Python code within 100 ms. */
class InterruptTest {
    /** The first traceback loads and compiles its formatting code; that start-up cost is not interrupt latency. */
    @BeforeAll
    static void warmUpTracebacks() {
        StringBuffer err = new StringBuffer();
        ProgramRunner.run("raise KeyboardInterrupt\n", "<warm-up>", new String[] {"<warm-up>"}, new StringBuffer(), err,
                new AtomicReference<>());
        assertTrue(err.toString().endsWith("KeyboardInterrupt\n"), err.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "print('go')\nwhile True: pass\n",
        "def f(n):\n    while True: n += 1\nprint('go')\nf(0)\n",
        "def deep(n):\n    if n: deep(n - 1)\nprint('go')\nwhile True: deep(800)\n",
        "print('go')\nsum(range(10**9))\n",
        // a catastrophically backtracking regular expression polls the eval breaker too
        "import re\nprint('go')\nre.match(r'(.*a){15}b', 'a' * 40)\n"})
    void interruptRaisesKeyboardInterrupt(String program) throws Exception {
        AtomicReference<ThreadState> state = new AtomicReference<>();
        StringBuffer out = new StringBuffer();
        StringBuffer err = new StringBuffer();
        CompletableFuture<Integer> rc = CompletableFuture.supplyAsync(
                () -> ProgramRunner.run(program, "<interrupt>", new String[] {"<interrupt>"}, out, err, state));
        while (out.indexOf("go") < 0) Thread.onSpinWait();
        Thread.sleep(200);
        long start = System.nanoTime();
        state.get().interrupt();
        int status = rc.get(5, TimeUnit.SECONDS);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(130, status, err.toString()); // KeyboardInterrupt ends the process as SIGINT would
        assertTrue(err.toString().endsWith("KeyboardInterrupt\n"), err.toString());
        assertTrue(millis < 100, "KeyboardInterrupt took " + millis + " ms");
    }
}
