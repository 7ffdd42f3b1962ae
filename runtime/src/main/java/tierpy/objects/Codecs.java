package tierpy.objects;

import java.io.ByteArrayOutputStream;

/**
 * Mirrors Objects/unicodeobject.c's utf-8, ascii and latin-1 codecs (encode/decode with the
 * strict, ignore, replace and backslashreplace error handlers) and the messages of
 * UnicodeEncodeError / UnicodeDecodeError (Objects/exceptions.c: UnicodeEncodeError_str).
 */
final class Codecs {
    private Codecs() {}

    /** The codec's canonical name, or null when unsupported. */
    static String normalize(String encoding) {
        String e = encoding.toLowerCase().replace('_', '-');
        return switch (e) {
            case "utf-8", "utf8", "u8", "utf" -> "utf-8";
            case "ascii", "us-ascii", "646" -> "ascii";
            case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "8859", "cp819", "l1", "latin" -> "latin-1";
            case "utf-16", "utf16", "u16" -> "utf-16";
            case "utf-16-le", "utf-16le" -> "utf-16-le";
            case "utf-16-be", "utf-16be" -> "utf-16-be";
            case "utf-32", "utf32", "u32" -> "utf-32";
            case "utf-32-le", "utf-32le" -> "utf-32-le";
            case "utf-32-be", "utf-32be" -> "utf-32-be";
            default -> null;
        };
    }

    private static String codec(String encoding) {
        String c = normalize(encoding);
        if (c == null) throw Exceptions.raise(Exceptions.LookupError, "unknown encoding: " + encoding);
        return c;
    }

    /**
     * The UTF-16/32 codecs on well-formed text, through the JDK's charsets: the plain names write a
     * little-endian byte order mark, as CPython does on little-endian machines.
     */
    private static java.nio.charset.Charset wideCharset(String codec) {
        return switch (codec) {
            case "utf-16", "utf-16-le" -> java.nio.charset.StandardCharsets.UTF_16LE;
            case "utf-16-be" -> java.nio.charset.StandardCharsets.UTF_16BE;
            case "utf-32", "utf-32-le" -> java.nio.charset.Charset.forName("UTF-32LE");
            case "utf-32-be" -> java.nio.charset.Charset.forName("UTF-32BE");
            default -> null;
        };
    }

    private static byte[] byteOrderMark(String codec) {
        return switch (codec) {
            case "utf-16" -> new byte[] {(byte) 0xFF, (byte) 0xFE};
            case "utf-32" -> new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0};
            default -> new byte[0];
        };
    }

    static byte[] encode(String s, String encoding, String errors) {
        String codec = codec(encoding);
        java.nio.charset.Charset wide = wideCharset(codec);
        if (wide != null) {
            byte[] bom = byteOrderMark(codec), body = s.getBytes(wide);
            byte[] out = java.util.Arrays.copyOf(bom, bom.length + body.length);
            System.arraycopy(body, 0, out, bom.length, body.length);
            return out;
        }
        int limit = codec.equals("ascii") ? 0x80 : codec.equals("latin-1") ? 0x100 : 0x110000;
        String reason = codec.equals("utf-8") ? "surrogates not allowed" : "ordinal not in range(" + limit + ")";
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        int[] cps = s.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            boolean bad = codec.equals("utf-8") ? (c >= 0xD800 && c <= 0xDFFF) : c >= limit;
            if (!bad) {
                if (codec.equals("utf-8")) {
                    byte[] b = Character.toString(c).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    out.write(b, 0, b.length);
                } else {
                    out.write(c);
                }
                continue;
            }
            int end = i + 1;
            while (end < cps.length && (codec.equals("utf-8") ? (cps[end] >= 0xD800 && cps[end] <= 0xDFFF)
                    : cps[end] >= limit)) end++;
            switch (errors) {
                case "strict" -> throw encodeError(codec, s, i, end, reason);
                case "ignore" -> { }
                case "replace" -> { for (int k = i; k < end; k++) out.write('?'); }
                case "backslashreplace" -> {
                    for (int k = i; k < end; k++) {
                        byte[] b = escape(cps[k]).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
                        out.write(b, 0, b.length);
                    }
                }
                default -> throw Exceptions.raise(Exceptions.LookupError, "unknown error handler name '" + errors + "'");
            }
            i = end - 1;
        }
        return out.toByteArray();
    }

    private static String escape(int c) {
        return c < 0x100 ? String.format("\\x%02x", c) : c < 0x10000 ? String.format("\\u%04x", c) : String.format("\\U%08x", c);
    }

    static String decode(byte[] data, int len, String encoding, String errors) {
        String codec = codec(encoding);
        java.nio.charset.Charset wide = wideCharset(codec);
        if (wide != null) {
            byte[] bom = byteOrderMark(codec);
            int start = len >= bom.length && java.util.Arrays.equals(data, 0, bom.length, bom, 0, bom.length) ? bom.length : 0;
            return new String(data, start, len - start, wide);
        }
        StringBuilder sb = new StringBuilder(len);
        for (int i = 0; i < len; ) {
            int b = data[i] & 0xff;
            if (codec.equals("latin-1") || (codec.equals("ascii") && b < 0x80)) {
                sb.append((char) b);
                i++;
                continue;
            }
            int consumed;
            String reason;
            if (codec.equals("ascii")) {
                consumed = 1;
                reason = "ordinal not in range(128)";
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
            switch (errors) {
                case "strict" -> throw decodeError(codec, data, len, i, i + consumed, reason);
                case "ignore" -> { }
                case "replace" -> sb.append('\uFFFD');
                case "backslashreplace" -> {
                    for (int k = i; k < i + consumed; k++) sb.append(String.format("\\x%02x", data[k] & 0xff));
                }
                default -> throw Exceptions.raise(Exceptions.LookupError, "unknown error handler name '" + errors + "'");
            }
            i += consumed;
        }
        return sb.toString();
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

    /** UnicodeEncodeError_str / UnicodeDecodeError_str. */
    static String unicodeErrorStr(PyBaseException e, PyType kind) {
        Object obj = e.getAttr("object");
        if (obj == null) return ""; // not initialized
        String reason = Abstract.str(e.getAttr("reason"));
        long start = Abstract.asSsize(e.getAttr("start"), true), end = Abstract.asSsize(e.getAttr("end"), true);
        if (kind == Exceptions.UnicodeDecodeError) {
            if (!(obj instanceof PyBytes b)) throw Exceptions.typeError("object attribute must be bytes");
            String prefix = "'" + Abstract.str(e.getAttr("encoding")) + "' codec can't decode ";
            if (start >= 0 && start < b.size && end == start + 1) {
                return prefix + String.format("byte 0x%02x", b.data[(int) start] & 0xff) + " in position " + start + ": " + reason;
            }
            return prefix + "bytes in position " + start + "-" + (end - 1) + ": " + reason;
        }
        if (!(obj instanceof String s)) throw Exceptions.typeError("object attribute must be unicode");
        String prefix = kind == Exceptions.UnicodeTranslateError ? "can't translate "
                : "'" + Abstract.str(e.getAttr("encoding")) + "' codec can't encode ";
        if (start >= 0 && start < s.codePointCount(0, s.length()) && end == start + 1) {
            int c = s.codePointAt(s.offsetByCodePoints(0, (int) start));
            return prefix + "character '" + escape(c) + "' in position " + start + ": " + reason;
        }
        return prefix + "characters in position " + start + "-" + (end - 1) + ": " + reason;
    }
}
