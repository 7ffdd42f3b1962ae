package tierpy.ast;

import java.math.BigInteger;

/**
 * Mirrors Objects/unicodeobject.c: unicode_repr, Objects/bytesobject.c: PyBytes_Repr and
 * Python/pystrtod.c: PyOS_double_to_string ('r' mode), for the constants an AST can hold.
 */
public final class PyRepr {
    private PyRepr() {}

    /** The Python repr of an AST constant value. */
    public static String repr(Object value) {
        return switch (value) {
            case null -> "None";
            case String s -> str(s);
            case Boolean b -> b ? "True" : "False";
            case Long l -> l.toString();
            case Integer i -> i.toString();
            case BigInteger b -> b.toString();
            case Double d -> floatRepr(d);
            case Imaginary c -> complexImagRepr(c.imag());
            case byte[] bytes -> bytes(bytes);
            case ConstantSingleton s -> s.name();
            default -> String.valueOf(value);
        };
    }

    /** repr(str): single quotes unless the text holds ' and no ". */
    public static String str(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder(s.length() + 2).append(quote);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == quote || cp == '\\') {
                out.append('\\').appendCodePoint(cp);
            } else if (cp == '\t') {
                out.append("\\t");
            } else if (cp == '\n') {
                out.append("\\n");
            } else if (cp == '\r') {
                out.append("\\r");
            } else if (cp < ' ' || cp == 0x7f) {
                out.append("\\x").append(hex(cp, 2));
            } else if (cp < 0x7f || isPrintable(cp)) {
                out.appendCodePoint(cp);
            } else if (cp <= 0xff) {
                out.append("\\x").append(hex(cp, 2));
            } else if (cp <= 0xffff) {
                out.append("\\u").append(hex(cp, 4));
            } else {
                out.append("\\U").append(hex(cp, 8));
            }
        }
        return out.append(quote).toString();
    }

    /** Python's str.isprintable for one code point (Tools/unicode/makeunicodedata.py rules). */
    public static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    /** repr(bytes). */
    public static String bytes(byte[] bytes) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (byte b : bytes) {
            hasSingle |= b == '\'';
            hasDouble |= b == '"';
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder out = new StringBuilder(bytes.length + 3).append('b').append(quote);
        for (byte b : bytes) {
            int c = b & 0xff;
            if (c == quote || c == '\\') {
                out.append('\\').append((char) c);
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c < ' ' || c >= 0x7f) {
                out.append("\\x").append(hex(c, 2));
            } else {
                out.append((char) c);
            }
        }
        return out.append(quote).toString();
    }

    private static String hex(int value, int width) {
        String digits = Integer.toHexString(value);
        return "0".repeat(Math.max(0, width - digits.length())) + digits;
    }

    /** repr(float): shortest round-trip digits, exponent form when the exponent is < -4 or >= 16. */
    public static String floatRepr(double d) {
        return formatShortest(d, true);
    }

    /**
     * The one-digit decimal that reads back as {@code magnitude}, closest first, or null. A carry
     * ("9.6e5" rounding to "1e6") is returned as "10" so the caller can shift the point.
     */
    private static String oneDigit(double magnitude, String twoDigits, int pointPosition) {
        int first = twoDigits.charAt(0) - '0';
        int second = twoDigits.charAt(1) - '0';
        int[] candidates = second >= 5 ? new int[]{first + 1, first} : new int[]{first, first + 1};
        for (int candidate : candidates) {
            if (candidate == 0) {
                continue;
            }
            String text = candidate + "E" + (pointPosition - 1);
            if (Double.parseDouble(text) == magnitude) {
                return candidate == 10 ? "10" : Integer.toString(candidate);
            }
        }
        return null;
    }

    private static String complexImagRepr(double imag) {
        return formatShortest(imag, false) + "j";
    }

    private static String formatShortest(double d, boolean addDotZero) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        String sign = (d < 0 || (d == 0 && 1 / d < 0)) ? "-" : "";
        // Java's Double.toString gives the shortest round-trip digits (JDK 19+); only the layout differs.
        String javaText = Double.toString(Math.abs(d));
        int exponentAt = javaText.indexOf('E');
        String mantissa = exponentAt < 0 ? javaText : javaText.substring(0, exponentAt);
        int exponent = exponentAt < 0 ? 0 : Integer.parseInt(javaText.substring(exponentAt + 1));
        int dot = mantissa.indexOf('.');
        String digits = mantissa.substring(0, dot) + mantissa.substring(dot + 1);
        int pointPosition = dot + exponent;
        int leading = 0;
        while (leading < digits.length() - 1 && digits.charAt(leading) == '0') {
            leading++;
        }
        digits = digits.substring(leading);
        pointPosition -= leading;
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') {
            end--;
        }
        digits = digits.substring(0, end);
        if (digits.length() == 2) {
            // Java prints at least two significant digits; Python keeps one when it round-trips.
            String shorter = oneDigit(Math.abs(d), digits, pointPosition);
            if (shorter != null) {
                pointPosition += shorter.length() - 1;
                digits = shorter.substring(0, 1);
            }
        }
        if (digits.equals("0")) {
            return sign + (addDotZero ? "0.0" : "0");
        }
        StringBuilder out = new StringBuilder(sign);
        if (pointPosition <= -4 || pointPosition > 16) {
            out.append(digits.charAt(0));
            if (digits.length() > 1) {
                out.append('.').append(digits, 1, digits.length());
            }
            int exp = pointPosition - 1;
            out.append('e').append(exp < 0 ? '-' : '+');
            int magnitude = Math.abs(exp);
            if (magnitude < 10) {
                out.append('0');
            }
            out.append(magnitude);
        } else if (pointPosition <= 0) {
            out.append("0.").append("0".repeat(-pointPosition)).append(digits);
        } else if (pointPosition >= digits.length()) {
            out.append(digits).append("0".repeat(pointPosition - digits.length()));
            if (addDotZero) {
                out.append(".0");
            }
        } else {
            out.append(digits, 0, pointPosition).append('.').append(digits, pointPosition, digits.length());
        }
        return out.toString();
    }
}
