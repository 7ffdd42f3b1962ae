package tierpy.objects;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Mirrors Python/pystrtod.c: PyOS_double_to_string and format_float_short: repr() as the
 * shortest round-tripping digits (Python/dtoa.c mode 0) laid out with Python's rules
 * (exponent when decpt is beyond -4..16, at least two exponent digits, ".0" on integers),
 * and the 'e'/'f'/'g' conversions as correctly rounded decimals of the exact binary value.
 */
public final class FloatFormat {
    private FloatFormat() {}

    /** Shortest digits (no leading/trailing zeros) and decimal point position: value = 0.DIGITS * 10**decpt. */
    record Digits(String digits, int decpt) {}

    /**
     * dtoa mode 0. Java's Double.toString (JDK 19+) gives the shortest decimal except that it
     * may prefer a closer 2-digit decimal where a 1-digit one also round-trips; Python takes
     * the 1-digit one.
     */
    static Digits shortest(double x) {
        String js = Double.toString(Math.abs(x));
        int ePos = js.indexOf('E');
        String mantissa = ePos < 0 ? js : js.substring(0, ePos);
        int exp10 = ePos < 0 ? 0 : Integer.parseInt(js.substring(ePos + 1));
        int dot = mantissa.indexOf('.');
        String all = mantissa.substring(0, dot) + mantissa.substring(dot + 1);
        int decpt = dot + exp10;
        int lead = 0;
        while (lead < all.length() - 1 && all.charAt(lead) == '0') lead++;
        all = all.substring(lead);
        decpt -= lead;
        int end = all.length();
        while (end > 1 && all.charAt(end - 1) == '0') end--;
        all = all.substring(0, end);
        if (all.length() == 2) {
            Digits one = oneDigit(Math.abs(x), all, decpt);
            if (one != null) return one;
        }
        return new Digits(all, decpt);
    }

    private static Digits oneDigit(double x, String two, int decpt) {
        int d = two.charAt(0) - '0';
        Digits best = null;
        BigDecimal exact = new BigDecimal(x);
        BigDecimal bestDist = null;
        for (int cand = d; cand <= d + 1; cand++) {
            String digits = cand == 10 ? "1" : Integer.toString(cand);
            int dp = cand == 10 ? decpt + 1 : decpt;
            BigDecimal value = new BigDecimal(digits).scaleByPowerOfTen(dp - 1);
            if (value.signum() == 0 || value.doubleValue() != x) continue;
            BigDecimal dist = value.subtract(exact).abs();
            if (bestDist == null || dist.compareTo(bestDist) < 0) {
                best = new Digits(digits, dp);
                bestDist = dist;
            }
        }
        return best;
    }

    /** float.__repr__. */
    public static String repr(double x) {
        if (Double.isNaN(x)) return "nan";
        if (Double.isInfinite(x)) return x > 0 ? "inf" : "-inf";
        String sign = Double.doubleToRawLongBits(x) < 0 ? "-" : "";
        if (x == 0) return sign + "0.0";
        Digits d = shortest(x);
        return sign + layout(d.digits, d.decpt, d.decpt > -4 && d.decpt <= 16, true, false);
    }

    /**
     * Lays out digits (value 0.DIGITS * 10**decpt) in fixed or exponent notation. With
     * {@code addDot0} an integral fixed result gets ".0"; with {@code altForm} the point stays.
     */
    static String layout(String digits, int decpt, boolean fixed, boolean addDot0, boolean altForm) {
        StringBuilder sb = new StringBuilder();
        if (fixed) {
            if (decpt <= 0) {
                sb.append("0.").append("0".repeat(-decpt)).append(digits);
            } else if (decpt >= digits.length()) {
                sb.append(digits).append("0".repeat(decpt - digits.length()));
                if (addDot0) sb.append(".0");
                else if (altForm) sb.append('.');
            } else {
                sb.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length());
            }
        } else {
            sb.append(digits.charAt(0));
            if (digits.length() > 1) sb.append('.').append(digits, 1, digits.length());
            else if (altForm) sb.append('.');
            appendExponent(sb, decpt - 1, 'e');
        }
        return sb.toString();
    }

    static void appendExponent(StringBuilder sb, int e, char letter) {
        sb.append(letter).append(e < 0 ? '-' : '+');
        int a = Math.abs(e);
        if (a < 10) sb.append('0');
        sb.append(a);
    }

    /** '%.{prec}f' of |x| (finite): correctly rounded, half-even on exact ties like dtoa. */
    static String fixed(double x, int prec) {
        return new BigDecimal(Math.abs(x)).setScale(prec, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** '%.{prec}e' of |x| (finite). */
    static String exponent(double x, int prec, char letter) {
        double a = Math.abs(x);
        StringBuilder sb = new StringBuilder();
        if (a == 0) {
            sb.append('0');
            if (prec > 0) sb.append('.').append("0".repeat(prec));
            appendExponent(sb, 0, letter);
            return sb.toString();
        }
        BigDecimal r = new BigDecimal(a).round(new MathContext(prec + 1, RoundingMode.HALF_EVEN));
        String digits = r.unscaledValue().toString();
        int exp = digits.length() - 1 - r.scale();
        if (digits.length() < prec + 1) digits = digits + "0".repeat(prec + 1 - digits.length());
        digits = digits.substring(0, prec + 1);
        sb.append(digits.charAt(0));
        if (prec > 0) sb.append('.').append(digits, 1, digits.length());
        appendExponent(sb, exp, letter);
        return sb.toString();
    }

    /**
     * '%.{prec}g' of |x| (finite): significant digits, exponent form when exp < -4 or
     * exp >= prec, trailing zeros removed unless {@code alt}. With {@code addDot0} (format's
     * empty type with a precision) an integral fixed result gets ".0", and exponent form
     * starts one power of ten earlier, as in pystrtod.c's format_float_short.
     */
    static String general(double x, int prec, char letter, boolean alt, boolean addDot0) {
        if (prec == 0) prec = 1;
        double a = Math.abs(x);
        String digits;
        int exp;
        if (a == 0) {
            digits = "0";
            exp = 0;
        } else {
            BigDecimal r = new BigDecimal(a).round(new MathContext(prec, RoundingMode.HALF_EVEN));
            digits = r.unscaledValue().toString();
            exp = digits.length() - 1 - r.scale();
        }
        if (alt) {
            if (digits.length() < prec) digits = digits + "0".repeat(prec - digits.length());
        } else {
            int end = digits.length();
            while (end > 1 && digits.charAt(end - 1) == '0') end--;
            digits = digits.substring(0, end);
        }
        boolean fixed = exp >= -4 && exp < (addDot0 ? prec - 1 : prec);
        String s = layout(digits, exp + 1, fixed, addDot0, alt);
        return fixed ? s : s.replace('e', letter);
    }
}
