package tierpy.vm.ops;

import tierpy.objects.Abstract;
import tierpy.objects.Exceptions;
import tierpy.objects.Py;
import tierpy.objects.PyDict;
import tierpy.objects.PyTuple;
import tierpy.objects.Wrappers;
import tierpy.vm.Calls;
import tierpy.vm.Frame;
import tierpy.vm.PyFunction;
import tierpy.vm.Specializer;

/** Mirrors Python/bytecodes.c: CALL and CALL_KW in their generic forms. */
@Macro("CALL = _SPECIALIZE_CALL + unused/2 + _MAYBE_EXPAND_METHOD + _DO_CALL + _CHECK_PERIODIC")
@Macro("CALL_KW = _SPECIALIZE_CALL_KW + unused/2 + _MAYBE_EXPAND_METHOD_KW + _DO_CALL_KW")
@Macro("CALL_FUNCTION_EX = _MAKE_CALLARGS_A_TUPLE + _DO_CALL_FUNCTION_EX + _CHECK_PERIODIC")
@Macro("DICT_MERGE = _DICT_MERGE")
public final class CallOps {
    private CallOps() {}

    @Op(name = "_SPECIALIZE_CALL", stack = "(counter/1, callable, self_or_null, args[oparg] -- callable, self_or_null, args[oparg])",
            specializing = true)
    public static void specializeCall(Frame f, @Oparg int oparg, Object callable, Object selfOrNull, int args) {
        Specializer.noSpecializer(f);
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
        if (selfOrNull != null) return Abstract.vectorcall(callable, f.localsplus, args - 1, oparg + 1, null);
        return Abstract.vectorcall(callable, f.localsplus, args, oparg, null);
    }

    @Op(name = "_SPECIALIZE_CALL_KW", stack = "(counter/1, callable, self_or_null, args[oparg], kwnames -- callable, self_or_null, args[oparg], kwnames)",
            specializing = true)
    public static void specializeCallKw(Frame f, @Oparg int oparg, Object callable, Object selfOrNull, int args,
            Object kwnames) {
        Specializer.noSpecializer(f);
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
        int positional = oparg - kw.length;
        if (selfOrNull != null) return Abstract.vectorcall(callable, f.localsplus, args - 1, positional + 1, kw);
        return Abstract.vectorcall(callable, f.localsplus, args, positional, kw);
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
            names[k[0]] = (String) key;
            all[args.size() + k[0]++] = value;
        });
        return Abstract.vectorcall(func, all, 0, args.size(), names);
    }

    @Op(name = "_DICT_MERGE", stack = "(callable, unused, unused, dict, unused[oparg - 1], update -- callable, unused, unused, dict, unused[oparg - 1])",
            flags = {Flag.ERROR, Flag.ESCAPES})
    public static void dictMerge(Object callable, Object dict, Object update) {
        PyDict target = (PyDict) dict;
        if (!(update instanceof PyDict) && Abstract.getattrOrNull(update, "keys") == null) {
            throw Exceptions.typeError(Calls.describe(callable) + " argument after ** must be a mapping, not "
                    + Py.type(update).name);
        }
        PyDict source = update instanceof PyDict d ? d : (PyDict) Abstract.call(Py.DICT, update);
        source.forEach((key, value) -> {
            if (!(key instanceof String)) throw Exceptions.typeError(Calls.describe(callable) + " keywords must be strings");
            if (target.getItemOrNull(key) != null) {
                throw Exceptions.typeError(Calls.describe(callable) + " got multiple values for keyword argument '" + key + "'");
            }
            target.setItem(key, value);
        });
    }
}
