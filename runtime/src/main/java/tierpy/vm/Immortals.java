package tierpy.vm;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import tierpy.code.CodeObject;
import tierpy.objects.Py;
import tierpy.objects.PyTuple;

/**
 * Mirrors Include/internal/pycore_object.h: _Py_IsImmortal, as far as LOAD_CONST's quickening can
 * see it: the singletons, the small ints (-5..256), the empty tuple and string, one-character
 * Latin-1 strings, and interned strings (Objects/unicodeobject.c: interned strings are immortal in
 * 3.14). A string is interned here when some code object uses it as a name, as codeobject.c's
 * intern_strings does (CPython also interns names at startup, so this is a lower bound: the
 * adaptive goldens' README treats the two LOAD_CONST forms as equivalent for strings).
 */
final class Immortals {
    private Immortals() {}

    private static final Set<String> INTERNED = ConcurrentHashMap.newKeySet();

    /** intern_strings on a new code object's names. */
    static void internNames(CodeObject co) {
        INTERNED.add(co.name);
        INTERNED.add(co.qualname);
        INTERNED.addAll(co.names);
        INTERNED.addAll(co.localsplusnames);
    }

    static boolean isImmortal(Object value) {
        return switch (value) {
            case Boolean b -> true;
            case Long l -> l >= -5 && l <= 256;
            case String s -> s.isEmpty() || s.length() == 1 && s.charAt(0) < 256 || INTERNED.contains(s);
            case PyTuple t -> t.size() == 0;
            default -> value == Py.None || value == Py.Ellipsis || value == Py.NotImplemented;
        };
    }
}
