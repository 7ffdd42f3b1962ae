package tierpy.objects;

import java.math.BigInteger;

/**
 * Mirrors Python/formatter_unicode.c (the format mini-language for int, float and str),
 * Objects/unicodeobject.c: PyUnicode_Format (printf-style '%') and Objects/stringlib/
 * unicode_format.h (str.format's field parsing).
 */
final class Format {
    private Format() {}

    /**
     * A parsed [[fill]align][sign][z][#][0][width][grouping][.[precision][fracGrouping]][type];
     * fracGrouping (new in 3.14) separates the digits after the decimal point.
     */
    record Spec(int fill, char align, char sign, boolean z, boolean alt, int width, char grouping, int precision,
                char fracGrouping, char type) {}

    /**
     * int/float/str.__format__: an empty spec gives str(self) (so format(True, '') is 'True'),
     * anything else goes to the type's formatter.
     */
    static String builtin(Object self, Object spec, java.util.function.BiFunction<Object, String, String> formatter) {
        String s = Args.str("__format__", spec);
        return s.isEmpty() ? Abstract.str(self) : formatter.apply(self, s);
    }

    static Spec parse(String s, char defaultAlign, String typeName) {
        int i = 0, n = s.length();
        int fill = ' ';
        char align = 0;
        int firstLen = n == 0 ? 0 : Character.charCount(s.codePointAt(0));
        boolean fillGiven = n > firstLen && "<>=^".indexOf(s.charAt(firstLen)) >= 0;
        if (fillGiven) {
            fill = s.codePointAt(0);
            i = Character.charCount(fill);
            align = s.charAt(i++);
        } else if (n >= 1 && "<>=^".indexOf(s.charAt(0)) >= 0) {
            align = s.charAt(i++);
        }
        char sign = 0;
        if (i < n && "+- ".indexOf(s.charAt(i)) >= 0) sign = s.charAt(i++);
        boolean z = false, alt = false;
        if (i < n && s.charAt(i) == 'z') { z = true; i++; }
        if (i < n && s.charAt(i) == '#') { alt = true; i++; }
        if (i < n && s.charAt(i) == '0' && !fillGiven) {
            // the backwards-compatible zero padding: '=' alignment only where numbers default to '>'
            fill = '0';
            if (align == 0 && defaultAlign == '>') align = '=';
            i++;
        }
        int width = -1;
        int st = i;
        while (i < n && Character.isDigit(s.charAt(i))) i++;
        if (i > st) width = digitsValue(s, st, i);
        int[] pos = {i};
        char grouping = groupingChar(s, pos);
        i = pos[0];
        int precision = -1;
        char fracGrouping = 0;
        if (i < n && s.charAt(i) == '.') {
            i++;
            st = i;
            while (i < n && Character.isDigit(s.charAt(i))) i++;
            if (i > st) precision = digitsValue(s, st, i);
            pos[0] = i;
            fracGrouping = groupingChar(s, pos);
            if (i == st && fracGrouping == 0) throw Exceptions.valueError("Format specifier missing precision");
            i = pos[0];
        }
        char type = 0;
        if (i < n) type = s.charAt(i++);
        if (i < n) {
            throw Exceptions.valueError("Invalid format specifier '" + s + "' for object of type '" + typeName + "'");
        }
        if (align == 0) align = defaultAlign;
        // '_' may group bin/oct/hex digits (by four); ',' only decimal ones (PEP 378, PEP 515)
        String groupable = grouping == '_' ? "deEfFgG%bxXo" : "deEfFgG%";
        if (grouping != 0 && type != 0 && groupable.indexOf(type) < 0) {
            throw Exceptions.valueError("Cannot specify '" + grouping + "' with '" + type + "'.");
        }
        if (fracGrouping != 0 && type == 'n') {
            throw Exceptions.valueError("Cannot specify '" + fracGrouping + "' with 'n'.");
        }
        return new Spec(fill, align, sign, z, alt, width, grouping, precision, fracGrouping, type);
    }

    /** A width or precision, clamped to int; CPython refuses one that overflows Py_ssize_t. */
    private static int digitsValue(String s, int start, int end) {
        BigInteger v = new BigInteger(s.substring(start, end));
        if (v.bitLength() > 63) throw Exceptions.valueError("Too many decimal digits in format string");
        return v.bitLength() > 31 ? Integer.MAX_VALUE : v.intValue();
    }

    /** An optional ',' or '_' at pos[0] (advancing it); both together are an error, in either order. */
    private static char groupingChar(String s, int[] pos) {
        int i = pos[0], n = s.length();
        if (i >= n || (s.charAt(i) != ',' && s.charAt(i) != '_')) return 0;
        char c = s.charAt(i++);
        if (i < n && (s.charAt(i) == ',' || s.charAt(i) == '_') && s.charAt(i) != c) {
            throw Exceptions.valueError("Cannot specify both ',' and '_'.");
        }
        pos[0] = i;
        return c;
    }

    private static PyException unknownCode(char type, String typeName) {
        return Exceptions.valueError("Unknown format code '" + type + "' for object of type '" + typeName + "'");
    }

    /** Pads sign+prefix and body to the width with fill and alignment ('=' pads between them). */
    private static String pad(Spec sp, String signPrefix, String body) {
        int len = (int) Strs.length(signPrefix + body);
        if (sp.width <= len) return signPrefix + body;
        String fill = Character.toString(sp.fill).repeat(sp.width - len);
        return switch (sp.align) {
            case '<' -> signPrefix + body + fill;
            case '^' -> {
                int left = (sp.width - len) / 2;
                String f = Character.toString(sp.fill);
                yield f.repeat(left) + signPrefix + body + f.repeat(sp.width - len - left);
            }
            case '=' -> signPrefix + fill + body;
            default -> fill + signPrefix + body;
        };
    }

    /** Inserts the grouping separator every {@code every} digits of an integer digit string. */
    private static String group(String digits, char sep, int every, int minWidth) {
        if (sep == 0) return digits;
        StringBuilder sb = new StringBuilder();
        int count = 0;
        for (int i = digits.length() - 1; i >= 0; i--) {
            if (count > 0 && count % every == 0) sb.append(sep);
            sb.append(digits.charAt(i));
            count++;
        }
        while (sb.length() < minWidth) {
            // a separator is always followed by a digit, even past the width
            if (count % every == 0) sb.append(sep);
            sb.append('0');
            count++;
        }
        return sb.reverse().toString();
    }

    private static String sign(boolean negative, char sign) {
        if (negative) return "-";
        return sign == '+' ? "+" : sign == ' ' ? " " : "";
    }

    static String formatInt(Object v, String specText) {
        if (specText.isEmpty()) return Ints.toString(v);
        Spec sp = parse(specText, '>', "int");
        char type = sp.type;
        if (type != 0 && "eEfFgG%".indexOf(type) >= 0) return formatFloat(Ints.toDouble(v), specText);
        if (sp.precision >= 0) throw Exceptions.valueError("Precision not allowed in integer format specifier");
        if (sp.z) throw Exceptions.valueError("Negative zero coercion (z) not allowed in integer format specifier");
        boolean negative = Ints.signum(v) < 0;
        String prefix = "", digits;
        int every = 3;
        switch (type) {
            case 0, 'd', 'n' -> digits = magnitudeDigits(v, 10);
            case 'b' -> { digits = magnitudeDigits(v, 2); prefix = "0b"; every = 4; }
            case 'o' -> { digits = magnitudeDigits(v, 8); prefix = "0o"; every = 4; }
            case 'x' -> { digits = magnitudeDigits(v, 16); prefix = "0x"; every = 4; }
            case 'X' -> { digits = magnitudeDigits(v, 16).toUpperCase(); prefix = "0X"; every = 4; }
            case 'c' -> {
                if (sp.sign != 0) throw Exceptions.valueError("Sign not allowed with integer format specifier 'c'");
                if (sp.alt) throw Exceptions.valueError("Alternate form (#) not allowed with integer format specifier 'c'");
                BigInteger b = Ints.big(v);
                if (b.signum() < 0 || b.compareTo(BigInteger.valueOf(0x10ffff)) > 0) {
                    throw Exceptions.overflowError("%c arg not in range(0x110000)");
                }
                return pad(sp, "", Character.toString(b.intValue()));
            }
            default -> throw unknownCode(type, "int");
        }
        String signPrefix = sign(negative, sp.sign) + (sp.alt ? prefix : "");
        if (sp.grouping != 0 && sp.align == '=' && sp.fill == '0') {
            int room = sp.width - signPrefix.length();
            return signPrefix + group(digits, sp.grouping, every, room);
        }
        return pad(sp, signPrefix, group(digits, sp.grouping, every, 0));
    }

    /**
     * The digits of |v| in radix (lowercase), without going through BigInteger when v fits a long;
     * decimal ones within sys.set_int_max_str_digits.
     */
    private static String magnitudeDigits(Object v, int radix) {
        if (v instanceof Long l && l != Long.MIN_VALUE) return Long.toString(Math.abs(l), radix);
        BigInteger magnitude = Ints.big(v).abs();
        return radix == 10 ? Ints.toString(magnitude) : magnitude.toString(radix);
    }

    static String formatFloat(double x, String specText) {
        if (specText.isEmpty()) return FloatFormat.repr(x);
        Spec sp = parse(specText, '>', "float");
        if (sp.type != 0 && "eEfFgGn%".indexOf(sp.type) < 0) throw unknownCode(sp.type, "float");
        String[] number = floatNumber(x, sp, sp.sign, true);
        return pad(sp, number[0], number[1]);
    }

    /**
     * Python/formatter_unicode.c: format_complex_internal: each part formatted like a float
     * (without the ".0" an empty type adds), the imaginary one always signed unless the real
     * part is left out; an empty type gives str(self)'s shape, parentheses included.
     */
    static String formatComplex(double re, double im, String specText) {
        Spec sp = parse(specText, '>', "complex");
        if (sp.type != 0 && "eEfFgGn".indexOf(sp.type) < 0) throw unknownCode(sp.type, "complex");
        if (sp.fill == '0') throw Exceptions.valueError("Zero padding is not allowed in complex format specifier");
        if (sp.align == '=') throw Exceptions.valueError("'=' alignment flag is not allowed in complex format specifier");
        boolean skipReal = sp.type == 0 && Double.doubleToRawLongBits(re) == 0;
        String[] imag = floatNumber(im, sp, skipReal ? sp.sign : '+', false);
        String body = imag[0] + imag[1] + "j";
        if (!skipReal) {
            String[] real = floatNumber(re, sp, sp.sign, false);
            body = real[0] + real[1] + body;
            if (sp.type == 0) body = "(" + body + ")";
        }
        return pad(sp, "", body);
    }

    /**
     * The sign and the grouped digits of x under sp (whose type the caller has checked).
     * {@code addDot0}: an empty type shows a float as float() does ("1.0"); complex parts omit it.
     */
    private static String[] floatNumber(double x, Spec sp, char signMode, boolean addDot0) {
        char type = sp.type;
        int prec = sp.precision;
        // digitsValue clamps precisions to int; CPython refuses any over INT_MAX
        if (prec == Integer.MAX_VALUE) throw Exceptions.valueError("precision too big");
        if (type == '%') x *= 100;
        boolean negative = Double.doubleToRawLongBits(x) < 0 && !Double.isNaN(x);
        double a = Math.abs(x);
        String body;
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            body = Double.isNaN(x) ? "nan" : "inf";
            if (type != 0 && Character.isUpperCase(type)) body = body.toUpperCase();
            if (type == '%') body += "%";
        } else {
            body = switch (type) {
                case 'f', 'F' -> FloatFormat.fixed(a, prec < 0 ? 6 : prec) + (sp.alt && prec == 0 ? "." : "");
                case '%' -> FloatFormat.fixed(a, prec < 0 ? 6 : prec) + (sp.alt && prec == 0 ? ".%" : "%");
                case 'e', 'E' -> {
                    String e = FloatFormat.exponent(a, prec < 0 ? 6 : prec, type);
                    yield sp.alt && prec == 0 ? e.charAt(0) + "." + e.substring(1) : e;
                }
                case 'g', 'G', 'n' -> FloatFormat.general(a, prec < 0 ? 6 : prec, type == 'G' ? 'E' : 'e', sp.alt, false);
                default -> {
                    if (prec >= 0) yield FloatFormat.general(a, prec, 'e', sp.alt, addDot0);
                    String r = FloatFormat.repr(a);
                    if (addDot0) yield r;
                    // complex parts: repr's 'r' code, where '#' keeps the point ("1.", "1.e+20")
                    if (r.endsWith(".0")) r = r.substring(0, r.length() - 2);
                    yield sp.alt && r.indexOf('.') < 0 ? r.replaceFirst("(e|$)", ".$1") : r;
                }
            };
            if (sp.z && negative && isZeroText(body)) negative = false;
        }
        String signStr = sign(negative, signMode);
        if (sp.grouping != 0 || sp.fracGrouping != 0) {
            int dot = body.indexOf('.');
            int end = dot >= 0 ? dot : indexOfNonDigit(body, 0);
            String intPart = body.substring(0, end), rest = body.substring(end);
            if (sp.fracGrouping != 0 && dot >= 0) {
                int fracEnd = indexOfNonDigit(body, dot + 1);
                rest = "." + groupFraction(body.substring(dot + 1, fracEnd), sp.fracGrouping) + body.substring(fracEnd);
            }
            int room = sp.align == '=' && sp.fill == '0' ? sp.width - signStr.length() - rest.length() : 0;
            body = group(intPart, sp.grouping, 3, room) + rest;
        }
        return new String[] {signStr, body};
    }

    /** 3.14's fractional grouping: a separator after every three digits, counted from the point. */
    private static String groupFraction(String digits, char sep) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && i % 3 == 0) sb.append(sep);
            sb.append(digits.charAt(i));
        }
        return sb.toString();
    }

    private static int indexOfNonDigit(String s, int from) {
        int i = from;
        while (i < s.length() && Character.isDigit(s.charAt(i))) i++;
        return i;
    }

    private static boolean isZeroText(String body) {
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == 'e' || c == 'E') break;
            if (c >= '1' && c <= '9') return false;
        }
        return true;
    }

    static String formatStr(String s, String specText) {
        if (specText.isEmpty()) return s;
        Spec sp = parse(specText, '<', "str");
        if (sp.type != 0 && sp.type != 's') throw unknownCode(sp.type, "str");
        if (sp.sign != 0) {
            throw Exceptions.valueError((sp.sign == ' ' ? "Space" : "Sign") + " not allowed in string format specifier");
        }
        if (sp.z) throw Exceptions.valueError("Negative zero coercion (z) not allowed in string format specifier");
        if (sp.alt) throw Exceptions.valueError("Alternate form (#) not allowed in string format specifier");
        if (sp.align == '=') throw Exceptions.valueError("'=' alignment not allowed in string format specifier");
        if (sp.grouping != 0) throw Exceptions.valueError("Cannot specify '" + sp.grouping + "' with 's'.");
        if (sp.precision >= 0 && Strs.length(s) > sp.precision) s = Strs.substring(s, 0, sp.precision);
        return pad(sp, "", s);
    }

    // ---------------------------------------------------------------- printf-style

    /** str % args (PyUnicode_Format). */
    static String percent(String fmt, Object args) {
        return percent(fmt, args, false);
    }

    /**
     * str % args, or with {@code bytes} set bytes % args (Objects/bytesobject.c: _PyBytes_FormatEx)
     * over the latin-1 view of the format: %s and %b insert bytes, %a and %r ascii(), %c one byte.
     */
    static String percent(String fmt, Object args, boolean bytes) {
        PyTuple tuple = PyTuple.value(args);
        boolean mapping = tuple == null && !(args instanceof String) && !(bytes && PyBytes.value(args) != null)
                && Py.type(args).getitem != null;
        int argIndex = 0;
        StringBuilder out = new StringBuilder();
        int n = fmt.length();
        for (int i = 0; i < n; ) {
            char c = fmt.charAt(i);
            if (c != '%') {
                out.append(c);
                i++;
                continue;
            }
            i++;
            if (i >= n) throw Exceptions.valueError("incomplete format");
            Object value = null;
            if (fmt.charAt(i) == '(') {
                if (!mapping) throw Exceptions.typeError("format requires a mapping");
                int depth = 1, k = ++i;
                while (i < n && depth > 0) {
                    if (fmt.charAt(i) == '(') depth++;
                    else if (fmt.charAt(i) == ')') depth--;
                    i++;
                }
                if (depth > 0) throw Exceptions.valueError("incomplete format key");
                String key = fmt.substring(k, i - 1);
                value = Abstract.getitem(args, bytes ? PyBytes.bytes(PyBytes.latin1(key)) : key);
            }
            int specStart = i;
            StringBuilder flags = new StringBuilder();
            while (i < n && "-+ #0".indexOf(fmt.charAt(i)) >= 0) flags.append(fmt.charAt(i++));
            int width = -1;
            if (i < n && fmt.charAt(i) == '*') {
                i++;
                width = (int) starArg(nextArg(args, tuple, argIndex++));
                if (width < 0) {
                    flags.append('-');
                    width = -width;
                }
            } else {
                int st = i;
                while (i < n && Character.isDigit(fmt.charAt(i))) i++;
                if (i > st) width = Integer.parseInt(fmt.substring(st, i));
            }
            int prec = -1;
            if (i < n && fmt.charAt(i) == '.') {
                i++;
                if (i < n && fmt.charAt(i) == '*') {
                    i++;
                    prec = (int) Math.max(0, starArg(nextArg(args, tuple, argIndex++)));
                } else {
                    int st = i;
                    while (i < n && Character.isDigit(fmt.charAt(i))) i++;
                    prec = i > st ? Integer.parseInt(fmt.substring(st, i)) : 0;
                }
            }
            while (i < n && "hlL".indexOf(fmt.charAt(i)) >= 0) i++;  // C length modifiers are accepted and ignored
            if (i >= n) throw Exceptions.valueError("incomplete format");
            char type = fmt.charAt(i++);
            if (type == '%' && i - 1 == specStart && value == null) {
                out.append('%');
                continue;
            }
            if (value == null) {
                // a mapping is the single argument; after a %(key) lookup there is none left
                value = nextArg(args, tuple, argIndex++);
            } else if (mapping) {
                argIndex = 1;
            }
            String f = flags.toString();
            boolean left = f.contains("-");
            String sign = f.contains("+") ? "+" : f.contains(" ") ? " " : "";
            String spec = (left ? "<" : "") + sign + (f.contains("#") ? "#" : "")
                    + (!left && f.contains("0") && "eEfFgG".indexOf(type) >= 0 ? "0" : "");
            String w = width >= 0 ? Integer.toString(width) : "";
            String body = switch (type) {
                case 's' -> padText(bytes ? bytesText(value) : Abstract.str(value), left, width, prec);
                case 'b' -> {
                    if (!bytes) throw unsupportedPercent(type, i - 1);
                    yield padText(bytesText(value), left, width, prec);
                }
                case 'r' -> padText(bytes ? Abstract.ascii(value) : Abstract.repr(value), left, width, prec);
                case 'a' -> padText(Abstract.ascii(value), left, width, prec);
                case 'd', 'i', 'u' -> percentInteger(percentInt(value, type), 'd', f, width, prec);
                case 'x', 'X', 'o' -> percentInteger(percentIndex(value, type), type, f, width, prec);
                case 'e', 'E', 'f', 'F', 'g', 'G' -> formatFloat(percentFloat(value, type),
                        spec + w + "." + (prec < 0 ? 6 : prec) + type);
                case 'c' -> padText(bytes ? byteChar(value) : percentChar(value), left, width, -1);
                default -> throw unsupportedPercent(type, i - 1);
            };
            out.append(body);
        }
        if (!mapping && argIndex < (tuple == null ? 1 : tuple.size())) {
            throw Exceptions.typeError("not all arguments converted during " + (bytes ? "bytes" : "string") + " formatting");
        }
        return out.toString();
    }

    private static PyException unsupportedPercent(char type, int index) {
        return Exceptions.valueError(String.format("unsupported format character '%c' (0x%x) at index %d", type, (int) type, index));
    }

    /** %s / %b of bytes formatting: a bytes-like object or one with __bytes__, as latin-1 text. */
    private static String bytesText(Object value) {
        PyBytes b = PyBytes.value(value);
        if (b == null) {
            Object hook = Abstract.lookupSpecial(value, "__bytes__");
            if (hook != null) b = PyBytes.value(Abstract.callBound(hook, value));
        }
        if (b == null) {
            throw Exceptions.typeError("%b requires a bytes-like object, or an object that implements __bytes__, not '"
                    + Py.type(value).name + "'");
        }
        return b.latin1();
    }

    private static String byteChar(Object value) {
        PyBytes b = PyBytes.value(value);
        if (b != null && b.size == 1) return b.latin1();
        if (b == null && Ints.value(value) != null) {
            Object i = Ints.value(value);
            if (Ints.signum(i) < 0 || Ints.compare(i, 255L) > 0) throw Exceptions.overflowError("%c arg not in range(256)");
            return String.valueOf((char) (long) (Long) i);
        }
        throw Exceptions.typeError("%c requires an integer in range(256) or a single byte");
    }

    /** A '*' width or precision: an int argument ("* wants int" otherwise). */
    private static long starArg(Object v) {
        if (!(Ints.value(v) instanceof Long l)) throw Exceptions.typeError("* wants int");
        return l;
    }

    /**
     * %d %x %o of printf-style formatting (formatlong): the precision zero-pads the digits, '#'
     * adds the base prefix, '0' pads between sign/prefix and digits, '-' pads on the right.
     */
    private static String percentInteger(Object v, char type, String flags, int width, int prec) {
        boolean negative = Ints.signum(v) < 0;
        String digits = magnitudeDigits(v, type == 'd' ? 10 : type == 'o' ? 8 : 16);
        if (type == 'X') digits = digits.toUpperCase(java.util.Locale.ROOT);
        if (digits.length() < prec) digits = "0".repeat(prec - digits.length()) + digits;
        String prefix = (negative ? "-" : flags.contains("+") ? "+" : flags.contains(" ") ? " " : "")
                + (flags.contains("#") && type != 'd' ? "0" + type : "");
        int pad = width - prefix.length() - digits.length();
        if (pad <= 0) return prefix + digits;
        if (flags.contains("-")) return prefix + digits + " ".repeat(pad);
        if (flags.contains("0")) return prefix + "0".repeat(pad) + digits;
        return " ".repeat(pad) + prefix + digits;
    }

    private static Object nextArg(Object args, PyTuple tuple, int index) {
        if (tuple == null) {
            if (index == 0) return args;
        } else if (index < tuple.size()) {
            return tuple.get(index);
        }
        throw Exceptions.typeError("not enough arguments for format string");
    }

    private static String padText(String s, boolean left, int width, int prec) {
        if (prec >= 0 && Strs.length(s) > prec) s = Strs.substring(s, 0, prec);
        long len = Strs.length(s);
        if (width <= len) return s;
        String fill = " ".repeat((int) (width - len));
        return left ? s + fill : fill + s;
    }

    private static Object percentInt(Object v, char type) {
        Object i = Ints.value(v);
        if (i != null) return i;
        if (v instanceof Double d) return Floats.toInt(d);
        if (Py.type(v).asInt != null || Py.type(v).index != null) return Ints.toInt(v);
        throw Exceptions.typeError("%" + type + " format: a real number is required, not " + Py.type(v).name);
    }

    private static Object percentIndex(Object v, char type) {
        if (Py.type(v).index == null) {
            throw Exceptions.typeError("%" + type + " format: an integer is required, not " + Py.type(v).name);
        }
        return Abstract.index(v);
    }

    private static double percentFloat(Object v, char type) {
        Double d = Floats.operand(v);
        if (d != null) return d;
        if (Py.type(v).asFloat == null && Py.type(v).index == null) {
            throw Exceptions.typeError("must be real number, not " + Py.type(v).name);
        }
        return Floats.toFloat(v);
    }

    private static String percentChar(Object v) {
        if (v instanceof String s) {
            if (Strs.length(s) != 1) throw Exceptions.typeError("%c requires an int or a unicode character, not a string of length " + Strs.length(s));
            return s;
        }
        Object i = Ints.value(v);
        if (i == null) {
            throw Exceptions.typeError("%c requires an int or a unicode character, not " + Py.type(v).name);
        }
        if (Ints.signum(i) < 0 || Ints.compare(i, 0x10ffffL) > 0) {
            throw Exceptions.overflowError("%c arg not in range(0x110000)");
        }
        return Character.toString((int) (long) (Long) i);
    }

    // ---------------------------------------------------------------- str.format

    static String strFormat(String fmt, Object[] a, int off, int n, String[] kw) {
        return new FormatState(a, off, n, kw, null).render(fmt, 2);
    }

    /** str.format_map(mapping): named fields are looked up with mapping[name]. */
    static String strFormatMap(String fmt, Object mapping) {
        return new FormatState(new Object[0], 0, 0, null, mapping).render(fmt, 2);
    }

    private static final class FormatState {
        private final Object[] a;
        private final int off, n;
        private final String[] kw;
        private final Object mapping;
        private int auto;
        private boolean manual;

        FormatState(Object[] a, int off, int n, String[] kw, Object mapping) {
            this.a = a;
            this.off = off;
            this.n = n;
            this.kw = kw;
            this.mapping = mapping;
        }

        /** Mirrors MarkupIterator_next and parse_field (Objects/stringlib/unicode_format.h). */
        String render(String fmt, int depth) {
            if (depth <= 0) throw Exceptions.valueError("Max string recursion exceeded");
            StringBuilder out = new StringBuilder();
            int len = fmt.length();
            for (int i = 0; i < len; ) {
                char c = fmt.charAt(i++);
                if (c != '{' && c != '}') {
                    out.append(c);
                    continue;
                }
                boolean atEnd = i >= len;
                if (c == '}' && (atEnd || fmt.charAt(i) != '}')) {
                    throw Exceptions.valueError("Single '}' encountered in format string");
                }
                if (atEnd) throw Exceptions.valueError("Single '{' encountered in format string");
                if (fmt.charAt(i) == c) {
                    out.append(c);
                    i++;
                    continue;
                }
                // the field name runs to '}', ':' or '!'; a '[' skips to its ']'
                int nameStart = i;
                char d = 0;
                while (i < len) {
                    d = fmt.charAt(i++);
                    if (d == '{') throw Exceptions.valueError("unexpected '{' in field name");
                    if (d == '[') {
                        while (i < len && fmt.charAt(i) != ']') i++;
                        continue;
                    }
                    if (d == '}' || d == ':' || d == '!') break;
                }
                String name = fmt.substring(nameStart, d == '}' || d == ':' || d == '!' ? i - 1 : i);
                char conv = 0;
                String spec = "";
                boolean expand = false;
                if (d == '!' || d == ':') {
                    boolean done = false;
                    if (d == '!') {
                        if (i >= len) throw Exceptions.valueError("end of string while looking for conversion specifier");
                        conv = fmt.charAt(i++);
                        if (i < len) {
                            char e = fmt.charAt(i++);
                            done = e == '}';
                            if (!done && e != ':') throw Exceptions.valueError("expected ':' after conversion specifier");
                        }
                    }
                    if (!done) {
                        int specStart = i, count = 1;
                        while (i < len && count > 0) {
                            char e = fmt.charAt(i++);
                            if (e == '{') {
                                expand = true;
                                count++;
                            } else if (e == '}') {
                                count--;
                            }
                        }
                        if (count > 0) throw Exceptions.valueError("unmatched '{' in format spec");
                        spec = fmt.substring(specStart, i - 1);
                    }
                } else if (d != '}') {
                    throw Exceptions.valueError("expected '}' before end of string");
                }
                out.append(field(name, conv, spec, expand, depth));
            }
            return out.toString();
        }

        /** output_markup: the field's object, its conversion, then the expanded spec. */
        private String field(String name, char conv, String spec, boolean expand, int depth) {
            Object v = lookup(name);
            v = switch (conv) {
                case 0 -> v;
                case 'r' -> Abstract.repr(v);
                case 'a' -> Abstract.ascii(v);
                case 's' -> Abstract.str(v);
                default -> throw Exceptions.valueError(conv > 32 && conv < 127 ? "Unknown conversion specifier " + conv
                        : String.format("Unknown conversion specifier \\x%x", (int) conv));
            };
            return Abstract.format(v, expand ? render(spec, depth - 1) : spec);
        }

        /** Mirrors field_name_split, FieldNameIterator_next and get_field_object. */
        private Object lookup(String name) {
            int end = 0;
            while (end < name.length() && name.charAt(end) != '.' && name.charAt(end) != '[') end++;
            String first = name.substring(0, end);
            Object v;
            if (first.isEmpty() || isIndex(first)) {
                if (mapping != null) throw Exceptions.valueError("Format string contains positional fields");
                if (first.isEmpty()) {
                    if (manual) {
                        throw Exceptions.valueError("cannot switch from manual field specification to automatic field numbering");
                    }
                    v = positional(auto++);
                } else {
                    if (auto > 0) {
                        throw Exceptions.valueError("cannot switch from automatic field numbering to manual field specification");
                    }
                    manual = true;
                    v = positional(parseIndex(first));
                }
            } else if (mapping != null) {
                v = Abstract.getitem(mapping, first);
            } else {
                v = null;
                for (int k = 0; kw != null && k < kw.length; k++) if (kw[k].equals(first)) v = a[off + n + k];
                if (v == null) throw Exceptions.keyError(first);
            }
            int i = end;
            while (i < name.length()) {
                char c = name.charAt(i++);
                int j = i;
                if (c == '.') {
                    while (j < name.length() && name.charAt(j) != '.' && name.charAt(j) != '[') j++;
                    if (j == i) throw Exceptions.valueError("Empty attribute in format string");
                    v = Abstract.getattr(v, name.substring(i, j));
                    i = j;
                } else if (c == '[') {
                    while (j < name.length() && name.charAt(j) != ']') j++;
                    if (j >= name.length()) throw Exceptions.valueError("Missing ']' in format string");
                    if (j == i) throw Exceptions.valueError("Empty attribute in format string");
                    String key = name.substring(i, j);
                    v = Abstract.getitem(v, isIndex(key) ? (Object) parseIndex(key) : key);
                    i = j + 1;
                    if (i < name.length() && name.charAt(i) != '.' && name.charAt(i) != '[') {
                        throw Exceptions.valueError("Only '.' or '[' may follow ']' in format field specifier");
                    }
                } else {
                    throw Exceptions.valueError("Only '.' or '[' may follow ']' in format field specifier");
                }
            }
            return v;
        }

        /** get_integer: a field name or key made only of decimal digits is an index. */
        private static boolean isIndex(String s) {
            return !s.isEmpty() && s.chars().allMatch(ch -> ch >= '0' && ch <= '9');
        }

        private static long parseIndex(String digits) {
            try {
                return Long.parseLong(digits);
            } catch (NumberFormatException e) {
                throw Exceptions.valueError("Too many decimal digits in format string");
            }
        }

        private Object positional(long i) {
            if (i >= n) {
                throw Exceptions.indexError("Replacement index " + i + " out of range for positional args tuple");
            }
            return a[off + (int) i];
        }
    }
}
