package tierpy.kernel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tierpy.kernel.transport.ConnectionInfo;
import tierpy.kernel.transport.KernelClient;
import tierpy.kernel.wire.Message;

/**
 * Starts a kernel in a child process, as a Jupyter frontend would: a fresh connection file with
 * free loopback ports and a random key, then {@code tierpy -m tierpy_kernel -f FILE} (the launcher
 * under {@code tierpy.home}, or this very JVM's command line when there is none).
 */
public final class KernelLauncher implements AutoCloseable {
    private final ConnectionInfo connection;
    private final Path connectionFile;
    private final Process process;

    private KernelLauncher(ConnectionInfo connection, Path connectionFile, Process process) {
        this.connection = connection;
        this.connectionFile = connectionFile;
        this.process = process;
    }

    /** Starts a tierpy kernel whose working directory is {@code directory}, as nbclient runs it beside the notebook. */
    public static KernelLauncher start(Path directory) throws IOException {
        return start(directory, tierpyArgv());
    }

    /** Starts any kernel from a kernelspec-style argv, {@code {connection_file}} standing for the file. */
    public static KernelLauncher start(Path directory, List<String> argv) throws IOException {
        ConnectionInfo connection = ConnectionInfo.freeLoopback("tierpy");
        Path file = Files.createTempFile("kernel-tierpy-", ".json");
        connection.write(file);
        List<String> command = argv.stream().map(arg -> arg.replace("{connection_file}", file.toString())).toList();
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        // ipykernel's debugger otherwise warns about frozen modules on every start
        builder.environment().putIfAbsent("PYDEVD_DISABLE_FILE_VALIDATION", "1");
        String stateDir = System.getProperty("tierpy.state");
        if (stateDir != null) builder.environment().put("TIERPY_STATE_DIR", stateDir);
        builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.redirectError(ProcessBuilder.Redirect.INHERIT);
        return new KernelLauncher(connection, file, builder.start());
    }

    static List<String> tierpyArgv() {
        List<String> command = new ArrayList<>();
        String home = System.getProperty("tierpy.home");
        if (home != null && Files.isExecutable(Path.of(home, "tierpy"))) {
            command.add(Path.of(home, "tierpy").toString());
        } else {
            command.add(ProcessHandle.current().info().command().orElse("java"));
            command.add("-Xss16m");
            command.add("-cp");
            command.add(System.getProperty("java.class.path"));
            command.add("tierpy.cli.Main");
        }
        command.addAll(List.of("-m", "tierpy_kernel", "-f", "{connection_file}"));
        return command;
    }

    /**
     * Waits for the kernel's first kernel_info_reply, giving up at once if the process dies.
     *
     * @throws IOException when the kernel exits or does not answer within {@code timeoutMillis}
     */
    public Message awaitReady(KernelClient client, long timeoutMillis)
            throws IOException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (System.currentTimeMillis() < deadline) {
            Message info = client.waitForReady(500);
            if (info != null) return info;
            if (!process.isAlive()) throw new IOException("the kernel exited with status " + process.exitValue() + " before answering");
        }
        throw new IOException("the kernel did not answer kernel_info within " + timeoutMillis / 1000 + " s");
    }

    public ConnectionInfo connection() {
        return connection;
    }

    public Process process() {
        return process;
    }

    /** Waits briefly for the kernel to exit after a shutdown_request, then makes sure it has. */
    @Override
    public void close() throws IOException {
        try {
            if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) process.destroyForcibly().waitFor();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        Files.deleteIfExists(connectionFile);
    }
}
