package tierpy.kernel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import tierpy.embed.Sessions;
import tierpy.kernel.core.Kernel;
import tierpy.kernel.runner.NotebookRunner;
import tierpy.kernel.transport.ConnectionInfo;

/**
 * {@code tierpy -m tierpy_kernel}: {@code -f CONNECTION_FILE} runs the kernel; {@code install}
 * writes a kernelspec; {@code execute} runs a notebook headless; {@code bench} prints startup and
 * round-trip figures; {@code train} exercises a kernel for the class-data sharing archive.
 */
public final class KernelCommand {
    static final String USAGE = """
            usage: tierpy -m tierpy_kernel -f CONNECTION_FILE
                   tierpy -m tierpy_kernel install [--user|--sys-prefix|--prefix P] [--name N] [--display-name D]
                   tierpy -m tierpy_kernel execute NOTEBOOK.ipynb [--output OUT.ipynb] [--allow-errors] [--timeout S]
                   tierpy -m tierpy_kernel bench [--runs N] [--starts N] [--no-compare] [--argv KERNEL ARGV WITH {connection_file}]
                   tierpy -m tierpy_kernel train      (a short in-process session, for the class-data sharing archive)
            """;

    private KernelCommand() {}

    public static int main(String[] args) {
        if (args.length == 0) return usage("no command given");
        try {
            return switch (args[0]) {
                case "install" -> KernelspecInstaller.run(Arrays.copyOfRange(args, 1, args.length));
                case "execute" -> NotebookRunner.run(Arrays.copyOfRange(args, 1, args.length));
                case "bench" -> KernelBench.run(Arrays.copyOfRange(args, 1, args.length));
                case "train" -> KernelTraining.run();
                case "-h", "--help" -> {
                    System.out.print(USAGE);
                    yield 0;
                }
                default -> runKernel(args);
            };
        } catch (IOException e) {
            System.err.println("tierpy_kernel: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }

    private static int runKernel(String[] args) throws IOException, InterruptedException {
        String file = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("-f") && i + 1 < args.length) file = args[++i];
            else if (args[i].startsWith("--f=")) file = args[i].substring(4);
            else if (args[i].startsWith("-f") && args[i].length() > 2) file = args[i].substring(2);
        }
        if (file == null) return usage("missing -f CONNECTION_FILE");
        ConnectionInfo connection = ConnectionInfo.read(Path.of(file));
        Kernel kernel = Kernel.start(connection, Sessions::open, stateDirectory());
        handleSigint(kernel);
        stopWithParent(kernel);
        kernel.awaitShutdown();
        return 0;
    }

    /** interrupt_mode "signal": SIGINT interrupts the running cell instead of ending the process. */
    private static void handleSigint(Kernel kernel) {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("INT"), signal -> kernel.interrupt());
        } catch (IllegalArgumentException e) {
            tierpy.kernel.wire.Log.warn("SIGINT cannot be handled here: " + e.getMessage());
        }
    }

    /**
     * Jupyter names the frontend's process in JPY_PARENT_PID; when it dies the kernel goes too (as
     * ipykernel's ParentPollerUnix does), instead of lingering as an orphan JVM.
     */
    private static void stopWithParent(Kernel kernel) {
        String parent = System.getenv("JPY_PARENT_PID");
        if (parent == null || !parent.matches("\\d+")) return;
        Runnable orphaned = () -> {
            tierpy.kernel.wire.Log.warn("the frontend (pid " + parent + ") exited; shutting down");
            kernel.stop();
        };
        ProcessHandle.of(Long.parseLong(parent)).ifPresentOrElse(handle -> handle.onExit().thenRun(orphaned), orphaned);
    }

    /** Where history lives: {@code tierpy.state}, {@code $TIERPY_STATE_DIR}, else the XDG data directory. */
    static Path stateDirectory() {
        String property = System.getProperty("tierpy.state");
        if (property != null) return Path.of(property);
        String env = System.getenv("TIERPY_STATE_DIR");
        if (env != null && !env.isEmpty()) return Path.of(env);
        String xdg = System.getenv("XDG_DATA_HOME");
        Path data = xdg != null && !xdg.isEmpty() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "share");
        return data.resolve("tierpy");
    }

    private static int usage(String message) {
        System.err.print("tierpy_kernel: " + message + "\n" + USAGE);
        return 2;
    }
}
