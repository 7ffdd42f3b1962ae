package tierpy.kernel.magics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Expected strings are what IPython's _format_time and TimeitResult print (checked with CPython). */
class TimeFormatTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1.23456e-6 | 3 | 1.23 µs", "0 | 3 | 0 ns", "4.56e-9 | 3 | 4.56 ns", "0.5 | 3 | 500 ms",
            "1.5 | 3 | 1.5 s", "61 | 3 | 1min 1s", "3600 | 3 | 1h", "3661.5 | 3 | 1h 1min 1s",
            "0.000123 | 3 | 123 µs", "0.001 | 3 | 1 ms", "0.999999 | 3 | 1e+03 ms", "9.9996e-7 | 3 | 1e+03 ns",
            "1.23456789e-05 | 3 | 12.3 µs", "1e-10 | 3 | 0.1 ns", "59.9999 | 3 | 60 s", "0.0001 | 3 | 100 µs",
            "1.0005 | 3 | 1 s", "1.23456e-6 | 5 | 1.2346 µs", "0.999999 | 5 | 1000 ms", "9.9996e-7 | 5 | 999.96 ns",
            "4.56e-9 | 1 | 5 ns", "0.5 | 1 | 5e+02 ms", "1.5 | 1 | 2 s", "0.000123 | 1 | 1e+02 µs"})
    void formatsDurationsAsIPython(double seconds, int precision, String expected) {
        assertEquals(expected, TimeFormat.format(seconds, precision));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1234.5 | 3 | 1.23e+03", "1.234e-05 | 3 | 1.23e-05", "100.0 | 3 | 100",
            "99.95 | 3 | 100", "1e21 | 3 | 1e+21", "123456 | 7 | 123456"})
    void formatsNumbersAsCPercentG(double value, int precision, String expected) {
        assertEquals(expected, TimeFormat.formatG(value, precision));
    }

    @Test
    void timeitResultReadsLikeIPython() {
        TimeitResult result = new TimeitResult(1_000_000, 7,
                List.of(1.20, 1.22, 1.24, 1.26, 1.21, 1.23, 1.25), 0.0, 3);
        assertEquals("1.23 µs ± 20 ns per loop (mean ± std. dev. of 7 runs, 1,000,000 loops each)", result.toString());
        TimeitResult single = new TimeitResult(1, 1, List.of(0.5), 0.0, 3);
        assertEquals("500 ms ± 0 ns per loop (mean ± std. dev. of 1 run, 1 loop each)", single.toString());
    }

    @Test
    void reportWarnsAboutCachingAndSlowCompiles() {
        TimeitResult result = new TimeitResult(10, 3, List.of(1e-3, 1e-2, 1e-3), 0.25, 3);
        assertEquals("The slowest run took 10.00 times longer than the fastest. This could mean that an intermediate "
                + "result is being cached.\n" + result + "\nCompiler time: 0.25 s\n", ExecutionMagics.report(result));
    }

    @Test
    void autoLoopCountIsTheFirstPowerOfTenReachingPointTwoSeconds() throws Exception {
        List<Long> asked = new java.util.ArrayList<>();
        TimeitResult result = ExecutionMagics.measure(number -> {
            asked.add(number);
            return number * 3e-5;
        }, 0, 7, 0.0, 3);
        assertEquals(10_000, result.loops());
        assertEquals(List.of(1L, 10L, 100L, 1000L, 10000L), asked.subList(0, 5));
        assertEquals(5 + 7, asked.size());
        assertEquals("30 µs ± 0 ns per loop (mean ± std. dev. of 7 runs, 10,000 loops each)", result.toString());
    }

    @Test
    void optionsParseLikeIPythonGetopt() throws Exception {
        MagicOptions options = MagicOptions.parse("-n10 -r 3 -q x = -1", "n:r:tcp:qo");
        assertEquals("10", options.values().get('n'));
        assertEquals("3", options.values().get('r'));
        assertEquals(true, options.has('q'));
        assertEquals("x = -1", options.rest());
    }
}
