package tierpy.vm.ops;

import tierpy.objects.Abstract;
import tierpy.objects.PyTuple;
import tierpy.vm.Frame;
import tierpy.vm.PyMethod;

/** Mirrors Python/bytecodes.c: CALL and CALL_KW in their generic forms. */
@Macro("CALL = _SPECIALIZE_CALL + unused/2 + _MAYBE_EXPAND_METHOD + _DO_CALL + _CHECK_PERIODIC")
@Macro("CALL_KW = _SPECIALIZE_CALL_KW + unused/2 + _MAYBE_EXPAND_METHOD_KW + _DO_CALL_KW")
public final class CallOps {
    private CallOps() {}

    @Op(name = "_SPECIALIZE_CALL", stack = "(counter/1, callable, self_or_null, args[oparg] -- callable, self_or_null, args[oparg])",
            specializing = true)
    public static void specializeCall(long counter, Object callable, Object selfOrNull, int args) {
        // No specializer yet: CALL always runs its generic form.
    }

    @Op(name = "_MAYBE_EXPAND_METHOD", stack = "(callable[1], self_or_null[1], unused[oparg] -- callable[1], self_or_null[1], unused[oparg])",
            flags = Flag.ESCAPES)
    public static void maybeExpandMethod(Frame f, int callable, int selfOrNull) {
        expand(f.localsplus, callable, selfOrNull);
    }

    /** A bound method with no self on the stack becomes function + self, so the call needs no new array. */
    private static void expand(Object[] s, int callable, int selfOrNull) {
        if (s[selfOrNull] == null && s[callable] instanceof PyMethod m) {
            s[callable] = m.function;
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
    public static void specializeCallKw(long counter, Object callable, Object selfOrNull, int args, Object kwnames) {
        // No specializer yet: CALL_KW always runs its generic form.
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
}
