package tierpy.vm.ops;

import tierpy.objects.Exceptions;
import tierpy.objects.PyDict;
import tierpy.objects.PyTuple;
import tierpy.vm.Frame;
import tierpy.vm.PyCode;
import tierpy.vm.PyFunction;

/** Mirrors Python/bytecodes.c: MAKE_FUNCTION, SET_FUNCTION_ATTRIBUTE and RETURN_VALUE. */
@Macro("MAKE_FUNCTION = _MAKE_FUNCTION")
@Macro("SET_FUNCTION_ATTRIBUTE = _SET_FUNCTION_ATTRIBUTE")
@Macro(value = "RETURN_VALUE = _RETURN_VALUE", exit = Exit.RETURN)
public final class FunctionOps {
    private FunctionOps() {}

    /** SET_FUNCTION_ATTRIBUTE's oparg bits (Include/internal/pycore_function.h: MAKE_FUNCTION_*). */
    static final int DEFAULTS = 1, KWDEFAULTS = 2, ANNOTATIONS = 4, CLOSURE = 8, ANNOTATE = 16;

    @Op(name = "_MAKE_FUNCTION", stack = "(codeobj -- func)", flags = {Flag.ERROR, Flag.ESCAPES})
    public static Object makeFunction(Frame f, Object codeobj) {
        return new PyFunction((PyCode) codeobj, f.globals, f.builtins);
    }

    @Op(name = "_SET_FUNCTION_ATTRIBUTE", stack = "(attr, func_in -- func_out)", flags = {Flag.ERROR, Flag.ESCAPES})
    public static Object setFunctionAttribute(@Oparg int oparg, Object attr, Object funcIn) {
        PyFunction fn = (PyFunction) funcIn;
        switch (oparg) {
            case DEFAULTS -> fn.defaults = PyFunction.items((PyTuple) attr);
            case KWDEFAULTS -> fn.kwdefaults = (PyDict) attr;
            case ANNOTATIONS -> fn.annotations = attr;
            case CLOSURE -> fn.closure = PyFunction.items((PyTuple) attr);
            case ANNOTATE -> fn.annotate = attr;
            default -> throw Exceptions.raise(Exceptions.SystemError, "unknown function attribute " + oparg);
        }
        return fn;
    }

    @Op(name = "_RETURN_VALUE", stack = "(retval -- res)", flags = Flag.ESCAPES)
    public static Object returnValue(Object retval) {
        return retval;
    }
}
