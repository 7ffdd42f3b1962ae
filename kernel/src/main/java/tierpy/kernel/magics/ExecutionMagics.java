package tierpy.kernel.magics;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tierpy.embed.DisplayBundle;
import tierpy.embed.PythonError;
import tierpy.embed.PythonException;
import tierpy.embed.Timer;

/** %time, %timeit and %run (mirrors IPython/core/magics/execution.py: ExecutionMagics). */
final class ExecutionMagics {
    /** IPython's default repeat: max(7, timeit.default_repeat). */
    static final int DEFAULT_REPEAT = 7;
    /** Auto loop counts are powers of ten until one run takes this long (seconds). */
    static final double AUTO_RUN_SECONDS = 0.2;
    private static final double REPORT_COMPILE_SECONDS = 0.1;

    private ExecutionMagics() {}

    static void register(MagicShell shell) {
        shell.add(new Magic("time", true, true, "Time execution of a Python statement or expression.",
                "The CPU and wall clock times are printed, and the value of the expression (if any) is returned.",
                ExecutionMagics::time));
        shell.add(new Magic("timeit", true, true, "Time execution of a Python statement or expression",
                "%timeit [-n<N> -r<R> [-t|-c] -q -p<P> -o] statement\n%%timeit [-n<N> -r<R> [-t|-c] -q -p<P> -o] setup_code\n"
                        + "code\n\n-n<N>: execute the statement <N> times in a loop (default: chosen so a run takes >= 0.2 s).\n"
                        + "-r<R>: number of repeats, each of <N> loops (default: 7).\n-p<P>: precision of the printed timings (default: 3).\n"
                        + "-q: quiet, do not print the result.\n-o: return a TimeitResult.",
                ExecutionMagics::timeit));
        shell.add(new Magic("run", true, false, "Run the named file inside the notebook's namespace.",
                "%run FILE\n\nThe file's top-level names stay defined afterwards.", ExecutionMagics::run));
    }

    private static void time(String args, String body, CellContext context) throws UsageError {
        if (body != null && !args.isBlank()) throw new UsageError("Can't use statement directly after '%%time'!");
        String source = body != null ? body : args;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        DeferredResult sink = new DeferredResult(context.sink());
        long wall0 = System.nanoTime();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long user0 = threads.getCurrentThreadUserTime();
        context.session().execute(new tierpy.embed.Cell(source, context.executionCount(), context.storeHistory(), true), sink);
        long user = threads.getCurrentThreadUserTime() - user0;
        long cpu = threads.getCurrentThreadCpuTime() - cpu0;
        long wall = System.nanoTime() - wall0;
        if (sink.failed()) return;
        context.print("CPU times: user " + TimeFormat.format(user / 1e9) + ", sys: " + TimeFormat.format((cpu - user) / 1e9)
                + ", total: " + TimeFormat.format(cpu / 1e9) + "\nWall time: " + TimeFormat.format(wall / 1e9) + "\n");
        sink.release();
    }

    private static void timeit(String args, String body, CellContext context) throws UsageError, PythonException {
        MagicOptions options = MagicOptions.parse(args, "n:r:tcp:qo");
        if (options.rest().isEmpty() && body == null) return;
        long number = options.intValue('n', 0);
        int repeat = options.intValue('r', DEFAULT_REPEAT);
        int precision = options.intValue('p', 3);
        String setup = body == null ? "pass" : options.rest();
        String stmt = body == null ? options.rest() : body;
        long compileStart = System.nanoTime();
        Timer timer = context.session().timer(setup.isBlank() ? "pass" : setup, stmt);
        double compileTime = (System.nanoTime() - compileStart) / 1e9;
        TimeitResult result = measure(timer, number, repeat, compileTime, precision);
        if (!options.has('q')) context.print(report(result));
        if (options.has('o')) context.result(result.pythonExpression());
    }

    /** IPython's procedure: pick the loop count by powers of ten, then time {@code repeat} runs. */
    static TimeitResult measure(Timer timer, long number, int repeat, double compileTime, int precision)
            throws PythonException {
        if (number == 0) {
            for (int index = 0; index < 10; index++) {
                number = (long) Math.pow(10, index);
                if (timer.time(number) >= AUTO_RUN_SECONDS) break;
            }
        }
        List<Double> runs = new ArrayList<>(repeat);
        for (int i = 0; i < repeat; i++) runs.add(timer.time(number));
        return new TimeitResult(number, repeat, runs, compileTime, precision);
    }

    /** What %timeit prints: the caching warning when runs vary a lot, the result, a slow compile. */
    static String report(TimeitResult result) {
        StringBuilder out = new StringBuilder();
        double best = result.best();
        double worst = result.worst();
        if (worst > 4 * best && best > 0 && worst > 1e-6) {
            out.append(String.format(Locale.ROOT, "The slowest run took %.2f times longer than the fastest. "
                    + "This could mean that an intermediate result is being cached.\n", worst / best));
        }
        out.append(result).append('\n');
        if (result.compileTime() > REPORT_COMPILE_SECONDS) {
            out.append(String.format(Locale.ROOT, "Compiler time: %.2f s\n", result.compileTime()));
        }
        return out.toString();
    }

    private static void run(String args, String body, CellContext context) throws UsageError {
        String name = args.strip();
        if (name.isEmpty()) throw new UsageError("%run: you must provide a file name");
        String file = name.split("\\s+")[0];
        Path path = context.session().workingDirectory().resolve(file);
        String source;
        try {
            source = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            context.sink().error(PythonError.of("Exception", "File `" + PyRepr.str(file) + "` not found."));
            return;
        }
        MagicShell.execute(source, context, false);
    }

    /** Holds back the cell's value until %time has printed its timings, as IPython shows them. */
    private static final class DeferredResult extends ErrorWatch {
        private final tierpy.embed.OutputSink target;
        private DisplayBundle result;

        DeferredResult(tierpy.embed.OutputSink target) {
            super(target);
            this.target = target;
        }

        @Override
        public void executeResult(DisplayBundle bundle) {
            result = bundle;
        }

        void release() {
            if (result != null) target.executeResult(result);
        }
    }
}
