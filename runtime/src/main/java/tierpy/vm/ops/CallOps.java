package tierpy.vm.ops;

import tierpy.objects.Abstract;
import tierpy.objects.Descriptors;
import tierpy.objects.Descriptors.BuiltinFunction;
import tierpy.objects.Descriptors.MethodDescr;
import tierpy.objects.Exceptions;
import tierpy.objects.Py;
import tierpy.objects.PyDict;
import tierpy.objects.PyException;
import tierpy.objects.PyList;
import tierpy.objects.PyType;
import tierpy.objects.PyTuple;
import tierpy.objects.Wrappers;
import tierpy.vm.Calls;
import tierpy.vm.Frame;
import tierpy.vm.PyFunction;
import tierpy.vm.CallSpecializer;
import tierpy.vm.InlineCalls;

/** Mirrors Python/bytecodes.c: CALL and CALL_KW in their generic forms. */
@Macro("CALL = _SPECIALIZE_CALL + unused/2 + _MAYBE_EXPAND_METHOD + _DO_CALL + _CHECK_PERIODIC")
@Family(name = "CALL", members = {"CALL_BOUND_METHOD_EXACT_ARGS", "CALL_PY_EXACT_ARGS", "CALL_TYPE_1", "CALL_STR_1",
        "CALL_TUPLE_1", "CALL_BUILTIN_CLASS", "CALL_BUILTIN_O", "CALL_BUILTIN_FAST", "CALL_BUILTIN_FAST_WITH_KEYWORDS",
        "CALL_LEN", "CALL_ISINSTANCE", "CALL_LIST_APPEND", "CALL_METHOD_DESCRIPTOR_O",
        "CALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS", "CALL_METHOD_DESCRIPTOR_NOARGS", "CALL_METHOD_DESCRIPTOR_FAST",
        "CALL_ALLOC_AND_ENTER_INIT", "CALL_PY_GENERAL", "CALL_BOUND_METHOD_GENERAL", "CALL_NON_PY_GENERAL"})
@Macro("CALL_PY_EXACT_ARGS = unused/1 + _CHECK_PEP_523 + _CHECK_FUNCTION_VERSION + _CHECK_FUNCTION_EXACT_ARGS"
        + " + _CHECK_STACK_SPACE + _CHECK_RECURSION_REMAINING + _INIT_CALL_PY_EXACT_ARGS + _SAVE_RETURN_OFFSET + _PUSH_FRAME")
@Macro("CALL_PY_GENERAL = unused/1 + _CHECK_PEP_523 + _CHECK_FUNCTION_VERSION + _CHECK_RECURSION_REMAINING"
        + " + _PY_FRAME_GENERAL + _SAVE_RETURN_OFFSET + _PUSH_FRAME")
@Macro("CALL_ALLOC_AND_ENTER_INIT = unused/1 + _CHECK_PEP_523 + _CHECK_AND_ALLOCATE_OBJECT + _CREATE_INIT_FRAME + _PUSH_FRAME")
@Macro("CALL_BOUND_METHOD_EXACT_ARGS = unused/1 + _CHECK_PEP_523 + _CHECK_CALL_BOUND_METHOD_EXACT_ARGS"
        + " + _INIT_CALL_BOUND_METHOD_EXACT_ARGS + _CHECK_FUNCTION_VERSION + _CHECK_FUNCTION_EXACT_ARGS + _CHECK_STACK_SPACE"
        + " + _CHECK_RECURSION_REMAINING + _INIT_CALL_PY_EXACT_ARGS + _SAVE_RETURN_OFFSET + _PUSH_FRAME")
@Macro("CALL_BOUND_METHOD_GENERAL = unused/1 + _CHECK_PEP_523 + _CHECK_METHOD_VERSION + _EXPAND_METHOD"
        + " + _CHECK_RECURSION_REMAINING + _PY_FRAME_GENERAL + _SAVE_RETURN_OFFSET + _PUSH_FRAME")
@Macro("CALL_NON_PY_GENERAL = unused/1 + unused/2 + _CHECK_IS_NOT_PY_CALLABLE + _CALL_NON_PY_GENERAL + _CHECK_PERIODIC")
@Macro("CALL_BUILTIN_CLASS = unused/1 + unused/2 + _CALL_BUILTIN_CLASS + _CHECK_PERIODIC")
@Macro("CALL_BUILTIN_O = unused/1 + unused/2 + _CALL_BUILTIN_O + _CHECK_PERIODIC")
@Macro("CALL_BUILTIN_FAST = unused/1 + unused/2 + _CALL_BUILTIN_FAST + _CHECK_PERIODIC")
@Macro("CALL_BUILTIN_FAST_WITH_KEYWORDS = unused/1 + unused/2 + _CALL_BUILTIN_FAST_WITH_KEYWORDS + _CHECK_PERIODIC")
@Macro("CALL_METHOD_DESCRIPTOR_O = unused/1 + unused/2 + _CALL_METHOD_DESCRIPTOR_O + _CHECK_PERIODIC")
@Macro("CALL_METHOD_DESCRIPTOR_NOARGS = unused/1 + unused/2 + _CALL_METHOD_DESCRIPTOR_NOARGS + _CHECK_PERIODIC")
@Macro("CALL_METHOD_DESCRIPTOR_FAST = unused/1 + unused/2 + _CALL_METHOD_DESCRIPTOR_FAST + _CHECK_PERIODIC")
@Macro("CALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS = unused/1 + unused/2 + _CALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS"
        + " + _CHECK_PERIODIC")
@Macro("CALL_LEN = unused/1 + unused/2 + _GUARD_NOS_NULL + _GUARD_CALLABLE_LEN + _CALL_LEN")
@Macro("CALL_ISINSTANCE = unused/1 + unused/2 + _CALL_ISINSTANCE")
@Macro("CALL_TYPE_1 = unused/1 + unused/2 + _GUARD_NOS_NULL + _GUARD_CALLABLE_TYPE_1 + _CALL_TYPE_1")
@Macro("CALL_STR_1 = unused/1 + unused/2 + _GUARD_NOS_NULL + _GUARD_CALLABLE_STR_1 + _CALL_STR_1 + _CHECK_PERIODIC")
@Macro("CALL_TUPLE_1 = unused/1 + unused/2 + _GUARD_NOS_NULL + _GUARD_CALLABLE_TUPLE_1 + _CALL_TUPLE_1 + _CHECK_PERIODIC")
@Macro("CALL_LIST_APPEND = unused/1 + unused/2 + _CALL_LIST_APPEND")
@Macro("CALL_KW = _SPECIALIZE_CALL_KW + unused/2 + _MAYBE_EXPAND_METHOD_KW + _DO_CALL_KW")
@Family(name = "CALL_KW", members = {"CALL_KW_BOUND_METHOD", "CALL_KW_PY", "CALL_KW_NON_PY"})
@Macro("CALL_KW_PY = unused/1 + _CHECK_PEP_523 + _CHECK_FUNCTION_VERSION_KW + _CHECK_RECURSION_REMAINING + _PY_FRAME_KW"
        + " + _SAVE_RETURN_OFFSET + _PUSH_FRAME")
@Macro("CALL_KW_BOUND_METHOD = unused/1 + _CHECK_PEP_523 + _CHECK_METHOD_VERSION_KW + _EXPAND_METHOD_KW + _PY_FRAME_KW"
        + " + _SAVE_RETURN_OFFSET + _PUSH_FRAME")
@Macro("CALL_KW_NON_PY = unused/1 + unused/2 + _CHECK_IS_NOT_PY_CALLABLE_KW + _CALL_KW_NON_PY + _CHECK_PERIODIC")
@Macro("CALL_FUNCTION_EX = _MAKE_CALLARGS_A_TUPLE + _DO_CALL_FUNCTION_EX + _CHECK_PERIODIC")
@Macro("DICT_MERGE = _DICT_MERGE")
public final class CallOps {
    private CallOps() {}

    @Op(name = "_SPECIALIZE_CALL", stack = "(counter/1, callable, self_or_null, args[oparg] -- callable, self_or_null, args[oparg])",
            specializing = true)
    public static void specializeCall(Frame f, @Oparg int oparg, Object callable, Object selfOrNull, int args) {
        CallSpecializer.call(f, oparg, callable, oparg + (selfOrNull == null ? 0 : 1));
    }

    @Op(name = "_MAYBE_EXPAND_METHOD", stack = "(callable[1], self_or_null[1], unused[oparg] -- callable[1], self_or_null[1], unused[oparg])",
            flags = Flag.ESCAPES)
    public static void maybeExpandMethod(Frame f, int callable, int selfOrNull) {
        expand(f.localsplus, callable, selfOrNull);
    }

    /** A bound method with no self on the stack becomes function + self, so the call needs no new array. */
    private static void expand(Object[] s, int callable, int selfOrNull) {
        if (s[selfOrNull] == null && s[callable] instanceof Wrappers.Method m) {
            s[callable] = m.func;
            s[selfOrNull] = m.self;
        }
    }

    @Op(name = "_DO_CALL", stack = "(callable, self_or_null, args[oparg] -- res)", flags = {Flag.ERROR, Flag.ESCAPES})
    public static Object doCall(Frame f, @Oparg int oparg, Object callable, Object selfOrNull, int args) {
        int first = selfOrNull != null ? args - 1 : args;
        int n = selfOrNull != null ? oparg + 1 : oparg;
        f.clearAbove(args + oparg);
        // A Python function's frame is pushed directly (_PyEvalFramePushAndInit), not through tp_call.
        if (callable instanceof PyFunction fn) return InlineCalls.call(f, fn, f.localsplus, first, n, null);
        return Abstract.vectorcall(callable, f.localsplus, first, n, null);
    }

    @Op(name = "_SPECIALIZE_CALL_KW", stack = "(counter/1, callable, self_or_null, args[oparg], kwnames -- callable, self_or_null, args[oparg], kwnames)",
            specializing = true)
    public static void specializeCallKw(Frame f, @Oparg int oparg, Object callable, Object selfOrNull, int args,
            Object kwnames) {
        CallSpecializer.callKw(f, callable);
    }

    @Op(name = "_MAYBE_EXPAND_METHOD_KW", stack = "(callable[1], self_or_null[1], unused[oparg], unused -- callable[1], self_or_null[1], unused[oparg], unused)",
            flags = Flag.ESCAPES)
    public static void maybeExpandMethodKw(Frame f, int callable, int selfOrNull) {
        expand(f.localsplus, callable, selfOrNull);
    }

    @Op(name = "_DO_CALL_KW", stack = "(callable, self_or_null, args[oparg], kwnames -- res)", flags = {Flag.ERROR, Flag.ESCAPES})
    public static Object doCallKw(Frame f, @Oparg int oparg, Object callable, Object selfOrNull, int args, Object kwnames) {
        PyTuple names = (PyTuple) kwnames;
        String[] kw = new String[names.size()];
        for (int i = 0; i < kw.length; i++) kw[i] = (String) names.get(i);
        int first = selfOrNull != null ? args - 1 : args;
        int n = selfOrNull != null ? oparg - kw.length + 1 : oparg - kw.length;
        f.clearAbove(args + oparg + 1);
        if (callable instanceof PyFunction fn) return InlineCalls.call(f, fn, f.localsplus, first, n, kw);
        return Abstract.vectorcall(callable, f.localsplus, first, n, kw);
    }

    @Op(name = "_MAKE_CALLARGS_A_TUPLE", stack = "(func, unused, callargs[1], unused -- func, unused, callargs[1], unused)",
            flags = {Flag.ERROR, Flag.ERROR_NO_POP, Flag.ESCAPES})
    public static void makeCallargsATuple(Frame f, Object func, int callargs) {
        Object[] s = f.localsplus;
        Object args = s[callargs];
        if (args instanceof PyTuple) return;
        if (Py.type(args).iter == null && Py.type(args).getitem == null) {
            throw Exceptions.typeError(Calls.describe(func) + " argument after * must be an iterable, not "
                    + Py.type(args).name);
        }
        s[callargs] = PyTuple.fromIterable(args);
    }

    @Op(name = "_DO_CALL_FUNCTION_EX", stack = "(func, unused, callargs, kwargs -- result)", flags = {Flag.ERROR, Flag.ESCAPES})
    public static Object doCallFunctionEx(Object func, Object callargs, Object kwargs) {
        PyTuple args = (PyTuple) callargs;
        if (kwargs == null || (kwargs instanceof PyDict d && d.size() == 0)) {
            return Abstract.vectorcall(func, PyFunction.items(args), 0, args.size(), null);
        }
        PyDict kw = (PyDict) kwargs;
        Object[] all = new Object[args.size() + kw.size()];
        for (int i = 0; i < args.size(); i++) all[i] = args.get(i);
        String[] names = new String[kw.size()];
        int[] k = {0};
        kw.forEach((key, value) -> {
            // Objects/call.c: _PyStack_UnpackDict
            if (!(key instanceof String name)) throw Exceptions.typeError("keywords must be strings");
            names[k[0]] = name;
            all[args.size() + k[0]++] = value;
        });
        return Abstract.vectorcall(func, all, 0, args.size(), names);
    }

    @Op(name = "_DICT_MERGE", stack = "(callable, unused, unused, dict, unused[oparg - 1], update -- callable, unused, unused, dict, unused[oparg - 1])",
            flags = {Flag.ERROR, Flag.ESCAPES})
    public static void dictMerge(Object callable, Object dict, Object update) {
        try {
            mergeKeywords((PyDict) dict, update);
        } catch (PyException e) {
            throw kwargsError(e, callable, update);
        }
    }

    /** dict_merge with override=2: a key already present raises KeyError(key). */
    private static void mergeKeywords(PyDict target, Object update) {
        if (update instanceof PyDict source) {
            source.forEach((key, value) -> {
                if (target.getItemOrNull(key) != null) throw Exceptions.raise(Exceptions.KeyError, key);
                target.setItem(key, value);
            });
            return;
        }
        Object it = Abstract.mappingKeys(update);
        for (Object key; (key = Abstract.next(it)) != null; ) {
            if (target.getItemOrNull(key) != null) throw Exceptions.raise(Exceptions.KeyError, key);
            target.setItem(key, Abstract.getitem(update, key));
        }
    }

    /** Python/ceval.c: _PyEval_FormatKwargsError, which rewords any AttributeError or one-key KeyError. */
    private static PyException kwargsError(PyException e, Object callable, Object update) {
        if (e.matches(Exceptions.AttributeError)) {
            return Exceptions.typeError(Calls.describe(callable) + " argument after ** must be a mapping, not "
                    + Py.type(update).name);
        }
        if (e.matches(Exceptions.KeyError) && Abstract.getattrOrNull(e.value, "args") instanceof PyTuple args
                && args.size() == 1) {
            return Exceptions.typeError(Calls.describe(callable) + " got multiple values for keyword argument '"
                    + Abstract.str(args.get(0)) + "'");
        }
        return e;
    }

    // ---- calls of Python functions: the arguments go straight into the new frame ----

    /** The callable is the function the specializer saw, with the same code, defaults and closure. */
    @Op(name = "_CHECK_FUNCTION_VERSION", stack = "(func_version/2, callable, unused, unused[oparg] -- callable, unused, unused[oparg])",
            flags = Flag.EXIT)
    public static boolean checkFunctionVersion(long funcVersion, Object callable) {
        return callable instanceof PyFunction fn && fn.version == funcVersion;
    }

    /** A bound method called without a self on the stack. */
    @Op(name = "_CHECK_CALL_BOUND_METHOD_EXACT_ARGS",
            stack = "(callable, null, unused[oparg] -- callable, null, unused[oparg])", flags = Flag.EXIT)
    public static boolean checkCallBoundMethodExactArgs(Object callable, Object nullValue) {
        return nullValue == null && callable instanceof Wrappers.Method;
    }

    /** The bound method becomes function + self in place: the generic CALL runs that form just as well. */
    @Op(name = "_INIT_CALL_BOUND_METHOD_EXACT_ARGS",
            stack = "(callable[1], self_or_null[1], unused[oparg] -- callable[1], self_or_null[1], unused[oparg])",
            flags = Flag.ESCAPES)
    public static void initCallBoundMethodExactArgs(Frame f, int callable, int selfOrNull) {
        expandBound(f.localsplus, callable, selfOrNull);
    }

    private static void expandBound(Object[] s, int callable, int selfOrNull) {
        Wrappers.Method m = (Wrappers.Method) s[callable];
        s[selfOrNull] = m.self;
        s[callable] = m.func;
    }

    /** A bound method (without a self on the stack) of the function version the specializer saw. */
    @Op(name = "_CHECK_METHOD_VERSION",
            stack = "(func_version/2, callable, null, unused[oparg] -- callable, null, unused[oparg])", flags = Flag.EXIT)
    public static boolean checkMethodVersion(long funcVersion, Object callable, Object nullValue) {
        return nullValue == null && callable instanceof Wrappers.Method m && m.func instanceof PyFunction fn
                && fn.version == funcVersion;
    }

    @Op(name = "_EXPAND_METHOD",
            stack = "(callable[1], self_or_null[1], unused[oparg] -- callable[1], self_or_null[1], unused[oparg])",
            flags = Flag.ESCAPES)
    public static void expandMethod(Frame f, int callable, int selfOrNull) {
        expandBound(f.localsplus, callable, selfOrNull);
    }

    @Op(name = "_CHECK_METHOD_VERSION_KW",
            stack = "(func_version/2, callable, null, unused[oparg], unused -- callable, null, unused[oparg], unused)",
            flags = Flag.EXIT)
    public static boolean checkMethodVersionKw(long funcVersion, Object callable, Object nullValue) {
        return checkMethodVersion(funcVersion, callable, nullValue);
    }

    @Op(name = "_EXPAND_METHOD_KW",
            stack = "(callable[1], self_or_null[1], unused[oparg], unused -- callable[1], self_or_null[1], unused[oparg], unused)",
            flags = Flag.ESCAPES)
    public static void expandMethodKw(Frame f, int callable, int selfOrNull) {
        expandBound(f.localsplus, callable, selfOrNull);
    }

    @Op(name = "_CHECK_FUNCTION_EXACT_ARGS", stack = "(callable, self_or_null, unused[oparg] -- callable, self_or_null, unused[oparg])",
            flags = Flag.EXIT)
    public static boolean checkFunctionExactArgs(@Oparg int oparg, Object callable, Object selfOrNull) {
        return ((PyFunction) callable).code.argcount == oparg + (selfOrNull == null ? 0 : 1);
    }

    /** Frames live on the Java heap, not in a fixed data stack, so there is always room for one more. */
    @Op(name = "_CHECK_STACK_SPACE", stack = "(unused, unused, unused[oparg] -- unused, unused, unused[oparg])",
            flags = Flag.DEOPT)
    public static boolean checkStackSpace() {
        return true;
    }

    /** At the recursion limit the generic CALL raises RecursionError. */
    @Op(name = "_CHECK_RECURSION_REMAINING", stack = "(--)", flags = Flag.DEOPT)
    public static boolean checkRecursionRemaining(Frame f) {
        return f.ts.depth < f.ts.recursionLimit;
    }

    @Op(name = "_INIT_CALL_PY_EXACT_ARGS", stack = "(callable, self_or_null, args[oparg] -- new_frame)", flags = Flag.PURE)
    public static Object initCallPyExactArgs(Frame f, @Oparg int oparg, Object callable, Object selfOrNull, int args) {
        if (selfOrNull != null) return InlineCalls.exactArgsFrame(f, (PyFunction) callable, f.localsplus, args - 1, oparg + 1);
        return InlineCalls.exactArgsFrame(f, (PyFunction) callable, f.localsplus, args, oparg);
    }

    @Op(name = "_PY_FRAME_GENERAL", stack = "(callable, self_or_null, args[oparg] -- new_frame)",
            flags = {Flag.ERROR, Flag.ERROR_NO_POP, Flag.ESCAPES})
    public static Object pyFrameGeneral(Frame f, @Oparg int oparg, Object callable, Object selfOrNull, int args) {
        if (selfOrNull != null) return InlineCalls.frame(f, (PyFunction) callable, f.localsplus, args - 1, oparg + 1, null);
        return InlineCalls.frame(f, (PyFunction) callable, f.localsplus, args, oparg, null);
    }

    /** When the pushed frame returns, this one continues right after the call (its oparg is Tier 2's offset). */
    @Op(name = "_SAVE_RETURN_OFFSET", stack = "(--)")
    public static void saveReturnOffset(Frame f, @Oparg int oparg) {
        f.returnOffset = 0;
    }

    /** A class with object's __new__ and a Python __init__: the instance is made here, then __init__ runs. */
    @Op(name = "_CHECK_AND_ALLOCATE_OBJECT", stack = "(type_version/2, callable[1], self_or_null[1], unused[oparg] -- callable[1], self_or_null[1], unused[oparg])",
            flags = {Flag.DEOPT, Flag.ERROR, Flag.ERROR_NO_POP, Flag.ESCAPES})
    public static boolean checkAndAllocateObject(Frame f, long typeVersion, int callable, int selfOrNull) {
        Object[] s = f.localsplus;
        if (s[selfOrNull] != null || !(s[callable] instanceof PyType type) || type.currentVersionTag() != typeVersion) {
            return false;
        }
        s[selfOrNull] = InlineCalls.allocate(type);
        s[callable] = CallSpecializer.cachedInit(f);
        return true;
    }

    @Op(name = "_CREATE_INIT_FRAME", stack = "(init, self, args[oparg] -- init_frame)",
            flags = {Flag.ERROR, Flag.ERROR_NO_POP, Flag.ESCAPES})
    public static Object createInitFrame(Frame f, @Oparg int oparg, Object init, Object self, int args) {
        f.returnOffset = 0;
        return InlineCalls.initFrame(f, (PyFunction) init, self, f.localsplus, args - 1, oparg + 1);
    }

    @Op(name = "_CHECK_FUNCTION_VERSION_KW",
            stack = "(func_version/2, callable, unused, unused[oparg], unused -- callable, unused, unused[oparg], unused)",
            flags = Flag.EXIT)
    public static boolean checkFunctionVersionKw(long funcVersion, Object callable) {
        return callable instanceof PyFunction fn && fn.version == funcVersion;
    }

    @Op(name = "_PY_FRAME_KW", stack = "(callable, self_or_null, args[oparg], kwnames -- new_frame)",
            flags = {Flag.ERROR, Flag.ESCAPES})
    public static Object pyFrameKw(Frame f, @Oparg int oparg, Object callable, Object selfOrNull, int args, Object kwnames) {
        String[] kw = keywordNames((PyTuple) kwnames);
        int positional = oparg - kw.length;
        if (selfOrNull != null) return InlineCalls.frame(f, (PyFunction) callable, f.localsplus, args - 1, positional + 1, kw);
        return InlineCalls.frame(f, (PyFunction) callable, f.localsplus, args, positional, kw);
    }

    private static String[] keywordNames(PyTuple names) {
        String[] kw = new String[names.size()];
        for (int i = 0; i < kw.length; i++) kw[i] = (String) names.get(i);
        return kw;
    }

    // ---- calls of everything else ----

    /** Neither a Python function nor a bound method (those have their own forms). */
    @Op(name = "_CHECK_IS_NOT_PY_CALLABLE", stack = "(callable, unused, unused[oparg] -- callable, unused, unused[oparg])",
            flags = Flag.EXIT)
    public static boolean checkIsNotPyCallable(Object callable) {
        return !(callable instanceof PyFunction) && !(callable instanceof Wrappers.Method);
    }

    @Op(name = "_CALL_NON_PY_GENERAL", stack = "(callable, self_or_null, args[oparg] -- res)", flags = {Flag.ERROR, Flag.ESCAPES})
    public static Object callNonPyGeneral(Frame f, @Oparg int oparg, Object callable, Object selfOrNull, int args) {
        if (selfOrNull != null) return Abstract.vectorcall(callable, f.localsplus, args - 1, oparg + 1, null);
        return Abstract.vectorcall(callable, f.localsplus, args, oparg, null);
    }

    @Op(name = "_CHECK_IS_NOT_PY_CALLABLE_KW",
            stack = "(callable, unused, unused[oparg], unused -- callable, unused, unused[oparg], unused)", flags = Flag.EXIT)
    public static boolean checkIsNotPyCallableKw(Object callable) {
        return !(callable instanceof PyFunction) && !(callable instanceof Wrappers.Method);
    }

    @Op(name = "_CALL_KW_NON_PY", stack = "(callable, self_or_null, args[oparg], kwnames -- res)", flags = {Flag.ERROR, Flag.ESCAPES})
    public static Object callKwNonPy(Frame f, @Oparg int oparg, Object callable, Object selfOrNull, int args, Object kwnames) {
        return doCallKw(f, oparg, callable, selfOrNull, args, kwnames);
    }

    /** A builtin class with a vectorcall constructor (int, float, list, range, ...); null (deoptimize) otherwise. */
    @Op(name = "_CALL_BUILTIN_CLASS", stack = "(callable, self_or_null, args[oparg] -- res)",
            flags = {Flag.DEOPT, Flag.ERROR, Flag.ESCAPES})
    public static Object callBuiltinClass(Frame f, @Oparg int oparg, Object callable, Object selfOrNull, int args) {
        if (!(callable instanceof PyType type) || !CallSpecializer.hasVectorcall(type)) return null;
        return callNonPyGeneral(f, oparg, callable, selfOrNull, args);
    }

    /** A builtin function taking exactly one argument (METH_O); null (deoptimize) for anything else. */
    @Op(name = "_CALL_BUILTIN_O", stack = "(callable, self_or_null, args[oparg] -- res)",
            flags = {Flag.EXIT, Flag.ERROR, Flag.ESCAPES})
    public static Object callBuiltinO(Frame f, @Oparg int oparg, Object callable, Object selfOrNull, int args) {
        if (oparg + (selfOrNull == null ? 0 : 1) != 1 || !(callable instanceof BuiltinFunction b)
                || b.type != Py.BUILTIN_FUNCTION || b.spec.methFlags != Descriptors.METH_O) {
            return null;
        }
        int first = selfOrNull == null ? args : args - 1;
        return b.spec.call(b.self, f.localsplus, first, 1, null);
    }

    @Op(name = "_CALL_BUILTIN_FAST", stack = "(callable, self_or_null, args[oparg] -- res)",
            flags = {Flag.DEOPT, Flag.ERROR, Flag.ESCAPES})
    public static Object callBuiltinFast(Frame f, @Oparg int oparg, Object callable, Object selfOrNull, int args) {
        return callBuiltin(f, oparg, callable, selfOrNull, args, Descriptors.METH_FASTCALL);
    }

    @Op(name = "_CALL_BUILTIN_FAST_WITH_KEYWORDS", stack = "(callable, self_or_null, args[oparg] -- res)",
            flags = {Flag.DEOPT, Flag.ERROR, Flag.ESCAPES})
    public static Object callBuiltinFastWithKeywords(Frame f, @Oparg int oparg, Object callable, Object selfOrNull, int args) {
        return callBuiltin(f, oparg, callable, selfOrNull, args, Descriptors.METH_FASTCALL | Descriptors.METH_KEYWORDS);
    }

    private static Object callBuiltin(Frame f, int oparg, Object callable, Object selfOrNull, int args, int flags) {
        if (!(callable instanceof BuiltinFunction b) || b.type != Py.BUILTIN_FUNCTION || b.spec.methFlags != flags) return null;
        if (selfOrNull != null) return b.spec.call(b.self, f.localsplus, args - 1, oparg + 1, null);
        return b.spec.call(b.self, f.localsplus, args, oparg, null);
    }

    @Op(name = "_CALL_METHOD_DESCRIPTOR_O", stack = "(callable, self_or_null, args[oparg] -- res)",
            flags = {Flag.EXIT, Flag.ERROR, Flag.ESCAPES})
    public static Object callMethodDescriptorO(Frame f, @Oparg int oparg, Object callable, Object selfOrNull, int args) {
        return callMethodDescriptor(f, oparg, callable, selfOrNull, args, Descriptors.METH_O);
    }

    @Op(name = "_CALL_METHOD_DESCRIPTOR_NOARGS", stack = "(callable, self_or_null, args[oparg] -- res)",
            flags = {Flag.EXIT, Flag.ERROR, Flag.ESCAPES})
    public static Object callMethodDescriptorNoargs(Frame f, @Oparg int oparg, Object callable, Object selfOrNull, int args) {
        return callMethodDescriptor(f, oparg, callable, selfOrNull, args, Descriptors.METH_NOARGS);
    }

    @Op(name = "_CALL_METHOD_DESCRIPTOR_FAST", stack = "(callable, self_or_null, args[oparg] -- res)",
            flags = {Flag.EXIT, Flag.ERROR, Flag.ESCAPES})
    public static Object callMethodDescriptorFast(Frame f, @Oparg int oparg, Object callable, Object selfOrNull, int args) {
        return callMethodDescriptor(f, oparg, callable, selfOrNull, args, Descriptors.METH_FASTCALL);
    }

    @Op(name = "_CALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS", stack = "(callable, self_or_null, args[oparg] -- res)",
            flags = {Flag.EXIT, Flag.ERROR, Flag.ESCAPES})
    public static Object callMethodDescriptorFastWithKeywords(Frame f, @Oparg int oparg, Object callable, Object selfOrNull,
            int args) {
        return callMethodDescriptor(f, oparg, callable, selfOrNull, args, Descriptors.METH_FASTCALL | Descriptors.METH_KEYWORDS);
    }

    /** A method_descriptor with the given convention, its self of the right type; null (deoptimize) otherwise. */
    private static Object callMethodDescriptor(Frame f, int oparg, Object callable, Object selfOrNull, int args, int flags) {
        int total = oparg + (selfOrNull == null ? 0 : 1);
        if (total == 0 || !(callable instanceof MethodDescr d) || d.type != Py.METHOD_DESCRIPTOR || d.spec.methFlags != flags) {
            return null;
        }
        int first = selfOrNull == null ? args : args - 1;
        Object[] s = f.localsplus;
        Object self = s[first];
        if (!Py.type(self).isSubtype(d.owner)) return null;
        int nargs = total - 1;
        if ((flags == Descriptors.METH_O && nargs != 1) || (flags == Descriptors.METH_NOARGS && nargs != 0)) return null;
        return d.spec.call(self, s, first + 1, nargs, null);
    }

    /** len(x) with the builtin len. */
    @Op(name = "_GUARD_NOS_NULL", stack = "(null, unused -- null, unused)", flags = Flag.DEOPT)
    public static boolean guardNosNull(Object nullValue) {
        return nullValue == null;
    }

    @Op(name = "_GUARD_CALLABLE_LEN", stack = "(callable, unused, unused -- callable, unused, unused)", flags = Flag.DEOPT)
    public static boolean guardCallableLen(Object callable) {
        return CallSpecializer.isBuiltinLen(callable);
    }

    @Op(name = "_CALL_LEN", stack = "(callable, null, arg -- res)", flags = {Flag.ERROR, Flag.ERROR_NO_POP, Flag.ESCAPES})
    public static Object callLen(Object callable, Object nullValue, Object arg) {
        return Abstract.len(arg);
    }

    @Op(name = "_CALL_ISINSTANCE", stack = "(callable, self_or_null, args[oparg] -- res)",
            flags = {Flag.DEOPT, Flag.ERROR, Flag.ERROR_NO_POP, Flag.ESCAPES})
    public static Object callIsinstance(Frame f, @Oparg int oparg, Object callable, Object selfOrNull, int args) {
        if (oparg + (selfOrNull == null ? 0 : 1) != 2 || !CallSpecializer.isBuiltinIsinstance(callable)) return null;
        return callNonPyGeneral(f, oparg, callable, selfOrNull, args);
    }

    @Op(name = "_GUARD_CALLABLE_TYPE_1", stack = "(callable, unused, unused -- callable, unused, unused)", flags = Flag.DEOPT)
    public static boolean guardCallableType1(Object callable) {
        return callable == Py.TYPE;
    }

    @Op(name = "_CALL_TYPE_1", stack = "(callable, null, arg -- res)", flags = Flag.ESCAPES)
    public static Object callType1(@Oparg int oparg, Object callable, Object nullValue, Object arg) {
        assert oparg == 1;
        return Py.type(arg);
    }

    @Op(name = "_GUARD_CALLABLE_STR_1", stack = "(callable, unused, unused -- callable, unused, unused)", flags = Flag.DEOPT)
    public static boolean guardCallableStr1(Object callable) {
        return callable == Py.STR;
    }

    @Op(name = "_CALL_STR_1", stack = "(callable, null, arg -- res)", flags = {Flag.ERROR, Flag.ESCAPES})
    public static Object callStr1(@Oparg int oparg, Object callable, Object nullValue, Object arg) {
        assert oparg == 1;
        return Abstract.str(arg);
    }

    @Op(name = "_GUARD_CALLABLE_TUPLE_1", stack = "(callable, unused, unused -- callable, unused, unused)", flags = Flag.DEOPT)
    public static boolean guardCallableTuple1(Object callable) {
        return callable == Py.TUPLE;
    }

    @Op(name = "_CALL_TUPLE_1", stack = "(callable, null, arg -- res)", flags = {Flag.ERROR, Flag.ESCAPES})
    public static Object callTuple1(@Oparg int oparg, Object callable, Object nullValue, Object arg) {
        assert oparg == 1;
        return NumberOps.isExactTuple(arg) ? arg : PyTuple.fromIterable(arg);
    }

    /**
     * lst.append(x) as a statement. CPython skips the POP_TOP that follows in Tier 1; here the op leaves
     * None for it, so the next instruction stays the same. Null (deoptimize) when it is not list.append.
     */
    @Op(name = "_CALL_LIST_APPEND", stack = "(callable, self, arg -- res)", flags = {Flag.DEOPT, Flag.ERROR, Flag.ESCAPES})
    public static Object callListAppend(@Oparg int oparg, Object callable, Object self, Object arg) {
        assert oparg == 1;
        if (callable != CallSpecializer.listAppend() || !(self instanceof PyList list)) return null;
        list.append(arg);
        return Py.None;
    }
}
