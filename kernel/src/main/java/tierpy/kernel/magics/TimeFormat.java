package tierpy.kernel.magics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * IPython's human-readable durations (mirrors IPython/core/magics/execution.py: _format_time), with
 * C's {@code %.*g} number formatting, which Java's {@code %g} does not reproduce.
 */
public final class TimeFormat {
    private static final String[] UNITS = {"s", "ms", "\u00b5s", "ns"};
    private static final double[] SCALING = {1, 1e3, 1e6, 1e9};
    private static final String[] LONG_SUFFIXES = {"d", "h", "min", "s"};
    private static final long[] LONG_LENGTHS = {86400, 3600, 60, 1};

    private TimeFormat() {}

    public static String format(double seconds) {
        return format(seconds, 3);
    }

    public static String format(double seconds, int precision) {
        if (seconds >= 60.0) {
            StringBuilder out = new StringBuilder();
            double leftover = seconds;
            for (int i = 0; i < LONG_SUFFIXES.length; i++) {
                long value = (long) (leftover / LONG_LENGTHS[i]);
                if (value > 0) {
                    leftover = leftover % LONG_LENGTHS[i];
                    if (!out.isEmpty()) out.append(' ');
                    out.append(value).append(LONG_SUFFIXES[i]);
                }
                if (leftover < 1) break;
            }
            return out.toString();
        }
        int order = seconds > 0.0 ? Math.min(-Math.floorDiv((int) Math.floor(Math.log10(seconds)), 3), 3) : 3;
        return formatG(seconds * SCALING[order], precision) + " " + UNITS[order];
    }

    /** C's {@code "%.*g"}: {@code precision} significant digits, trailing zeros removed. */
    public static String formatG(double value, int precision) {
        if (precision == 0) precision = 1;
        if (value == 0.0) return "0";
        if (Double.isNaN(value)) return "nan";
        if (Double.isInfinite(value)) return value > 0 ? "inf" : "-inf";
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(precision, RoundingMode.HALF_EVEN));
        int exponent = rounded.precision() - rounded.scale() - 1;
        if (exponent < -4 || exponent >= precision) {
            BigDecimal mantissa = rounded.movePointLeft(exponent);
            String digits = stripZeros(mantissa.setScale(precision - 1, RoundingMode.HALF_EVEN).toPlainString());
            String sign = exponent < 0 ? "-" : "+";
            int abs = Math.abs(exponent);
            return digits + "e" + sign + (abs < 10 ? "0" : "") + abs;
        }
        return stripZeros(rounded.setScale(Math.max(0, precision - 1 - exponent), RoundingMode.HALF_EVEN).toPlainString());
    }

    private static String stripZeros(String number) {
        if (number.indexOf('.') < 0) return number;
        int end = number.length();
        while (number.charAt(end - 1) == '0') end--;
        if (number.charAt(end - 1) == '.') end--;
        return number.substring(0, end);
    }
}
