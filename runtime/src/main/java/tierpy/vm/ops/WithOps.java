package tierpy.vm.ops;

import tierpy.objects.Abstract;
import tierpy.objects.Exceptions;
import tierpy.objects.Py;
import tierpy.objects.PyBaseException;
import tierpy.objects.PyException;
import tierpy.objects.PyType;
import tierpy.vm.Frame;
import tierpy.objects.Wrappers;

/** Mirrors Python/bytecodes.c: the context-manager protocol of {@code with}. */
@Macro("LOAD_SPECIAL = _INSERT_NULL + _LOAD_SPECIAL")
@Macro("WITH_EXCEPT_START = _WITH_EXCEPT_START")
public final class WithOps {
    private WithOps() {}

    private static final String[] NAMES = tierpy.code.Opcodes.SPECIAL_METHOD_NAMES;

    @Op(name = "_INSERT_NULL", stack = "(self -- method_and_self[2])")
    public static void insertNull(Frame f, Object self, int methodAndSelf) {
        f.localsplus[methodAndSelf] = null;
        f.localsplus[methodAndSelf + 1] = self;
    }

    /** _PyObject_LookupSpecialMethod: leaves (function, self) or (bound callable, null). */
    @Op(name = "_LOAD_SPECIAL", stack = "(method_and_self[2] -- method_and_self[2])",
            flags = {Flag.ERROR, Flag.ERROR_NO_POP, Flag.ESCAPES})
    public static void loadSpecial(Frame f, @Oparg int oparg, int methodAndSelf) {
        Object[] s = f.localsplus;
        Object self = s[methodAndSelf + 1];
        PyType type = Py.type(self);
        Object descr = type.lookup(NAMES[oparg]);
        if (descr == null) {
            // _Py_SpecialMethods' error, or its error_suggestion when the other protocol is there
            boolean async = oparg >= 2;
            String[] other = async ? new String[] {NAMES[0], NAMES[1]} : new String[] {NAMES[2], NAMES[3]};
            boolean suggest = hasSpecialMethod(type, other[0]) && hasSpecialMethod(type, other[1]);
            throw Exceptions.typeError("'" + type.name + "' object does not support the "
                    + (async ? "asynchronous " : "") + "context manager protocol (missed " + NAMES[oparg] + " method)"
                    + (!suggest ? "" : async ? " but it supports the context manager protocol. Did you mean to use 'with'?"
                    : " but it supports the asynchronous context manager protocol. Did you mean to use 'async with'?"));
        }
        if (descr instanceof tierpy.vm.PyFunction) {
            s[methodAndSelf] = descr;
            return;
        }
        Object bound = Abstract.descrGet(descr, self, type);
        if (bound instanceof Wrappers.Method m && m.self == self) {
            s[methodAndSelf] = m.func;
            return;
        }
        s[methodAndSelf] = bound;
        s[methodAndSelf + 1] = null;
    }

    /** type_has_special_method: the type has the attribute and it is a descriptor (a function, say). */
    private static boolean hasSpecialMethod(PyType type, String name) {
        Object r = type.lookup(name);
        return r != null && Py.type(r).descrGet != null;
    }

    /** Calls {@code __exit__(type, value, traceback)} for the exception on top of the stack. */
    @Op(name = "_WITH_EXCEPT_START", stack = "(exit_func, exit_self, lasti, unused, val -- exit_func, exit_self, lasti, unused, val, res)",
            flags = {Flag.ERROR, Flag.ESCAPES})
    public static Object withExceptStart(Object exitFunc, Object exitSelf, Object lasti, Object val) {
        Object tb = val instanceof PyBaseException b ? b.traceback : Py.None;
        if (exitSelf != null) return Abstract.call(exitFunc, exitSelf, Py.type(val), val, tb);
        return Abstract.call(exitFunc, Py.type(val), val, tb);
    }
}
