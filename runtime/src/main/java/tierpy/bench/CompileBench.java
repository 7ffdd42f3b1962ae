package tierpy.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import tierpy.ast.Mod;
import tierpy.code.CodeObject;
import tierpy.compile.Compiler;
import tierpy.parse.Mode;
import tierpy.parse.Parser;
import tierpy.parse.PySyntaxError;

/**
 * {@code tierpy -m tierpy_bench compile [--size MB] [--runs N] [FILE]}: compile speed of tierpy's
 * compiler (symtable, codegen, CFG optimizer, assembler) on a large generated module, in code
 * objects (functions) per second, from source and from an already parsed tree; next to CPython's
 * {@code compile(src, F, 'exec')} on the same file when a {@code python3} is installed.
 */
final class CompileBench {
    private static final String USAGE = "usage: tierpy -m tierpy_bench compile [--size MB] [--runs N] [FILE]";
    private static final int WARMUP_RUNS = 3;
    private static final long SEED = 314;

    private CompileBench() {}

    static int main(String[] args) {
        return BenchArgs.main(args, USAGE, "compile", 2.0, CompileBench::run);
    }

    private static int run(BenchArgs options) throws IOException {
        int runs = options.runs();
        Path path = options.source("tierpy-compile-bench-", SEED);
        try {
            String source = Files.readString(path, StandardCharsets.UTF_8);
            String name = path.getFileName().toString();
            Mod tree = Parser.parse(source, name, Mode.EXEC);
            int functions = countCodeObjects(Compiler.compile(tree, name, 0).code());
            System.out.printf(Locale.ROOT, "file: %s (%.2f MB, %d code objects)%n", path,
                    source.length() / (1024.0 * 1024.0), functions);
            for (int i = 0; i < WARMUP_RUNS; i++) Compiler.compile(source, name, "exec", 0);
            long[] fromSource = new long[runs];
            long[] fromTree = new long[runs];
            for (int i = 0; i < runs; i++) {
                System.gc();
                long start = System.nanoTime();
                Compiler.compile(source, name, "exec", 0);
                fromSource[i] = System.nanoTime() - start;
                System.gc();
                start = System.nanoTime();
                Compiler.compile(tree, name, 0);
                fromTree[i] = System.nanoTime() - start;
            }
            double best = report("compile(source)", fromSource, functions);
            report("compile(tree)  ", fromTree, functions);
            comparePython(path, functions, best);
            return 0;
        } catch (PySyntaxError e) {
            System.err.println("tierpy -m tierpy_bench compile: the file does not compile: " + e.getMessage());
            return 1;
        } finally {
            if (options.temporary()) Files.deleteIfExists(path);
        }
    }

    private static double report(String what, long[] times, int functions) {
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        double best = sorted[0] / 1e9;
        double median = sorted[sorted.length / 2] / 1e9;
        System.out.printf(Locale.ROOT, "tierpy    %s: best %.3f s (%.0f functions/s), median %.3f s over %d runs"
                + " after %d warm-up runs%n", what, best, functions / best, median, times.length, WARMUP_RUNS);
        return best;
    }

    private static int countCodeObjects(CodeObject code) {
        int n = 1;
        for (Object c : code.consts) if (c instanceof CodeObject nested) n += countCodeObjects(nested);
        return n;
    }

    /** CPython's compile() of the same file: best of 3 in-process, and the whole one-line command. */
    private static void comparePython(Path path, int functions, double tierpyBest) {
        String python = ParseBench.findPython();
        if (python == null) {
            System.out.println("python3: not found, no CPython comparison");
            return;
        }
        String timing = "import sys, time\n"
                + "src = open(sys.argv[1]).read()\n"
                + "compile(src, sys.argv[1], 'exec')\n"
                + "times = []\n"
                + "for _ in range(3):\n"
                + "    s = time.perf_counter(); compile(src, sys.argv[1], 'exec'); times.append(time.perf_counter() - s)\n"
                + "print(min(times), sorted(times)[1])\n";
        List<String> measured = ParseBench.runPython(List.of(python, "-c", timing, path.toString()));
        if (measured == null) return;
        String[] fields = measured.get(measured.size() - 1).trim().split(" ");
        double best = Double.parseDouble(fields[0]);
        String shortName = ParseBench.shortName(python);
        System.out.printf(Locale.ROOT, "%-9s compile(src, F, 'exec'): best %.3f s (%.0f functions/s), median %.3f s"
                + " over 3 runs in-process%n", shortName, best, functions / best, Double.parseDouble(fields[1]));
        long start = System.nanoTime();
        List<String> whole = ParseBench.runPython(List.of(python, "-c",
                "import sys; F = sys.argv[1]; compile(open(F).read(), F, 'exec')", path.toString()));
        double wall = (System.nanoTime() - start) / 1e9;
        if (whole != null) {
            System.out.printf(Locale.ROOT, "%-9s -c \"compile(open(F).read(), F, 'exec')\": %.3f s wall"
                    + " (process start included)%n", shortName, wall);
        }
        System.out.printf(Locale.ROOT, "ratio: tierpy compiles %.2fx as fast as %s (best against best)%n",
                best / tierpyBest, shortName);
    }
}
