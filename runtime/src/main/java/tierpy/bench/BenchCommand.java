package tierpy.bench;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToIntFunction;

/**
 * {@code tierpy -m tierpy_bench SUBCOMMAND [args]}: runs one benchmark command, which prints its
 * figures. Each benchmark registers here by subcommand name.
 */
public final class BenchCommand {
    private static final Map<String, ToIntFunction<String[]>> BENCHMARKS = new TreeMap<>(Map.of(
            "parse", ParseBench::main,
            "compile", CompileBench::main,
            "programs", ProgramsBench::main));

    private BenchCommand() {}

    public static int main(String[] args) {
        if (args.length == 0 || !BENCHMARKS.containsKey(args[0])) {
            System.err.println("usage: tierpy -m tierpy_bench {" + String.join(",", BENCHMARKS.keySet())
                    + "} [args ...]");
            if (args.length > 0 && !args[0].equals("-h") && !args[0].equals("--help")) {
                System.err.println("tierpy -m tierpy_bench: error: unknown benchmark " + args[0]);
                return 2;
            }
            return args.length == 0 ? 2 : 0;
        }
        return BENCHMARKS.get(args[0]).applyAsInt(Arrays.copyOfRange(args, 1, args.length));
    }
}
