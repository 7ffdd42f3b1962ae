package tierpy.embed;

import java.util.LinkedHashSet;
import java.util.Set;

import tierpy.objects.Abstract;
import tierpy.objects.Py;
import tierpy.objects.PyDict;
import tierpy.objects.PyException;
import tierpy.objects.PyType;
import tierpy.vm.PyFunction;
import tierpy.vm.PyModule;
import tierpy.vm.Runner;

/**
 * Mirrors IPython/core/oinspect.py: Inspector._getdef's name lookup and dir() (Objects/object.c:
 * _dir_object): resolving dotted names in the user namespace without calling anything, and the
 * attribute names of an object.
 */
final class Names {
    private Names() {}

    /** The object a dotted name ({@code a.b.c}) denotes, or null when a part is missing or raises. */
    static Object resolve(PyDict namespace, String dotted) {
        String[] parts = dotted.split("\\.", -1);
        Object o = namespace.getItemOrNull(parts[0]);
        if (o == null) o = Runner.builtins().getItemOrNull(parts[0]);
        try {
            for (int i = 1; i < parts.length && o != null; i++) o = Abstract.getattrOrNull(o, parts[i]);
        } catch (PyException e) {
            return null;
        }
        return o;
    }

    /** dir(o): the instance's, its type's and the bases' attribute names. */
    static Set<String> dir(Object o) {
        Set<String> names = new LinkedHashSet<>();
        if (o instanceof PyModule m) {
            addKeys(m.dict, names);
            return names;
        }
        try {
            if (Abstract.getattrOrNull(o, "__dict__") instanceof PyDict d) addKeys(d, names);
        } catch (PyException e) {
            // an object whose __dict__ raises still lists its type's attributes
        }
        PyType type = o instanceof PyType t ? t : Py.type(o);
        for (PyType t : type.mro) names.addAll(t.dict.keySet());
        return names;
    }

    private static void addKeys(PyDict dict, Set<String> names) {
        dict.forEach((k, v) -> {
            if (k instanceof String s) names.add(s);
        });
    }

    /** The Python function {@code o} is, or that a bound method wraps ({@code __func__}); null for others. */
    static PyFunction function(Object o) {
        if (o instanceof PyFunction f) return f;
        if (o instanceof PyType) return null;
        try {
            return Abstract.getattrOrNull(o, "__func__") instanceof PyFunction f ? f : null;
        } catch (PyException e) {
            return null;
        }
    }

    /** The char index of the {@code codePoint}-th code point of {@code s} (clamped to its length). */
    static int charIndex(String s, int codePoint) {
        int cp = Math.max(0, Math.min(codePoint, s.codePointCount(0, s.length())));
        return s.offsetByCodePoints(0, cp);
    }

    static int codePoints(String s, int charIndex) {
        return s.codePointCount(0, charIndex);
    }

    static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** The dotted name ending at char index {@code end} ({@code os.pa} in {@code x = os.pa|}). */
    static int dottedStart(String code, int end) {
        int i = end;
        while (i > 0 && (isNameChar(code.charAt(i - 1)) || code.charAt(i - 1) == '.')) i--;
        return i;
    }
}
