package tierpy.vm.ops;

import tierpy.objects.Abstract;
import tierpy.objects.BinOp;
import tierpy.objects.Py;
import tierpy.vm.Frame;
import tierpy.vm.Specializer;

/** Mirrors Python/bytecodes.c: BINARY_OP with its int and float specializations, unary operators, TO_BOOL. */
@Family(name = "BINARY_OP", members = {"BINARY_OP_MULTIPLY_INT", "BINARY_OP_ADD_INT", "BINARY_OP_SUBTRACT_INT",
        "BINARY_OP_MULTIPLY_FLOAT", "BINARY_OP_ADD_FLOAT", "BINARY_OP_SUBTRACT_FLOAT", "BINARY_OP_ADD_UNICODE",
        "BINARY_OP_SUBSCR_LIST_INT", "BINARY_OP_SUBSCR_LIST_SLICE", "BINARY_OP_SUBSCR_TUPLE_INT",
        "BINARY_OP_SUBSCR_STR_INT", "BINARY_OP_SUBSCR_DICT", "BINARY_OP_SUBSCR_GETITEM", "BINARY_OP_EXTEND",
        "BINARY_OP_INPLACE_ADD_UNICODE"})
@Macro("BINARY_OP = _SPECIALIZE_BINARY_OP + unused/4 + _BINARY_OP")
@Macro("BINARY_OP_ADD_INT = _GUARD_TOS_INT + _GUARD_NOS_INT + unused/5 + _BINARY_OP_ADD_INT")
@Macro("BINARY_OP_SUBTRACT_INT = _GUARD_TOS_INT + _GUARD_NOS_INT + unused/5 + _BINARY_OP_SUBTRACT_INT")
@Macro("BINARY_OP_MULTIPLY_INT = _GUARD_TOS_INT + _GUARD_NOS_INT + unused/5 + _BINARY_OP_MULTIPLY_INT")
@Macro("BINARY_OP_ADD_FLOAT = _GUARD_TOS_FLOAT + _GUARD_NOS_FLOAT + unused/5 + _BINARY_OP_ADD_FLOAT")
@Macro("BINARY_OP_SUBTRACT_FLOAT = _GUARD_TOS_FLOAT + _GUARD_NOS_FLOAT + unused/5 + _BINARY_OP_SUBTRACT_FLOAT")
@Macro("BINARY_OP_MULTIPLY_FLOAT = _GUARD_TOS_FLOAT + _GUARD_NOS_FLOAT + unused/5 + _BINARY_OP_MULTIPLY_FLOAT")
@Macro("UNARY_NEGATIVE = _UNARY_NEGATIVE")
@Macro("UNARY_NOT = _UNARY_NOT")
@Macro("UNARY_INVERT = _UNARY_INVERT")
@Macro("TO_BOOL = _SPECIALIZE_TO_BOOL + unused/2 + _TO_BOOL")
public final class NumberOps {
    private NumberOps() {}

    /** NB_* opargs below this are plain operators; from it to NB_SUBSCR they are the in-place forms. */
    static final int NB_INPLACE_ADD = 13;
    static final int NB_SUBSCR = 26;

    @Op(name = "_SPECIALIZE_BINARY_OP", stack = "(counter/1, lhs, rhs -- lhs, rhs)", specializing = true)
    public static void specializeBinaryOp(Frame f, @Oparg int oparg, Object lhs, Object rhs) {
        Specializer.noSpecializer(f);
    }

    @Op(name = "_BINARY_OP", stack = "(lhs, rhs -- res)", flags = {Flag.ERROR, Flag.ERROR_NO_POP, Flag.ESCAPES})
    public static Object binaryOp(@Oparg int oparg, Object lhs, Object rhs) {
        if (oparg < NB_INPLACE_ADD) return Abstract.binaryOp(lhs, rhs, BinOp.VALUES[oparg]);
        if (oparg < NB_SUBSCR) return Abstract.inplaceOp(lhs, rhs, BinOp.VALUES[oparg - NB_INPLACE_ADD]);
        return Abstract.getitem(lhs, rhs);
    }

    @Op(name = "_GUARD_TOS_INT", stack = "(value -- value)", flags = Flag.EXIT)
    public static boolean guardTosInt(Object value) {
        return value instanceof Long;
    }

    @Op(name = "_GUARD_NOS_INT", stack = "(left, unused -- left, unused)", flags = Flag.EXIT)
    public static boolean guardNosInt(Object left) {
        return left instanceof Long;
    }

    @Op(name = "_GUARD_TOS_FLOAT", stack = "(value -- value)", flags = Flag.EXIT)
    public static boolean guardTosFloat(Object value) {
        return value instanceof Double;
    }

    @Op(name = "_GUARD_NOS_FLOAT", stack = "(left, unused -- left, unused)", flags = Flag.EXIT)
    public static boolean guardNosFloat(Object left) {
        return left instanceof Double;
    }

    @Op(name = "_BINARY_OP_ADD_INT", stack = "(left, right -- res)", flags = {Flag.ERROR, Flag.ESCAPES, Flag.PURE})
    public static Object binaryOpAddInt(Object left, Object right) {
        long a = (Long) left, b = (Long) right, r = a + b;
        return ((a ^ r) & (b ^ r)) < 0 ? Abstract.add(left, right) : (Object) r;
    }

    @Op(name = "_BINARY_OP_SUBTRACT_INT", stack = "(left, right -- res)", flags = {Flag.ERROR, Flag.ESCAPES, Flag.PURE})
    public static Object binaryOpSubtractInt(Object left, Object right) {
        long a = (Long) left, b = (Long) right, r = a - b;
        return ((a ^ b) & (a ^ r)) < 0 ? Abstract.sub(left, right) : (Object) r;
    }

    @Op(name = "_BINARY_OP_MULTIPLY_INT", stack = "(left, right -- res)", flags = {Flag.ERROR, Flag.ESCAPES, Flag.PURE})
    public static Object binaryOpMultiplyInt(Object left, Object right) {
        long a = (Long) left, b = (Long) right;
        long hi = Math.multiplyHigh(a, b), r = a * b;
        return (hi == 0 && r >= 0) || (hi == -1 && r < 0) ? (Object) r : Abstract.mul(left, right);
    }

    @Op(name = "_BINARY_OP_ADD_FLOAT", stack = "(left, right -- res)", flags = {Flag.ERROR, Flag.PURE})
    public static Object binaryOpAddFloat(Object left, Object right) {
        return (Double) left + (Double) right;
    }

    @Unboxed("_BINARY_OP_ADD_FLOAT")
    public static double binaryOpAddFloat(double left, double right) {
        return left + right;
    }

    @Op(name = "_BINARY_OP_SUBTRACT_FLOAT", stack = "(left, right -- res)", flags = {Flag.ERROR, Flag.PURE})
    public static Object binaryOpSubtractFloat(Object left, Object right) {
        return (Double) left - (Double) right;
    }

    @Unboxed("_BINARY_OP_SUBTRACT_FLOAT")
    public static double binaryOpSubtractFloat(double left, double right) {
        return left - right;
    }

    @Op(name = "_BINARY_OP_MULTIPLY_FLOAT", stack = "(left, right -- res)", flags = {Flag.ERROR, Flag.PURE})
    public static Object binaryOpMultiplyFloat(Object left, Object right) {
        return (Double) left * (Double) right;
    }

    @Unboxed("_BINARY_OP_MULTIPLY_FLOAT")
    public static double binaryOpMultiplyFloat(double left, double right) {
        return left * right;
    }

    @Op(name = "_UNARY_NEGATIVE", stack = "(value -- res)", flags = {Flag.ERROR, Flag.ESCAPES})
    public static Object unaryNegative(Object value) {
        return Abstract.neg(value);
    }

    @Op(name = "_UNARY_NOT", stack = "(value -- res)", flags = Flag.PURE)
    public static Object unaryNot(Object value) {
        return Py.bool(!(Boolean) value);
    }

    @Op(name = "_UNARY_INVERT", stack = "(value -- res)", flags = {Flag.ERROR, Flag.ESCAPES})
    public static Object unaryInvert(Object value) {
        return Abstract.invert(value);
    }

    @Op(name = "_SPECIALIZE_TO_BOOL", stack = "(counter/1, value -- value)", specializing = true)
    public static void specializeToBool(Frame f, Object value) {
        Specializer.noSpecializer(f);
    }

    @Op(name = "_TO_BOOL", stack = "(value -- res)", flags = {Flag.ERROR, Flag.ESCAPES})
    public static Object toBool(Object value) {
        return value instanceof Boolean ? value : Py.bool(Abstract.isTrue(value));
    }
}
