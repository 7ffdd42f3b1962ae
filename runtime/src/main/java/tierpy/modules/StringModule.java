package tierpy.modules;

import tierpy.objects.PyDict;
import tierpy.vm.PyModule;

/**
 * Mirrors Lib/string/__init__.py's constants: the parent package of {@code string.templatelib}
 * (capwords, Formatter and string.Template are not here yet).
 */
@ModuleDef("string")
public final class StringModule {
    private StringModule() {}

    static void init(PyModule m) {
        PyDict d = m.dict;
        String lower = "abcdefghijklmnopqrstuvwxyz";
        String upper = lower.toUpperCase();
        String digits = "0123456789";
        String punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
        String whitespace = " \t\n\r\u000b\f";
        d.setItem("whitespace", whitespace);
        d.setItem("ascii_lowercase", lower);
        d.setItem("ascii_uppercase", upper);
        d.setItem("ascii_letters", lower + upper);
        d.setItem("digits", digits);
        d.setItem("hexdigits", digits + "abcdef" + "ABCDEF");
        d.setItem("octdigits", "01234567");
        d.setItem("punctuation", punctuation);
        d.setItem("printable", digits + lower + upper + punctuation + whitespace);
        d.setItem("__path__", new tierpy.objects.PyList());
    }
}
