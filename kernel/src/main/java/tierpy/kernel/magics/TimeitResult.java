package tierpy.kernel.magics;

import java.util.List;
import java.util.Locale;

/**
 * The outcome of %timeit (mirrors IPython/core/magics/execution.py: TimeitResult): per-loop mean
 * and population standard deviation of the runs.
 *
 * @param allRuns seconds of each run of {@code loops} loops
 */
public record TimeitResult(long loops, int repeat, List<Double> allRuns, double compileTime, int precision) {

    public TimeitResult {
        allRuns = List.copyOf(allRuns);
    }

    public double best() {
        return allRuns.stream().mapToDouble(Double::doubleValue).min().orElse(0) / loops;
    }

    public double worst() {
        return allRuns.stream().mapToDouble(Double::doubleValue).max().orElse(0) / loops;
    }

    public double average() {
        return fsum(allRuns.stream().mapToDouble(run -> run / loops).toArray()) / allRuns.size();
    }

    public double stdev() {
        double mean = average();
        return Math.sqrt(fsum(allRuns.stream().mapToDouble(run -> {
            double d = run / loops - mean;
            return d * d;
        }).toArray()) / allRuns.size());
    }

    /** {@code 1.23 µs ± 4.56 ns per loop (mean ± std. dev. of 7 runs, 1,000,000 loops each)}. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s \u00b1 %s per loop (mean \u00b1 std. dev. of %d run%s, %,d loop%s each)",
                TimeFormat.format(average(), precision), TimeFormat.format(stdev(), precision),
                repeat, repeat == 1 ? "" : "s", loops, loops == 1 ? "" : "s");
    }

    /**
     * A Python expression for this result as IPython's TimeitResult object: its attributes
     * (loops, repeat, best, worst, all_runs, compile_time, timings, average, stdev), {@code str}
     * the summary line, repr {@code <TimeitResult : ...>}.
     */
    public String pythonExpression() {
        String summary = PyRepr.str(toString());
        return "type('TimeitResult', (), {'__module__': 'IPython.core.magics.execution', "
                + "'loops': " + loops + ", 'repeat': " + repeat + ", 'best': " + best() + ", 'worst': " + worst()
                + ", 'all_runs': " + pyList(allRuns) + ", 'compile_time': " + compileTime + ", '_precision': " + precision
                + ", 'timings': " + pyList(allRuns.stream().map(run -> run / loops).toList())
                + ", 'average': " + average() + ", 'stdev': " + stdev()
                + ", '__str__': lambda self: " + summary
                + ", '__repr__': lambda self: '<TimeitResult : ' + " + summary + " + '>'})()";
    }

    private static String pyList(List<Double> values) {
        return values.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", ", "[", "]"));
    }

    /** Compensated (Kahan) summation, standing in for math.fsum. */
    private static double fsum(double[] values) {
        double sum = 0;
        double compensation = 0;
        for (double v : values) {
            double y = v - compensation;
            double t = sum + y;
            compensation = (t - sum) - y;
            sum = t;
        }
        return sum;
    }
}
