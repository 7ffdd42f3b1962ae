package tierpy.vm;

import static tierpy.objects.Descriptors.METH_FASTCALL;
import static tierpy.objects.Descriptors.METH_KEYWORDS;
import static tierpy.objects.Descriptors.METH_NOARGS;
import static tierpy.objects.Descriptors.METH_O;
import static tierpy.objects.Descriptors.METH_VARARGS;

import java.util.Map;
import java.util.Set;

import tierpy.code.CodeObject;
import tierpy.code.Opcodes;
import tierpy.objects.Descriptors.BuiltinFunction;
import tierpy.objects.Descriptors.MethodDescr;
import tierpy.objects.Descriptors.Spec;
import tierpy.objects.Py;
import tierpy.objects.PyType;
import tierpy.objects.Wrappers;

/**
 * Mirrors Python/specialize.c: _Py_Specialize_Call (specialize_py_call, specialize_c_call,
 * specialize_class_call, specialize_method_descriptor) and _Py_Specialize_CallKw, with the interpreter's
 * callable cache (len, isinstance, list.append).
 *
 * <p>Builtins here take either one of tierpy's argument conventions or vectorcall arguments; which
 * CALL form CPython picks depends on its own ml_flags, so {@link #CPYTHON_FLAGS} records them where
 * tierpy's convention does not already say (a vectorcall builtin without keywords is METH_FASTCALL).
 */
public final class CallSpecializer {
    private CallSpecializer() {}

    /** ml_flags of CPython 3.14 builtins and builtin methods whose tierpy implementation takes vectorcall arguments. */
    private static final Map<String, Integer> CPYTHON_FLAGS = Map.ofEntries(
            Map.entry("getattr", METH_FASTCALL), Map.entry("next", METH_FASTCALL), Map.entry("iter", METH_FASTCALL),
            Map.entry("format", METH_FASTCALL), Map.entry("input", METH_FASTCALL), Map.entry("vars", METH_FASTCALL),
            Map.entry("anext", METH_FASTCALL), Map.entry("dir", METH_VARARGS), Map.entry("locals", METH_NOARGS),
            Map.entry("globals", METH_NOARGS),
            Map.entry("dict.get", METH_FASTCALL), Map.entry("dict.pop", METH_FASTCALL),
            Map.entry("dict.setdefault", METH_FASTCALL), Map.entry("dict.update", METH_VARARGS | METH_KEYWORDS),
            Map.entry("list.pop", METH_FASTCALL), Map.entry("list.insert", METH_FASTCALL),
            Map.entry("list.index", METH_FASTCALL), Map.entry("tuple.index", METH_FASTCALL),
            Map.entry("str.format", METH_VARARGS | METH_KEYWORDS),
            Map.entry("set.union", METH_VARARGS), Map.entry("set.intersection", METH_VARARGS),
            Map.entry("set.difference", METH_VARARGS), Map.entry("set.update", METH_VARARGS));

    /** Builtin classes with a vectorcall constructor (tp_vectorcall) in CPython 3.14. */
    private static final Set<String> VECTORCALL_CLASSES = Set.of("bool", "int", "float", "str", "tuple", "list", "dict",
            "set", "frozenset", "range", "type", "enumerate", "reversed", "map", "filter", "zip", "super", "BaseException");

    private static final Object LIST_APPEND = Py.LIST.dict.get("append");

    /** The convention CPython declares for {@code spec}, recorded on it so the specialized forms can check it. */
    static int methFlags(Spec spec) {
        Integer flags = CPYTHON_FLAGS.get(spec.qualname);
        if (flags != null) spec.methFlags = flags;
        return spec.methFlags;
    }

    /** The builtins module's function {@code name} (interp->callable_cache): self-less, under that name. */
    private static boolean isBuiltin(Object callable, String name) {
        return callable instanceof BuiltinFunction b && b.self == null && name.equals(b.spec.name);
    }

    public static boolean isBuiltinLen(Object callable) {
        return isBuiltin(callable, "len");
    }

    public static boolean isBuiltinIsinstance(Object callable) {
        return isBuiltin(callable, "isinstance");
    }

    public static Object listAppend() {
        return LIST_APPEND;
    }

    public static boolean hasVectorcall(PyType type) {
        return AttrSpecializer.isImmutable(type) && VECTORCALL_CLASSES.contains(type.name);
    }

    /** The __init__ CALL_ALLOC_AND_ENTER_INIT runs (CPython keeps it on the type, guarded by its version). */
    public static Object cachedInit(Frame f) {
        return Specializer.cachedObject(f);
    }

    /** _Py_Specialize_Call: {@code nargs} counts self when the call has one. */
    public static void call(Frame f, int oparg, Object callable, int nargs) {
        Specializer.attempt(f);
        if (callable instanceof BuiltinFunction b && b.type == Py.BUILTIN_FUNCTION) {
            cCall(f, b, nargs);
        } else if (callable instanceof PyFunction fn) {
            pyCall(f, fn, nargs, false);
        } else if (callable instanceof PyType type) {
            classCall(f, oparg, type, nargs);
        } else if (callable instanceof MethodDescr d && d.type == Py.METHOD_DESCRIPTOR) {
            methodDescriptor(f, oparg, d, nargs);
        } else if (callable instanceof Wrappers.Method m) {
            if (m.func instanceof PyFunction fn) pyCall(f, fn, nargs + 1, true);
            else Specializer.fail(f, "SPEC_FAIL_CALL_BOUND_METHOD");
        } else {
            Specializer.specialize(f, Opcodes.CALL_NON_PY_GENERAL);
        }
    }

    /** specialize_py_call; {@code nargs} counts the bound method's self. */
    private static void pyCall(Frame f, PyFunction fn, int nargs, boolean boundMethod) {
        CodeObject co = fn.code.co;
        if ((co.flags & CodeObject.CO_OPTIMIZED) == 0) {
            Specializer.fail(f, "SPEC_FAIL_CODE_NOT_OPTIMIZED");
            return;
        }
        boolean simple = (co.flags & (CodeObject.CO_VARARGS | CodeObject.CO_VARKEYWORDS)) == 0 && co.kwonlyargcount == 0;
        boolean exact = simple && co.argcount == nargs;
        Specializer.specialize(f, boundMethod
                ? exact ? Opcodes.CALL_BOUND_METHOD_EXACT_ARGS : Opcodes.CALL_BOUND_METHOD_GENERAL
                : exact ? Opcodes.CALL_PY_EXACT_ARGS : Opcodes.CALL_PY_GENERAL);
        Specializer.writeCache(f, 1, 2, fn.version);
    }

    /** specialize_c_call. */
    private static void cCall(Frame f, BuiltinFunction b, int nargs) {
        switch (methFlags(b.spec)) {
            case METH_O -> {
                if (nargs != 1) Specializer.fail(f, "SPEC_FAIL_WRONG_NUMBER_ARGUMENTS");
                else Specializer.specialize(f, isBuiltinLen(b) ? Opcodes.CALL_LEN : Opcodes.CALL_BUILTIN_O);
            }
            case METH_FASTCALL -> Specializer.specialize(f,
                    nargs == 2 && isBuiltinIsinstance(b) ? Opcodes.CALL_ISINSTANCE : Opcodes.CALL_BUILTIN_FAST);
            case METH_FASTCALL | METH_KEYWORDS -> Specializer.specialize(f, Opcodes.CALL_BUILTIN_FAST_WITH_KEYWORDS);
            default -> Specializer.specialize(f, Opcodes.CALL_NON_PY_GENERAL);
        }
    }

    /** specialize_class_call. */
    private static void classCall(Frame f, int oparg, PyType type, int nargs) {
        if (AttrSpecializer.isImmutable(type)) {
            if (nargs == 1 && oparg == 1) {
                if (type == Py.STR) {
                    Specializer.specialize(f, Opcodes.CALL_STR_1);
                    return;
                }
                if (type == Py.TYPE) {
                    Specializer.specialize(f, Opcodes.CALL_TYPE_1);
                    return;
                }
                if (type == Py.TUPLE) {
                    Specializer.specialize(f, Opcodes.CALL_TUPLE_1);
                    return;
                }
            }
            Specializer.specialize(f, hasVectorcall(type) ? Opcodes.CALL_BUILTIN_CLASS : Opcodes.CALL_NON_PY_GENERAL);
            return;
        }
        if (Py.type(type) == Py.TYPE && type.tpNew == Py.OBJECT.tpNew && AttrSpecializer.inlineValues(type)
                && type.lookup("__init__") instanceof PyFunction init) {
            CodeObject co = init.code.co;
            boolean simple = (co.flags & (CodeObject.CO_VARARGS | CodeObject.CO_VARKEYWORDS)) == 0
                    && co.kwonlyargcount == 0 && (co.flags & CodeObject.CO_OPTIMIZED) != 0;
            if (simple) {
                Specializer.specialize(f, Opcodes.CALL_ALLOC_AND_ENTER_INIT);
                Specializer.writeCache(f, 1, 2, type.versionTag());
                Specializer.setCachedObject(f, init);
                return;
            }
        }
        Specializer.specialize(f, Opcodes.CALL_NON_PY_GENERAL);
    }

    /** specialize_method_descriptor. */
    private static void methodDescriptor(Frame f, int oparg, MethodDescr d, int nargs) {
        switch (methFlags(d.spec)) {
            case METH_NOARGS -> {
                if (nargs != 1) Specializer.fail(f, "SPEC_FAIL_WRONG_NUMBER_ARGUMENTS");
                else Specializer.specialize(f, Opcodes.CALL_METHOD_DESCRIPTOR_NOARGS);
            }
            case METH_O -> {
                if (nargs != 2) {
                    Specializer.fail(f, "SPEC_FAIL_WRONG_NUMBER_ARGUMENTS");
                    return;
                }
                int next = f.code.units[f.lasti + 1 + Opcodes.cacheEntries(Opcodes.CALL)] & 0xff;
                boolean listAppend = d == LIST_APPEND && oparg == 1 && next == Opcodes.POP_TOP;
                Specializer.specialize(f, listAppend ? Opcodes.CALL_LIST_APPEND : Opcodes.CALL_METHOD_DESCRIPTOR_O);
            }
            case METH_FASTCALL -> Specializer.specialize(f, Opcodes.CALL_METHOD_DESCRIPTOR_FAST);
            case METH_FASTCALL | METH_KEYWORDS -> Specializer.specialize(f, Opcodes.CALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS);
            default -> Specializer.specialize(f, Opcodes.CALL_NON_PY_GENERAL);
        }
    }

    /** _Py_Specialize_CallKw. */
    public static void callKw(Frame f, Object callable) {
        Specializer.attempt(f);
        if (callable instanceof PyFunction fn) {
            if ((fn.code.co.flags & CodeObject.CO_OPTIMIZED) == 0) {
                Specializer.fail(f, "SPEC_FAIL_CODE_NOT_OPTIMIZED");
                return;
            }
            Specializer.specialize(f, Opcodes.CALL_KW_PY);
            Specializer.writeCache(f, 1, 2, fn.version);
        } else if (callable instanceof Wrappers.Method m) {
            if (!(m.func instanceof PyFunction fn)) {
                Specializer.fail(f, "SPEC_FAIL_CALL_BOUND_METHOD");
                return;
            }
            Specializer.specialize(f, Opcodes.CALL_KW_BOUND_METHOD);
            Specializer.writeCache(f, 1, 2, fn.version);
        } else {
            Specializer.specialize(f, Opcodes.CALL_KW_NON_PY);
        }
    }
}
