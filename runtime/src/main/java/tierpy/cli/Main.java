package tierpy.cli;

import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

/**
 * The {@code tierpy} command line, shaped like {@code python3.14}'s (Modules/main.c: pymain_run_python).
 * Options it does not know get CPython's usage error and exit code 2.
 */
public final class Main {
    /** Modules runnable with {@code -m}, by module name: a class with {@code static int main(String[])}. */
    private static final Map<String, String> MODULE_MAINS = Map.of(
            "ast", "tierpy.modules.AstCommand",
            "dis", "tierpy.modules.DisCommand",
            "tierpy_kernel", "tierpy.kernel.KernelCommand",
            "tierpy_bench", "tierpy.bench.BenchCommand");

    static final String USAGE = "usage: tierpy [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
            + "Try `python -h' for more information.\n";

    private Main() {}

    public static void main(String[] args) {
        String unbuffered = System.getenv("PYTHONUNBUFFERED");
        System.setOut(stdout((unbuffered == null || unbuffered.isEmpty()) && !isTerminal("/proc/self/fd/1")));
        System.setErr(new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8));
        int rc;
        try {
            rc = run(args);
        } catch (Throwable t) {
            System.err.println("tierpy: internal error: " + t);
            rc = 1;
        }
        System.out.flush();
        // Runtime.exit first asks for the "java.lang.Runtime" System.Logger (JDK 21+), which starts
        // java.util.logging and scans every jar for logger services: tens of ms. A successful run
        // that left no other live thread ends as when main returns (same shutdown hooks, status 0).
        if (rc != 0 || otherLiveThreads()) System.exit(rc);
    }

    /**
     * sys.stdout's stream as Python/pylifecycle.c: create_stdio makes it: block-buffered when it is
     * not a terminal (so output to a pipe or file comes after stderr's unless flushed), else
     * line-buffered.
     */
    private static PrintStream stdout(boolean blockBuffered) {
        java.io.OutputStream fd = new java.io.FileOutputStream(java.io.FileDescriptor.out);
        return blockBuffered ? new PrintStream(new java.io.BufferedOutputStream(fd, 8192), false, StandardCharsets.UTF_8)
                : new PrintStream(fd, true, StandardCharsets.UTF_8);
    }

    /** Whether a descriptor (its /proc/self/fd link) is a terminal; true when that cannot be told. */
    private static boolean isTerminal(String fdLink) {
        try {
            String target = java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of(fdLink)).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
            return true;
        }
    }

    private static boolean otherLiveThreads() {
        Thread[] threads = new Thread[Thread.activeCount() + 16];
        int n = Thread.enumerate(threads);
        for (int i = 0; i < n; i++) {
            if (threads[i] != Thread.currentThread() && !threads[i].isDaemon()) return true;
        }
        return n == threads.length;
    }

    static int run(String[] args) {
        int i = 0;
        while (i < args.length && args[i].startsWith("-") && !args[i].equals("-")) {
            String opt = args[i];
            switch (opt) {
                case "-c" -> {
                    if (i + 1 >= args.length) return usage("Argument expected for the -c option");
                    return Launch.runSource(args[i + 1], "<string>", shift(args, i + 2, "-c"));
                }
                case "-m" -> {
                    if (i + 1 >= args.length) return usage("Argument expected for the -m option");
                    return runModule(args[i + 1], Arrays.copyOfRange(args, i + 2, args.length));
                }
                case "-W" -> {
                    if (i + 1 >= args.length) return usage("Argument expected for the -W option");
                    tierpy.modules.Sys.addWarnOption(args[i + 1]);
                    i += 2;
                }
                case "-u" -> {
                    System.out.flush();
                    System.setOut(stdout(false));
                    i++;
                }
                case "-O", "-OO" -> {
                    tierpy.vm.Compile.setOptimizeLevel(Math.max(tierpy.vm.Compile.optimizeLevel(), opt.length() - 1));
                    i++;
                }
                case "-B", "-E", "-s", "-S", "-I", "-q" -> i++;  // accepted, no effect on tierpy
                case "-V", "--version" -> {
                    System.out.println("Python 3.14.7");
                    return 0;
                }
                default -> {
                    if (opt.startsWith("-c")) return Launch.runSource(opt.substring(2), "<string>", shift(args, i + 1, "-c"));
                    if (opt.startsWith("-m")) return runModule(opt.substring(2), Arrays.copyOfRange(args, i + 1, args.length));
                    if (opt.startsWith("-W")) {
                        tierpy.modules.Sys.addWarnOption(opt.substring(2));
                        i++;
                        continue;
                    }
                    return usage("Unknown option: " + opt);
                }
            }
        }
        if (i >= args.length) return Launch.interactive();
        if (args[i].equals("-")) return Launch.runStdin(shift(args, i + 1, "-"));
        return Launch.runFile(args[i], Arrays.copyOfRange(args, i, args.length));
    }

    /** sys.argv for -c and -: the marker then the remaining arguments. */
    private static String[] shift(String[] args, int from, String marker) {
        String[] rest = Arrays.copyOfRange(args, from, args.length);
        String[] argv = new String[rest.length + 1];
        argv[0] = marker;
        System.arraycopy(rest, 0, argv, 1, rest.length);
        return argv;
    }

    private static int usage(String message) {
        System.err.print(message + "\n" + USAGE);
        return 2;
    }

    static int runModule(String module, String[] moduleArgs) {
        String className = MODULE_MAINS.get(module);
        if (className == null) return Launch.runModuleSource(module, moduleArgs);
        try {
            Method main = Class.forName(className).getMethod("main", String[].class);
            return (Integer) main.invoke(null, (Object) moduleArgs);
        } catch (ClassNotFoundException | NoSuchMethodException e) {
            return Launch.runModuleSource(module, moduleArgs);
        } catch (java.lang.reflect.InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) throw re;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException(cause);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
