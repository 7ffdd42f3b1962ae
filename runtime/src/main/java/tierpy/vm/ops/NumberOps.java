package tierpy.vm.ops;

import tierpy.objects.Abstract;
import tierpy.objects.BinOp;
import tierpy.objects.Py;
import tierpy.objects.PyDict;
import tierpy.objects.PyList;
import tierpy.objects.PySlice;
import tierpy.objects.PyTuple;
import tierpy.objects.Strs;
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
@Macro("BINARY_OP_ADD_UNICODE = _GUARD_TOS_UNICODE + _GUARD_NOS_UNICODE + unused/5 + _BINARY_OP_ADD_UNICODE")
@Macro("BINARY_OP_INPLACE_ADD_UNICODE = _GUARD_TOS_UNICODE + _GUARD_NOS_UNICODE + unused/5 + _BINARY_OP_INPLACE_ADD_UNICODE")
@Macro("BINARY_OP_EXTEND = unused/1 + _GUARD_BINARY_OP_EXTEND + rewind/-4 + _BINARY_OP_EXTEND")
@Macro("BINARY_OP_SUBSCR_LIST_INT = _GUARD_TOS_INT + _GUARD_NOS_LIST + unused/5 + _BINARY_OP_SUBSCR_LIST_INT")
@Macro("BINARY_OP_SUBSCR_LIST_SLICE = _GUARD_TOS_SLICE + _GUARD_NOS_LIST + unused/5 + _BINARY_OP_SUBSCR_LIST_SLICE")
@Macro("BINARY_OP_SUBSCR_TUPLE_INT = _GUARD_TOS_INT + _GUARD_NOS_TUPLE + unused/5 + _BINARY_OP_SUBSCR_TUPLE_INT")
@Macro("BINARY_OP_SUBSCR_STR_INT = _GUARD_TOS_INT + _GUARD_NOS_UNICODE + unused/5 + _BINARY_OP_SUBSCR_STR_INT")
@Macro("BINARY_OP_SUBSCR_DICT = _GUARD_NOS_DICT + unused/5 + _BINARY_OP_SUBSCR_DICT")
@Macro("BINARY_OP_SUBSCR_GETITEM = unused/5 + _CHECK_PEP_523 + _BINARY_OP_SUBSCR_CHECK_FUNC + _BINARY_OP_SUBSCR_INIT_CALL + _PUSH_FRAME")
@Macro("UNARY_NEGATIVE = _UNARY_NEGATIVE")
@Macro("UNARY_NOT = _UNARY_NOT")
@Macro("UNARY_INVERT = _UNARY_INVERT")
@Family(name = "TO_BOOL", members = {"TO_BOOL_ALWAYS_TRUE", "TO_BOOL_BOOL", "TO_BOOL_INT", "TO_BOOL_LIST", "TO_BOOL_NONE",
        "TO_BOOL_STR"})
@Macro("TO_BOOL = _SPECIALIZE_TO_BOOL + unused/2 + _TO_BOOL")
@Macro("TO_BOOL_BOOL = unused/1 + unused/2 + _TO_BOOL_BOOL")
@Macro("TO_BOOL_INT = unused/1 + unused/2 + _TO_BOOL_INT")
@Macro("TO_BOOL_NONE = unused/1 + unused/2 + _TO_BOOL_NONE")
@Macro("TO_BOOL_LIST = _GUARD_TOS_LIST + unused/1 + unused/2 + _TO_BOOL_LIST")
@Macro("TO_BOOL_STR = _GUARD_TOS_UNICODE + unused/1 + unused/2 + _TO_BOOL_STR")
@Macro("TO_BOOL_ALWAYS_TRUE = unused/1 + _GUARD_TYPE_VERSION + _REPLACE_WITH_TRUE")
public final class NumberOps {
    private NumberOps() {}

    /** NB_* opargs below this are plain operators; from it to NB_SUBSCR they are the in-place forms. */
    static final int NB_INPLACE_ADD = 13;
    static final int NB_SUBSCR = 26;

    @Op(name = "_SPECIALIZE_BINARY_OP", stack = "(counter/1, lhs, rhs -- lhs, rhs)", specializing = true)
    public static void specializeBinaryOp(Frame f, @Oparg int oparg, Object lhs, Object rhs) {
        Specializer.binaryOp(f, oparg, lhs, rhs);
    }

    @Op(name = "_BINARY_OP", stack = "(lhs, rhs -- res)", flags = {Flag.ERROR, Flag.ERROR_NO_POP, Flag.ESCAPES})
    public static Object binaryOp(@Oparg int oparg, Object lhs, Object rhs) {
        if (oparg < NB_INPLACE_ADD) return Abstract.binaryOp(lhs, rhs, BinOp.VALUES[oparg]);
        if (oparg < NB_SUBSCR) return Abstract.inplaceOp(lhs, rhs, BinOp.VALUES[oparg - NB_INPLACE_ADD]);
        return Abstract.getitem(lhs, rhs);
    }

    /** PyLong_CheckExact: ints are Long, or BigInteger beyond 64 bits. */
    public static boolean isExactInt(Object value) {
        return value instanceof Long || value instanceof java.math.BigInteger;
    }

    /** _PyLong_CheckExactAndCompact: an exact int of one 30-bit digit. */
    public static boolean isCompactInt(Object value) {
        return value instanceof Long l && l > -(1L << 30) && l < (1L << 30);
    }

    @Op(name = "_GUARD_TOS_INT", stack = "(value -- value)", flags = Flag.EXIT)
    public static boolean guardTosInt(Object value) {
        return isExactInt(value);
    }

    @Op(name = "_GUARD_NOS_INT", stack = "(left, unused -- left, unused)", flags = Flag.EXIT)
    public static boolean guardNosInt(Object left) {
        return isExactInt(left);
    }

    @Op(name = "_GUARD_TOS_UNICODE", stack = "(value -- value)", flags = Flag.EXIT)
    public static boolean guardTosUnicode(Object value) {
        return value instanceof String;
    }

    @Op(name = "_GUARD_NOS_UNICODE", stack = "(nos, unused -- nos, unused)", flags = Flag.EXIT)
    public static boolean guardNosUnicode(Object nos) {
        return nos instanceof String;
    }

    @Op(name = "_GUARD_NOS_LIST", stack = "(nos, unused -- nos, unused)", flags = Flag.EXIT)
    public static boolean guardNosList(Object nos) {
        return isExactList(nos);
    }

    @Op(name = "_GUARD_TOS_LIST", stack = "(tos -- tos)", flags = Flag.EXIT)
    public static boolean guardTosList(Object tos) {
        return isExactList(tos);
    }

    @Op(name = "_GUARD_NOS_TUPLE", stack = "(nos, unused -- nos, unused)", flags = Flag.EXIT)
    public static boolean guardNosTuple(Object nos) {
        return isExactTuple(nos);
    }

    @Op(name = "_GUARD_TOS_TUPLE", stack = "(tos -- tos)", flags = Flag.EXIT)
    public static boolean guardTosTuple(Object tos) {
        return isExactTuple(tos);
    }

    @Op(name = "_GUARD_TOS_SLICE", stack = "(tos -- tos)", flags = Flag.EXIT)
    public static boolean guardTosSlice(Object tos) {
        return tos instanceof PySlice;
    }

    @Op(name = "_GUARD_NOS_DICT", stack = "(nos, unused -- nos, unused)", flags = Flag.EXIT)
    public static boolean guardNosDict(Object nos) {
        return isExactDict(nos);
    }

    @Op(name = "_GUARD_TOS_DICT", stack = "(tos -- tos)", flags = Flag.EXIT)
    public static boolean guardTosDict(Object tos) {
        return isExactDict(tos);
    }

    public static boolean isExactList(Object o) {
        return o instanceof PyList l && l.type == Py.LIST;
    }

    public static boolean isExactTuple(Object o) {
        return o instanceof PyTuple t && t.type == Py.TUPLE;
    }

    public static boolean isExactDict(Object o) {
        return o instanceof PyDict d && d.type == Py.DICT;
    }

    @Op(name = "_BINARY_OP_ADD_UNICODE", stack = "(left, right -- res)", flags = {Flag.ERROR, Flag.PURE})
    public static Object binaryOpAddUnicode(Object left, Object right) {
        return ((String) left).concat((String) right);
    }

    /**
     * {@code s += t} stored back into the same local: CPython appends in place and skips the STORE_FAST;
     * Java strings are immutable, so this pushes the result for the STORE_FAST to store.
     */
    @Op(name = "_BINARY_OP_INPLACE_ADD_UNICODE", stack = "(left, right -- res)",
            flags = {Flag.LOCAL, Flag.DEOPT, Flag.ERROR, Flag.ESCAPES})
    public static Object binaryOpInplaceAddUnicode(Frame f, Object left, Object right) {
        int target = f.code.units[f.lasti + 1 + INLINE_CACHE_ENTRIES_BINARY_OP] >>> 8;
        if (f.localsplus[target] != left) return null;
        return ((String) left).concat((String) right);
    }

    static final int INLINE_CACHE_ENTRIES_BINARY_OP = 5;

    @Op(name = "_GUARD_BINARY_OP_EXTEND", stack = "(descr/4, left, right -- left, right)", flags = {Flag.DEOPT, Flag.ESCAPES})
    public static boolean guardBinaryOpExtend(long descr, Object left, Object right) {
        return BinaryOpExtend.DESCRIPTORS[(int) descr].guard(left, right);
    }

    @Op(name = "_BINARY_OP_EXTEND", stack = "(descr/4, left, right -- res)", flags = {Flag.ERROR, Flag.ESCAPES, Flag.PURE})
    public static Object binaryOpExtend(long descr, Object left, Object right) {
        return BinaryOpExtend.DESCRIPTORS[(int) descr].apply(left, right);
    }

    @Op(name = "_BINARY_OP_SUBSCR_LIST_INT", stack = "(list_st, sub_st -- res)", flags = {Flag.DEOPT, Flag.ESCAPES})
    public static Object binaryOpSubscrListInt(Object list, Object sub) {
        PyList l = (PyList) list;
        return sub instanceof Long i && i >= 0 && i < l.size() ? l.get((int) (long) i) : null;
    }

    @Op(name = "_BINARY_OP_SUBSCR_LIST_SLICE", stack = "(list_st, sub_st -- res)", flags = {Flag.ERROR, Flag.ESCAPES})
    public static Object binaryOpSubscrListSlice(Object list, Object sub) {
        return Abstract.getitem(list, sub);
    }

    @Op(name = "_BINARY_OP_SUBSCR_TUPLE_INT", stack = "(tuple_st, sub_st -- res)", flags = Flag.DEOPT)
    public static Object binaryOpSubscrTupleInt(Object tuple, Object sub) {
        PyTuple t = (PyTuple) tuple;
        return sub instanceof Long i && i >= 0 && i < t.size() ? t.get((int) (long) i) : null;
    }

    /** Only ASCII characters (CPython returns its cached one-character strings); other strings deoptimize. */
    @Op(name = "_BINARY_OP_SUBSCR_STR_INT", stack = "(str_st, sub_st -- res)", flags = {Flag.DEOPT, Flag.ESCAPES})
    public static Object binaryOpSubscrStrInt(Object str, Object sub) {
        String s = (String) str;
        if (!(sub instanceof Long i) || i < 0 || i >= s.length() || !Strs.isBmp(s)) return null;
        char c = s.charAt((int) (long) i);
        return c < 128 ? String.valueOf(c) : null;
    }

    @Op(name = "_BINARY_OP_SUBSCR_DICT", stack = "(dict_st, sub_st -- res)", flags = {Flag.ERROR, Flag.ESCAPES})
    public static Object binaryOpSubscrDict(Object dict, Object sub) {
        Object value = ((PyDict) dict).getItemOrNull(sub);
        return value != null ? value : Abstract.getitem(dict, sub);
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
        if (left instanceof Long x && right instanceof Long y) {
            long a = x, b = y, r = a + b;
            if (((a ^ r) & (b ^ r)) >= 0) return r;
        }
        return Abstract.add(left, right);
    }

    @Op(name = "_BINARY_OP_SUBTRACT_INT", stack = "(left, right -- res)", flags = {Flag.ERROR, Flag.ESCAPES, Flag.PURE})
    public static Object binaryOpSubtractInt(Object left, Object right) {
        if (left instanceof Long x && right instanceof Long y) {
            long a = x, b = y, r = a - b;
            if (((a ^ b) & (a ^ r)) >= 0) return r;
        }
        return Abstract.sub(left, right);
    }

    @Op(name = "_BINARY_OP_MULTIPLY_INT", stack = "(left, right -- res)", flags = {Flag.ERROR, Flag.ESCAPES, Flag.PURE})
    public static Object binaryOpMultiplyInt(Object left, Object right) {
        if (left instanceof Long x && right instanceof Long y) {
            long a = x, b = y, hi = Math.multiplyHigh(a, b), r = a * b;
            if ((hi == 0 && r >= 0) || (hi == -1 && r < 0)) return r;
        }
        return Abstract.mul(left, right);
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
        Specializer.toBool(f, value);
    }

    @Op(name = "_TO_BOOL_BOOL", stack = "(value -- value)", flags = Flag.EXIT)
    public static boolean toBoolBool(Object value) {
        return value instanceof Boolean;
    }

    /** Null (deoptimize) for anything but an exact int. */
    @Op(name = "_TO_BOOL_INT", stack = "(value -- res)", flags = {Flag.EXIT, Flag.ESCAPES})
    public static Object toBoolInt(Object value) {
        if (value instanceof Long l) return Py.bool(l != 0);
        return value instanceof java.math.BigInteger ? Boolean.TRUE : null;
    }

    @Op(name = "_TO_BOOL_NONE", stack = "(value -- res)", flags = Flag.EXIT)
    public static Object toBoolNone(Object value) {
        return value == Py.None ? Boolean.FALSE : null;
    }

    @Op(name = "_TO_BOOL_LIST", stack = "(value -- res)")
    public static Object toBoolList(Object value) {
        return Py.bool(((PyList) value).size() != 0);
    }

    @Op(name = "_TO_BOOL_STR", stack = "(value -- res)", flags = Flag.ESCAPES)
    public static Object toBoolStr(Object value) {
        return Py.bool(!((String) value).isEmpty());
    }

    /** An instance of a class with neither __bool__ nor __len__ is always true. */
    @Op(name = "_REPLACE_WITH_TRUE", stack = "(value -- res)", flags = Flag.ESCAPES)
    public static Object replaceWithTrue(Object value) {
        return Boolean.TRUE;
    }

    @Op(name = "_TO_BOOL", stack = "(value -- res)", flags = {Flag.ERROR, Flag.ESCAPES})
    public static Object toBool(Object value) {
        return value instanceof Boolean ? value : Py.bool(Abstract.isTrue(value));
    }
}
