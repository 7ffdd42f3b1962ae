package tierpy.kernel;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** One in-process kernel shared by a test class's tests (each test waits for its requests' idle). */
public abstract class SharedKernelTest {
    @TempDir
    protected static Path state;
    protected static KernelHarness kernel;

    @BeforeAll
    static void startKernel() throws Exception {
        kernel = new KernelHarness(state);
    }

    @AfterAll
    static void stopKernel() throws Exception {
        kernel.close();
    }
}
