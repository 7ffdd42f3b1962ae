package tierpy.parse;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import tierpy.ast.Imaginary;

/**
 * Mirrors Parser/string_parser.c (_PyPegen_parse_string, decode_unicode_with_escapes,
 * decode_bytes_with_escapes) and Parser/pegen.c: parsenumber, for literal tokens.
 */
final class StringLiterals {
    private StringLiterals() {}

    /** Thrown for a literal CPython cannot decode; the parser adds the position. */
    static final class DecodeError extends RuntimeException {
        DecodeError(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * The value of a STRING token: a String, or a byte[] for bytes literals. The first invalid escape
     * (such as "\\d" or "\\400") goes to {@code invalidEscape} for its SyntaxWarning.
     */
    static Object parseString(String token, Consumer<String> invalidEscape) {
        int prefixEnd = 0;
        boolean bytes = false;
        boolean raw = false;
        while (true) {
            char c = token.charAt(prefixEnd);
            if (c == 'b' || c == 'B') {
                bytes = true;
            } else if (c == 'r' || c == 'R') {
                raw = true;
            } else if (c != 'u' && c != 'U') {
                break;
            }
            prefixEnd++;
        }
        int quoteSize = token.length() - prefixEnd >= 6 && token.charAt(prefixEnd) == token.charAt(prefixEnd + 1)
                && token.charAt(prefixEnd) == token.charAt(prefixEnd + 2) ? 3 : 1;
        String body = token.substring(prefixEnd + quoteSize, token.length() - quoteSize);
        if (bytes) {
            for (int i = 0; i < body.length(); i++) {
                if (body.charAt(i) >= 0x80) {
                    throw new DecodeError("bytes can only contain ASCII literal characters");
                }
            }
            return raw ? body.getBytes(StandardCharsets.ISO_8859_1) : decodeBytes(body, invalidEscape);
        }
        return raw ? body : decodeUnicode(body, invalidEscape);
    }

    /** Processes the escapes of a str literal body (decode_unicode_with_escapes). */
    static String decodeUnicode(String body, Consumer<String> invalidEscape) {
        if (body.indexOf('\\') < 0) {
            return body;
        }
        String firstInvalid = null;
        StringBuilder out = new StringBuilder(body.length());
        int i = 0;
        int n = body.length();
        while (i < n) {
            char c = body.charAt(i++);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (i >= n) {
                throw new DecodeError("(unicode error) 'unicodeescape' codec can't decode bytes in position "
                        + (i - 1) + "-" + (i - 1) + ": \\ at end of string");
            }
            char e = body.charAt(i++);
            switch (e) {
                case '\n' -> { }
                case '\\', '\'', '"' -> out.append(e);
                case 'a' -> out.append('\u0007');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'v' -> out.append('\u000b');
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int value = e - '0';
                    int digitsStart = i - 1;
                    for (int k = 0; k < 2 && i < n && body.charAt(i) >= '0' && body.charAt(i) <= '7'; k++) {
                        value = value * 8 + body.charAt(i++) - '0';
                    }
                    if (value > 0377 && firstInvalid == null) {
                        firstInvalid = "\\" + body.substring(digitsStart, i);
                    }
                    out.appendCodePoint(value);
                }
                case 'x' -> i = appendHex(body, i, 2, out, "\\xXX", "truncated \\xXX escape");
                case 'u' -> i = appendHex(body, i, 4, out, "\\uXXXX", "truncated \\uXXXX escape");
                case 'U' -> i = appendHex(body, i, 8, out, "\\UXXXXXXXX", "truncated \\UXXXXXXXX escape");
                case 'N' -> {
                    int close = body.indexOf('}', i);
                    if (i >= n || body.charAt(i) != '{' || close < 0) {
                        throw new DecodeError("(unicode error) 'unicodeescape' codec can't decode bytes in position "
                                + (i - 2) + "-" + (i - 1) + ": malformed \\N character escape");
                    }
                    String name = body.substring(i + 1, close);
                    int cp;
                    try {
                        cp = Character.codePointOf(name);
                    } catch (IllegalArgumentException unknown) {
                        throw new DecodeError("(unicode error) 'unicodeescape' codec can't decode bytes in position "
                                + (i - 2) + "-" + close + ": unknown Unicode character name");
                    }
                    out.appendCodePoint(cp);
                    i = close + 1;
                }
                default -> {
                    if (firstInvalid == null) {
                        firstInvalid = "\\" + e;
                    }
                    out.append('\\').append(e);
                }
            }
        }
        if (firstInvalid != null) {
            invalidEscape.accept(firstInvalid);
        }
        return out.toString();
    }

    private static int appendHex(String body, int i, int digits, StringBuilder out, String what, String message) {
        int start = i - 2;
        int value = 0;
        for (int k = 0; k < digits; k++) {
            int d = i < body.length() ? Character.digit(body.charAt(i), 16) : -1;
            if (d < 0) {
                throw new DecodeError("(unicode error) 'unicodeescape' codec can't decode bytes in position " + start
                        + "-" + (i - 1) + ": " + message);
            }
            value = value * 16 + d;
            i++;
        }
        if (value > 0x10FFFF || value < 0) {
            throw new DecodeError("(unicode error) 'unicodeescape' codec can't decode bytes in position " + start + "-"
                    + (i - 1) + ": illegal Unicode character");
        }
        out.appendCodePoint(value);
        return i;
    }

    /** Processes the escapes of a bytes literal body (decode_bytes_with_escapes). */
    static byte[] decodeBytes(String body, Consumer<String> invalidEscape) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length());
        String firstInvalid = null;
        int i = 0;
        int n = body.length();
        while (i < n) {
            char c = body.charAt(i++);
            if (c != '\\' || i >= n) {
                out.write(c);
                continue;
            }
            char e = body.charAt(i++);
            switch (e) {
                case '\n' -> { }
                case '\\', '\'', '"' -> out.write(e);
                case 'a' -> out.write(7);
                case 'b' -> out.write(8);
                case 'f' -> out.write(12);
                case 'n' -> out.write(10);
                case 'r' -> out.write(13);
                case 't' -> out.write(9);
                case 'v' -> out.write(11);
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int value = e - '0';
                    int digitsStart = i - 1;
                    for (int k = 0; k < 2 && i < n && body.charAt(i) >= '0' && body.charAt(i) <= '7'; k++) {
                        value = value * 8 + body.charAt(i++) - '0';
                    }
                    if (value > 0377 && firstInvalid == null) {
                        firstInvalid = "\\" + body.substring(digitsStart, i);
                    }
                    out.write(value & 0xff);
                }
                case 'x' -> {
                    int hi = i < n ? Character.digit(body.charAt(i), 16) : -1;
                    int lo = i + 1 < n ? Character.digit(body.charAt(i + 1), 16) : -1;
                    if (hi < 0 || lo < 0) {
                        throw new DecodeError("(value error) invalid \\x escape at position " + (i - 2));
                    }
                    out.write(hi * 16 + lo);
                    i += 2;
                }
                default -> {
                    if (firstInvalid == null) {
                        firstInvalid = "\\" + e;
                    }
                    out.write('\\');
                    out.write(e);
                }
            }
        }
        if (firstInvalid != null) {
            invalidEscape.accept(firstInvalid);
        }
        return out.toByteArray();
    }

    /** The value of a NUMBER token: Long, BigInteger, Double or Imaginary (parsenumber). */
    static Object parseNumber(String token) {
        String text = token.indexOf('_') >= 0 ? token.replace("_", "") : token;
        char last = text.charAt(text.length() - 1);
        if (last == 'j' || last == 'J') {
            return new Imaginary(Double.parseDouble(text.substring(0, text.length() - 1)));
        }
        if (text.length() > 1 && text.charAt(0) == '0') {
            char radixChar = Character.toLowerCase(text.charAt(1));
            int radix = radixChar == 'x' ? 16 : radixChar == 'o' ? 8 : radixChar == 'b' ? 2 : 0;
            if (radix != 0) {
                return integer(text.substring(2), radix);
            }
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.' || c == 'e' || c == 'E') {
                return Double.parseDouble(text);
            }
        }
        return integer(text, 10);
    }

    private static Object integer(String digits, int radix) {
        if (digits.length() <= (radix == 10 ? 18 : radix == 16 ? 15 : radix == 8 ? 20 : 62)) {
            return Long.parseLong(digits, radix);
        }
        BigInteger value = new BigInteger(digits, radix);
        return value.bitLength() < 64 ? (Object) value.longValue() : value;
    }
}
