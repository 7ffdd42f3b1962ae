package tierpy.objects;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Mirrors Objects/unicodeobject.c's utf-8, utf-16, utf-32, ascii and latin-1 codecs (plus
 * Lib/encodings' utf-8-sig), the error handlers of Python/codecs.c (strict, ignore, replace,
 * backslashreplace, xmlcharrefreplace, namereplace, surrogateescape, surrogatepass) and the
 * messages of UnicodeEncodeError / UnicodeDecodeError (Objects/exceptions.c: UnicodeEncodeError_str).
 */
final class Codecs {
    private Codecs() {}

    /** The codec's canonical name, or null when unsupported. */
    static String normalize(String encoding) {
        String e = encoding.toLowerCase().replace('_', '-');
        return switch (e) {
            case "utf-8", "utf8", "u8", "utf", "utf8-ucs2", "utf8-ucs4", "cp65001" -> "utf-8";
            case "utf-8-sig", "utf8-sig" -> "utf-8-sig";
            case "ascii", "us-ascii", "646", "us" -> "ascii";
            case "cp1252", "windows-1252", "1252" -> "cp1252";
            case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "8859", "cp819", "l1", "latin", "iso-ir-100" -> "latin-1";
            case "utf-16", "utf16", "u16" -> "utf-16";
            case "utf-16-le", "utf-16le" -> "utf-16-le";
            case "utf-16-be", "utf-16be" -> "utf-16-be";
            case "utf-32", "utf32", "u32" -> "utf-32";
            case "utf-32-le", "utf-32le" -> "utf-32-le";
            case "utf-32-be", "utf-32be" -> "utf-32-be";
            default -> null;
        };
    }

    /** The bytes-to-bytes and str-to-str codecs of Lib/encodings, which str.encode and bytes.decode refuse. */
    private static final java.util.Set<String> NON_TEXT = java.util.Set.of("base64", "base-64", "base64-codec", "bz2",
            "bz2-codec", "hex", "hex-codec", "quopri", "quotedprintable", "quoted-printable", "quopri-codec", "rot13",
            "rot-13", "uu", "uu-codec", "zip", "zlib", "zlib-codec");

    private static void textEncoding(String encoding, String method) {
        if (NON_TEXT.contains(encoding.toLowerCase().replace('_', '-'))) {
            throw Exceptions.raise(Exceptions.LookupError, "'" + encoding + "' is not a text encoding; use codecs." + method
                    + "() to handle arbitrary codecs");
        }
    }

    private static String codec(String encoding) {
        String c = normalize(encoding);
        if (c == null) throw Exceptions.raise(Exceptions.LookupError, "unknown encoding: " + encoding);
        return c;
    }

    /** Bytes per code unit of a UTF-16/32 codec, else 0. */
    private static int unitSize(String codec) {
        return codec.startsWith("utf-16") ? 2 : codec.startsWith("utf-32") ? 4 : 0;
    }

    /** The plain utf-16/utf-32 names write and expect little-endian (with a byte order mark), as CPython here. */
    private static boolean bigEndian(String codec) {
        return codec.endsWith("-be");
    }

    private static byte[] byteOrderMark(String codec) {
        return switch (codec) {
            case "utf-8-sig" -> new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
            case "utf-16" -> new byte[] {(byte) 0xFF, (byte) 0xFE};
            case "utf-32" -> new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0};
            default -> new byte[0];
        };
    }

    /** Lib/encodings/cp1252.py: what bytes 0x80-0x9F decode to (0 where nothing); the rest is latin-1. */
    private static final String CP1252_HIGH = "\u20ac\0\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039"
            + "\u0152\0\u017d\0\0\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\0"
            + "\u017e\u0178";

    /** The cp1252 byte of code point c, or -1. */
    private static int cp1252Byte(int c) {
        if (c < 0x80 || (c >= 0xA0 && c < 0x100)) return c;
        int k = c == 0 || c > 0xFFFF ? -1 : CP1252_HIGH.indexOf(c);
        return k < 0 ? -1 : 0x80 + k;
    }

    private static boolean encodable(String codec, int c) {
        return switch (codec) {
            case "ascii" -> c < 0x80;
            case "latin-1" -> c < 0x100;
            case "cp1252" -> cp1252Byte(c) >= 0;
            default -> !isSurrogate(c);
        };
    }

    private static boolean isSurrogate(int c) {
        return c >= 0xD800 && c <= 0xDFFF;
    }

    /** Writes code point c (a surrogate only under surrogatepass) in the codec's form. */
    private static void write(ByteArrayOutputStream out, String codec, int c) {
        int unit = unitSize(codec);
        if (unit == 0) {
            if (codec.equals("cp1252")) {
                out.write(cp1252Byte(c));
            } else if (codec.equals("ascii") || codec.equals("latin-1")) {
                out.write(c);
            } else if (c < 0x80) {
                out.write(c);
            } else if (c < 0x800) {
                out.write(0xC0 | c >> 6);
                out.write(0x80 | c & 0x3F);
            } else if (c < 0x10000) {
                out.write(0xE0 | c >> 12);
                out.write(0x80 | c >> 6 & 0x3F);
                out.write(0x80 | c & 0x3F);
            } else {
                out.write(0xF0 | c >> 18);
                out.write(0x80 | c >> 12 & 0x3F);
                out.write(0x80 | c >> 6 & 0x3F);
                out.write(0x80 | c & 0x3F);
            }
        } else if (unit == 4 || c < 0x10000) {
            writeUnit(out, c, unit, bigEndian(codec));
        } else {
            writeUnit(out, Character.highSurrogate(c), 2, bigEndian(codec));
            writeUnit(out, Character.lowSurrogate(c), 2, bigEndian(codec));
        }
    }

    private static void writeUnit(ByteArrayOutputStream out, int v, int size, boolean big) {
        for (int k = 0; k < size; k++) out.write(v >> 8 * (big ? size - 1 - k : k) & 0xFF);
    }

    static byte[] encode(String s, String encoding, String errors) {
        textEncoding(encoding, "encode");
        String codec = codec(encoding);
        String name = codec.equals("utf-8-sig") ? "utf-8" : codec.equals("cp1252") ? "charmap" : codec;
        String reason = unitSize(codec) > 0 || name.equals("utf-8") ? "surrogates not allowed"
                : codec.equals("cp1252") ? "character maps to <undefined>"
                : "ordinal not in range(" + (codec.equals("ascii") ? 128 : 256) + ")";
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() + 4);
        out.writeBytes(byteOrderMark(codec));
        int[] cps = s.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            if (encodable(codec, cps[i])) {
                write(out, codec, cps[i]);
                continue;
            }
            int end = i + 1;
            while (end < cps.length && !encodable(codec, cps[end])) end++;
            for (int k = i; k < end; k++) {
                int c = cps[k];
                // a replacement is ASCII text, itself encoded by the codec
                String replacement = switch (errors) {
                    case "replace" -> "?";
                    case "backslashreplace" -> escape(c);
                    case "xmlcharrefreplace" -> "&#" + c + ";";
                    case "namereplace" -> Strs.unicodeName(c) == null ? escape(c) : "\\N{" + Strs.unicodeName(c) + "}";
                    default -> null;
                };
                if (replacement != null) {
                    replacement.chars().forEach(ch -> write(out, codec, ch));
                    continue;
                }
                switch (errors) {
                    case "strict" -> throw encodeError(name, s, i, end, reason);
                    case "ignore" -> { }
                    case "surrogateescape" -> {
                        if (c < 0xDC80 || c > 0xDCFF) throw encodeError(name, s, i, end, reason);
                        out.write(c - 0xDC00);
                    }
                    case "surrogatepass" -> {
                        if (!isSurrogate(c) || (unitSize(codec) == 0 && !name.equals("utf-8"))) {
                            throw encodeError(name, s, i, end, reason);
                        }
                        write(out, codec, c);
                    }
                    default -> throw unknownHandler(errors);
                }
            }
            i = end - 1;
        }
        return out.toByteArray();
    }

    private static PyException unknownHandler(String errors) {
        return Exceptions.raise(Exceptions.LookupError, "unknown error handler name '" + errors + "'");
    }

    private static String escape(int c) {
        return c < 0x100 ? String.format("\\x%02x", c) : c < 0x10000 ? String.format("\\u%04x", c) : String.format("\\U%08x", c);
    }

    static String decode(byte[] data, int len, String encoding, String errors) {
        textEncoding(encoding, "decode");
        String codec = codec(encoding);
        if (codec.equals("utf-8-sig")) {
            // Lib/encodings/utf_8_sig.py: the mark is cut off and the rest decoded as utf-8
            boolean marked = len >= 3 && java.util.Arrays.equals(data, 0, 3, byteOrderMark(codec), 0, 3);
            return marked ? decode(java.util.Arrays.copyOfRange(data, 3, len), len - 3, "utf-8", errors)
                    : decode(data, len, "utf-8", errors);
        }
        StringBuilder sb = new StringBuilder(len);
        int i = 0;
        String name = codec;
        if (codec.equals("utf-16") || codec.equals("utf-32")) {
            // the byte order mark picks the order; without one the machine's (little-endian) applies
            byte[] bom = byteOrderMark(codec), reversed = bom.clone();
            for (int k = 0; k < bom.length / 2; k++) {
                reversed[k] = bom[bom.length - 1 - k];
                reversed[bom.length - 1 - k] = bom[k];
            }
            boolean big = len >= bom.length && java.util.Arrays.equals(data, 0, bom.length, reversed, 0, bom.length);
            if (big || len >= bom.length && java.util.Arrays.equals(data, 0, bom.length, bom, 0, bom.length)) i = bom.length;
            name = codec + (big ? "-be" : "-le");
        }
        String order = name;
        int unit = unitSize(codec);
        while (i < len) {
            int b = data[i] & 0xff;
            char mapped = codec.equals("cp1252") && b >= 0x80 && b < 0xA0 ? CP1252_HIGH.charAt(b - 0x80) : (char) b;
            if (codec.equals("latin-1") || (codec.equals("ascii") && b < 0x80) || (codec.equals("cp1252") && mapped != 0)) {
                sb.append(mapped);
                i++;
                continue;
            }
            int consumed;
            String reason;
            if (codec.equals("ascii")) {
                consumed = 1;
                reason = "ordinal not in range(128)";
            } else if (codec.equals("cp1252")) {
                consumed = 1;
                reason = "character maps to <undefined>";
                name = "charmap";
            } else if (unit > 0) {
                int[] r = unit == 2 ? utf16Char(data, i, len, bigEndian(order)) : utf32Char(data, i, len, bigEndian(order));
                if (r[0] >= 0) {
                    sb.appendCodePoint(r[0]);
                    i += r[1];
                    continue;
                }
                consumed = r[1];
                reason = switch (r[0]) {
                    case -1 -> "truncated data";
                    case -2 -> "illegal UTF-16 surrogate";
                    case -3 -> "unexpected end of data";
                    case -4 -> "illegal encoding";
                    case -5 -> "code point not in range(0x110000)";
                    default -> "code point in surrogate code point range(0xd800, 0xe000)";
                };
            } else {
                int[] r = utf8Char(data, i, len);
                if (r[0] >= 0) {
                    sb.appendCodePoint(r[0]);
                    i += r[1];
                    continue;
                }
                consumed = r[1];
                reason = r[0] == -1 ? "invalid start byte" : r[0] == -2 ? "invalid continuation byte"
                        : "unexpected end of data";
            }
            i = handleDecodeError(sb, errors, name, data, len, i, i + consumed, reason);
        }
        return sb.toString();
    }

    /** Applies the error handler to data[start:end) and returns where decoding goes on. */
    private static int handleDecodeError(StringBuilder sb, String errors, String codec, byte[] data, int len, int start,
                                         int end, String reason) {
        switch (errors) {
            case "strict" -> throw decodeError(codec, data, len, start, end, reason);
            case "ignore" -> { }
            case "replace" -> sb.append('\uFFFD');
            case "backslashreplace" -> {
                for (int k = start; k < end; k++) sb.append(String.format("\\x%02x", data[k] & 0xff));
            }
            case "surrogateescape" -> {
                for (int k = start; k < end; k++) {
                    if ((data[k] & 0xff) < 0x80) throw decodeError(codec, data, len, start, end, reason);
                }
                for (int k = start; k < end; k++) sb.append((char) (0xDC00 + (data[k] & 0xff)));
            }
            case "surrogatepass" -> {
                // a UTF-8 encoded surrogate: ED A0..BF 80..BF
                if (!codec.equals("utf-8") || start + 3 > len || (data[start] & 0xff) != 0xED
                        || (data[start + 1] & 0xE0) != 0xA0 || (data[start + 2] & 0xC0) != 0x80) {
                    throw decodeError(codec, data, len, start, end, reason);
                }
                sb.append((char) (0xD000 | (data[start + 1] & 0x3F) << 6 | data[start + 2] & 0x3F));
                return start + 3;
            }
            case "xmlcharrefreplace", "namereplace" ->
                    throw Exceptions.typeError("don't know how to handle UnicodeDecodeError in error callback");
            default -> throw unknownHandler(errors);
        }
        return end;
    }

    private static int unit(byte[] d, int i, int size, boolean big) {
        int v = 0;
        for (int k = 0; k < size; k++) v |= (d[i + k] & 0xff) << 8 * (big ? size - 1 - k : k);
        return v;
    }

    /**
     * One UTF-16 character: {codepoint, length}, or {-1 truncated data, -2 illegal surrogate,
     * -3 unexpected end, -4 illegal encoding (a lone low surrogate); bytes in error}.
     */
    private static int[] utf16Char(byte[] d, int i, int len, boolean big) {
        if (len - i < 2) return new int[] {-1, len - i};
        int u = unit(d, i, 2, big);
        if (u < 0xD800 || u > 0xDFFF) return new int[] {u, 2};
        if (u >= 0xDC00) return new int[] {-4, 2};
        if (len - i < 4) return new int[] {-3, len - i};
        int low = unit(d, i + 2, 2, big);
        if (low < 0xDC00 || low > 0xDFFF) return new int[] {-2, 2};
        return new int[] {Character.toCodePoint((char) u, (char) low), 4};
    }

    /** One UTF-32 character: {codepoint, 4}, or {-1 truncated, -5 out of range, -6 surrogate; bytes in error}. */
    private static int[] utf32Char(byte[] d, int i, int len, boolean big) {
        if (len - i < 4) return new int[] {-1, len - i};
        long u = unit(d, i, 4, big) & 0xFFFFFFFFL;
        if (u > 0x10FFFF) return new int[] {-5, 4};
        if (isSurrogate((int) u)) return new int[] {-6, 4};
        return new int[] {(int) u, 4};
    }

    /**
     * One UTF-8 sequence as CPython's decoder judges it: {codepoint, length}, or
     * {-1 invalid start, -2 invalid continuation, -3 unexpected end; bytes to skip}.
     */
    private static int[] utf8Char(byte[] d, int i, int len) {
        int b0 = d[i] & 0xff;
        if (b0 < 0x80) return new int[] {b0, 1};
        int need, min, lo = 0x80, hi = 0xBF;
        if (b0 >= 0xC2 && b0 <= 0xDF) { need = 1; min = b0 & 0x1f; }
        else if (b0 >= 0xE0 && b0 <= 0xEF) {
            need = 2; min = b0 & 0x0f;
            if (b0 == 0xE0) lo = 0xA0;
            if (b0 == 0xED) hi = 0x9F;
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            need = 3; min = b0 & 0x07;
            if (b0 == 0xF0) lo = 0x90;
            if (b0 == 0xF4) hi = 0x8F;
        } else {
            return new int[] {-1, 1};
        }
        int cp = min;
        for (int k = 1; k <= need; k++) {
            if (i + k >= len) return new int[] {-3, k};
            int b = d[i + k] & 0xff;
            if (b < (k == 1 ? lo : 0x80) || b > (k == 1 ? hi : 0xBF)) return new int[] {-2, k};
            cp = (cp << 6) | (b & 0x3f);
        }
        return new int[] {cp, need + 1};
    }

    private static PyException encodeError(String codec, String s, int start, int end, String reason) {
        return Exceptions.raise(Exceptions.UnicodeEncodeError, codec, s, (long) start, (long) end, reason);
    }

    private static PyException decodeError(String codec, byte[] data, int len, int start, int end, String reason) {
        return Exceptions.raise(Exceptions.UnicodeDecodeError, codec, PyBytes.bytes(java.util.Arrays.copyOf(data, len)),
                (long) start, (long) end, reason);
    }

    /**
     * UnicodeEncodeError_str / UnicodeDecodeError_str / UnicodeTranslateError_str for {@code action}
     * "encode", "decode" or "translate": one character (byte) or a range of positions.
     */
    static String unicodeErrorStr(PyBaseException e, String action) {
        Object obj = e.getAttr("object"), reason = Abstract.str(e.getAttr("reason"));
        long start = Abstract.asSsize(e.getAttr("start"), true), end = Abstract.asSsize(e.getAttr("end"), true);
        String codec = action.equals("translate") ? "" : "'" + Abstract.str(e.getAttr("encoding")) + "' codec ";
        String s = Strs.value(obj);
        PyBytes b = s == null ? PyBytes.value(obj) : null;
        long len = s != null ? Strs.length(s) : b != null ? b.size : 0;
        if (end == start + 1 && start >= 0 && start < len) {
            String what = s != null ? "character '" + escape(s.codePointAt(Strs.offset(s, Strs.isBmp(s), start))) + "'"
                    : String.format("byte 0x%02x", b.data[(int) start] & 0xff);
            return codec + "can't " + action + " " + what + " in position " + start + ": " + reason;
        }
        return codec + "can't " + action + " " + (s != null ? "characters" : "bytes") + " in position " + start + "-"
                + (end - 1) + ": " + reason;
    }
}
