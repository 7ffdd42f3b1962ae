package tierpy.vm.ops;

import tierpy.objects.Abstract;
import tierpy.objects.Exceptions;
import tierpy.objects.Py;
import tierpy.objects.PyException;
import tierpy.objects.PyTuple;
import tierpy.objects.PyType;

/** Mirrors Python/bytecodes.c and Python/ceval.c (match_class, match_keys): structural pattern matching. */
@Macro("MATCH_SEQUENCE = _MATCH_SEQUENCE")
@Macro("MATCH_MAPPING = _MATCH_MAPPING")
@Macro("MATCH_KEYS = _MATCH_KEYS")
@Macro("MATCH_CLASS = _MATCH_CLASS")
public final class MatchOps {
    private MatchOps() {}

    /** Types whose instances match a single positional sub-pattern as themselves (_Py_TPFLAGS_MATCH_SELF). */
    private static final PyType[] MATCH_SELF = {Py.BOOL, Py.BYTEARRAY, Py.BYTES, Py.DICT, Py.FLOAT, Py.FROZENSET, Py.INT,
        Py.LIST, Py.SET, Py.STR, Py.TUPLE};

    /** Py_TPFLAGS_SEQUENCE: list, tuple, range, memoryview, deque, collections.abc.Sequence and their subclasses. */
    @Op(name = "_MATCH_SEQUENCE", stack = "(subject -- subject, res)")
    public static Object matchSequence(Object subject) {
        return Py.bool((Py.type(subject).collectionFlags & PyType.SEQUENCE) != 0);
    }

    /** Py_TPFLAGS_MAPPING: dict, mappingproxy, collections.abc.Mapping and their subclasses. */
    @Op(name = "_MATCH_MAPPING", stack = "(subject -- subject, res)")
    public static Object matchMapping(Object subject) {
        return Py.bool((Py.type(subject).collectionFlags & PyType.MAPPING) != 0);
    }

    /** The values of {@code keys} in the mapping, or None if one is missing. */
    @Op(name = "_MATCH_KEYS", stack = "(subject, keys -- subject, keys, values_or_none)", flags = {Flag.ERROR, Flag.ESCAPES})
    public static Object matchKeys(Object subject, Object keys) {
        PyTuple k = (PyTuple) keys;
        if (k.size() == 0) return PyTuple.EMPTY;
        Object get = Abstract.getattr(subject, "get");
        Object missing = Abstract.call(Py.OBJECT);
        Object[] values = new Object[k.size()];
        for (int i = 0; i < values.length; i++) {
            Object key = k.get(i);
            for (int j = 0; j < i; j++) {
                if (Abstract.eq(k.get(j), key)) {
                    throw Exceptions.valueError("mapping pattern checks duplicate key (" + Abstract.repr(key) + ")");
                }
            }
            Object v = Abstract.call(get, key, missing);
            if (v == missing) return Py.None;
            values[i] = v;
        }
        return PyTuple.of(values);
    }

    /** PyObject_IsInstance: an exact match, else the metaclass's __instancecheck__ (ABCMeta's, say). */
    private static boolean isInstance(Object subject, PyType t) {
        if (Py.type(subject) == t) return true;
        Object hook = Py.type(t).lookup("__instancecheck__");
        if (hook != null) return Abstract.isTrue(Abstract.callBound(hook, t, subject));
        return Py.type(subject).isSubtype(t);
    }

    /** match_class: the attributes the class pattern needs, or None when the subject does not match. */
    @Op(name = "_MATCH_CLASS", stack = "(subject, type, names -- attrs)", flags = {Flag.ERROR, Flag.ESCAPES})
    public static Object matchClass(@Oparg int oparg, Object subject, Object type, Object names) {
        if (!(type instanceof PyType t)) throw Exceptions.typeError("called match pattern must be a class");
        if (!isInstance(subject, t)) return Py.None;
        PyTuple kw = (PyTuple) names;
        Object[] attrs = new Object[oparg + kw.size()];
        String[] seen = new String[attrs.length];
        int n = 0;
        if (oparg > 0) {
            Object matchArgs = Abstract.getattrOrNull(t, "__match_args__");
            if (matchArgs != null) {
                if (!(matchArgs instanceof PyTuple ma)) {
                    throw Exceptions.typeError(t.name + ".__match_args__ must be a tuple (got " + Py.type(matchArgs).name + ")");
                }
                if (oparg > ma.size()) {
                    throw Exceptions.typeError(t.name + "() accepts " + ma.size() + " positional sub-pattern"
                            + (ma.size() == 1 ? "" : "s") + " (" + oparg + " given)");
                }
                for (int i = 0; i < oparg; i++) {
                    if (!(ma.get(i) instanceof String name)) {
                        throw Exceptions.typeError("__match_args__ elements must be strings (got " + Py.type(ma.get(i)).name + ")");
                    }
                    Object v = attr(subject, t, name, seen, n);
                    if (v == null) return Py.None;
                    seen[n] = name;
                    attrs[n++] = v;
                }
            } else if (matchesSelf(t)) {
                if (oparg > 1) throw Exceptions.typeError(t.name + "() accepts 1 positional sub-pattern (" + oparg + " given)");
                attrs[n++] = subject;
            } else {
                throw Exceptions.typeError(t.name + "() accepts 0 positional sub-patterns (" + oparg + " given)");
            }
        }
        for (int i = 0; i < kw.size(); i++) {
            String name = (String) kw.get(i);
            Object v = attr(subject, t, name, seen, n);
            if (v == null) return Py.None;
            seen[n] = name;
            attrs[n++] = v;
        }
        return PyTuple.of(attrs);
    }

    private static boolean matchesSelf(PyType t) {
        for (PyType self : MATCH_SELF) {
            if (t.isSubtype(self)) return true;
        }
        return false;
    }

    /** match_class_attr: the attribute, or null when the subject lacks it. */
    private static Object attr(Object subject, PyType t, String name, String[] seen, int n) {
        for (int i = 0; i < n; i++) {
            if (name.equals(seen[i])) {
                throw Exceptions.typeError(t.name + "() got multiple sub-patterns for attribute " + Abstract.repr(name));
            }
        }
        try {
            return Abstract.getattr(subject, name);
        } catch (PyException e) {
            if (e.matches(Exceptions.AttributeError)) return null;
            throw e;
        }
    }
}
