package tierpy.modules;

import java.text.Normalizer;
import java.util.Locale;
import tierpy.objects.Exceptions;
import tierpy.objects.Py;
import tierpy.objects.Strs;
import tierpy.vm.PyModule;

/**
 * Mirrors Modules/unicodedata.c over the JDK's Unicode tables: name, lookup, category,
 * bidirectional, mirrored, decimal, digit, normalize and is_normalized.
 */
@ModuleDef("unicodedata")
public final class UnicodedataModule {
    private UnicodedataModule() {}

    /** Character.getType's values as the two-letter general categories. */
    private static final String CATEGORIES = "CnLuLlLtLmLoMnMeMcNdNlNoZsZlZpCcCf??CoCsPdPsPePcPoSmScSkSoPiPf";

    private static final String[] BIDI = {"L", "R", "AL", "EN", "ES", "ET", "AN", "CS", "NSM", "BN", "B", "S", "WS", "ON",
        "LRE", "LRO", "RLE", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI"};

    static void init(PyModule m) {
        m.dict.setItem("unidata_version", "16.0.0");
    }

    /** The single code point of a one-character str argument (the 'C' converter). */
    private static int character(String fname, Object o) {
        String s = Strs.value(o);
        if (s == null || s.codePointCount(0, s.length()) != 1) {
            throw Exceptions.typeError(fname + "() argument 1 must be a unicode character, not " + Py.type(o).name);
        }
        return s.codePointAt(0);
    }

    private static Object orDefault(Object[] a, int off, int n, String message) {
        if (n == 2) return a[off + 1];
        throw Exceptions.valueError(message);
    }

    @Function
    static Object name(Object[] a, int off, int n, String[] kw) {
        tierpy.objects.Args.check("name", n, kw, 1, 2);
        String name = Strs.unicodeName(character("name", a[off]));
        return name != null ? name : orDefault(a, off, n, "no such name");
    }

    @Function
    static Object lookup(Object name) {
        String s = Strs.value(name);
        if (s == null) throw Exceptions.typeError("lookup() argument must be str, not " + Py.type(name).name);
        String upper = s.toUpperCase(Locale.ROOT);
        int c = -1;
        if (upper.startsWith("HANGUL SYLLABLE ")) {
            // the syllable names are made from their jamo, not listed
            for (int k = 0xAC00; k <= 0xD7A3 && c < 0; k++) if (upper.equals(Strs.unicodeName(k))) c = k;
        } else if (upper.startsWith("CJK UNIFIED IDEOGRAPH-")) {
            // matched as written: the prefix and the hex digits in capitals
            try {
                c = s.equals(upper) ? Integer.parseInt(s.substring(22), 16) : -1;
            } catch (NumberFormatException e) {
                c = -1;
            }
        } else {
            try {
                c = Character.codePointOf(s);
            } catch (IllegalArgumentException e) {
                c = -1;
            }
        }
        if (c < 0 || c > 0x10FFFF || !upper.equals(Strs.unicodeName(c))) {
            throw Exceptions.keyError("undefined character name '" + s + "'");
        }
        return Character.toString(c);
    }

    @Function
    static Object category(Object ch) {
        int t = Character.getType(character("category", ch));
        return CATEGORIES.substring(2 * t, 2 * t + 2);
    }

    @Function
    static Object bidirectional(Object ch) {
        byte d = Character.getDirectionality(character("bidirectional", ch));
        return d < 0 || d >= BIDI.length ? "" : BIDI[d];
    }

    @Function
    static Object mirrored(Object ch) {
        return Character.isMirrored(character("mirrored", ch)) ? 1L : 0L;
    }

    @Function
    static Object decimal(Object[] a, int off, int n, String[] kw) {
        tierpy.objects.Args.check("decimal", n, kw, 1, 2);
        int c = character("decimal", a[off]);
        if (Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) return (long) Character.digit(c, 10);
        return orDefault(a, off, n, "not a decimal");
    }

    @Function
    static Object digit(Object[] a, int off, int n, String[] kw) {
        tierpy.objects.Args.check("digit", n, kw, 1, 2);
        int c = character("digit", a[off]);
        if (Strs.isDigit(c)) return (long) Character.getNumericValue(c);
        return orDefault(a, off, n, "not a digit");
    }

    private static Normalizer.Form form(Object f) {
        String s = Strs.value(f);
        if (s == null) throw Exceptions.typeError("normalize() argument 1 must be str, not " + Py.type(f).name);
        return switch (s) {
            case "NFC" -> Normalizer.Form.NFC;
            case "NFD" -> Normalizer.Form.NFD;
            case "NFKC" -> Normalizer.Form.NFKC;
            case "NFKD" -> Normalizer.Form.NFKD;
            default -> throw Exceptions.valueError("invalid normalization form");
        };
    }

    private static String text(String fname, Object o) {
        String s = Strs.value(o);
        if (s == null) throw Exceptions.typeError(fname + "() argument 2 must be str, not " + Py.type(o).name);
        return s;
    }

    @Function
    static Object normalize(Object f, Object s) {
        return Normalizer.normalize(text("normalize", s), form(f));
    }

    @Function
    static Object is_normalized(Object f, Object s) {
        return Py.bool(Normalizer.isNormalized(text("is_normalized", s), form(f)));
    }
}
