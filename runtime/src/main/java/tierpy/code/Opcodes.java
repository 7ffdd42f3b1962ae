package tierpy.code;

/**
 * Mirrors Lib/opcode.py, Lib/_opcode_metadata.py and Include/opcode_ids.h of CPython 3.14: opcode
 * numbers and names, inline cache sizes, dis's has* tables and the operator/intrinsic tables.
 * Generated once from ../shared/cpython314/opcodes.json; OpcodesTest re-checks every table against it.
 */
public final class Opcodes {
    private Opcodes() {}

    public static final String VERSION = "3.14.7";
    public static final int HAVE_ARGUMENT = 43;
    public static final int MIN_INSTRUMENTED_OPCODE = 234;
    /** First pseudo opcode: numbers from here on never reach co_code. */
    public static final int MIN_PSEUDO_OPCODE = 256;
    public static final int NUM_OPCODES = 267;

    public static final int CACHE = 0;
    public static final int BINARY_SLICE = 1;
    public static final int BUILD_TEMPLATE = 2;
    public static final int BINARY_OP_INPLACE_ADD_UNICODE = 3;
    public static final int CALL_FUNCTION_EX = 4;
    public static final int CHECK_EG_MATCH = 5;
    public static final int CHECK_EXC_MATCH = 6;
    public static final int CLEANUP_THROW = 7;
    public static final int DELETE_SUBSCR = 8;
    public static final int END_FOR = 9;
    public static final int END_SEND = 10;
    public static final int EXIT_INIT_CHECK = 11;
    public static final int FORMAT_SIMPLE = 12;
    public static final int FORMAT_WITH_SPEC = 13;
    public static final int GET_AITER = 14;
    public static final int GET_ANEXT = 15;
    public static final int GET_ITER = 16;
    public static final int RESERVED = 17;
    public static final int GET_LEN = 18;
    public static final int GET_YIELD_FROM_ITER = 19;
    public static final int INTERPRETER_EXIT = 20;
    public static final int LOAD_BUILD_CLASS = 21;
    public static final int LOAD_LOCALS = 22;
    public static final int MAKE_FUNCTION = 23;
    public static final int MATCH_KEYS = 24;
    public static final int MATCH_MAPPING = 25;
    public static final int MATCH_SEQUENCE = 26;
    public static final int NOP = 27;
    public static final int NOT_TAKEN = 28;
    public static final int POP_EXCEPT = 29;
    public static final int POP_ITER = 30;
    public static final int POP_TOP = 31;
    public static final int PUSH_EXC_INFO = 32;
    public static final int PUSH_NULL = 33;
    public static final int RETURN_GENERATOR = 34;
    public static final int RETURN_VALUE = 35;
    public static final int SETUP_ANNOTATIONS = 36;
    public static final int STORE_SLICE = 37;
    public static final int STORE_SUBSCR = 38;
    public static final int TO_BOOL = 39;
    public static final int UNARY_INVERT = 40;
    public static final int UNARY_NEGATIVE = 41;
    public static final int UNARY_NOT = 42;
    public static final int WITH_EXCEPT_START = 43;
    public static final int BINARY_OP = 44;
    public static final int BUILD_INTERPOLATION = 45;
    public static final int BUILD_LIST = 46;
    public static final int BUILD_MAP = 47;
    public static final int BUILD_SET = 48;
    public static final int BUILD_SLICE = 49;
    public static final int BUILD_STRING = 50;
    public static final int BUILD_TUPLE = 51;
    public static final int CALL = 52;
    public static final int CALL_INTRINSIC_1 = 53;
    public static final int CALL_INTRINSIC_2 = 54;
    public static final int CALL_KW = 55;
    public static final int COMPARE_OP = 56;
    public static final int CONTAINS_OP = 57;
    public static final int CONVERT_VALUE = 58;
    public static final int COPY = 59;
    public static final int COPY_FREE_VARS = 60;
    public static final int DELETE_ATTR = 61;
    public static final int DELETE_DEREF = 62;
    public static final int DELETE_FAST = 63;
    public static final int DELETE_GLOBAL = 64;
    public static final int DELETE_NAME = 65;
    public static final int DICT_MERGE = 66;
    public static final int DICT_UPDATE = 67;
    public static final int END_ASYNC_FOR = 68;
    public static final int EXTENDED_ARG = 69;
    public static final int FOR_ITER = 70;
    public static final int GET_AWAITABLE = 71;
    public static final int IMPORT_FROM = 72;
    public static final int IMPORT_NAME = 73;
    public static final int IS_OP = 74;
    public static final int JUMP_BACKWARD = 75;
    public static final int JUMP_BACKWARD_NO_INTERRUPT = 76;
    public static final int JUMP_FORWARD = 77;
    public static final int LIST_APPEND = 78;
    public static final int LIST_EXTEND = 79;
    public static final int LOAD_ATTR = 80;
    public static final int LOAD_COMMON_CONSTANT = 81;
    public static final int LOAD_CONST = 82;
    public static final int LOAD_DEREF = 83;
    public static final int LOAD_FAST = 84;
    public static final int LOAD_FAST_AND_CLEAR = 85;
    public static final int LOAD_FAST_BORROW = 86;
    public static final int LOAD_FAST_BORROW_LOAD_FAST_BORROW = 87;
    public static final int LOAD_FAST_CHECK = 88;
    public static final int LOAD_FAST_LOAD_FAST = 89;
    public static final int LOAD_FROM_DICT_OR_DEREF = 90;
    public static final int LOAD_FROM_DICT_OR_GLOBALS = 91;
    public static final int LOAD_GLOBAL = 92;
    public static final int LOAD_NAME = 93;
    public static final int LOAD_SMALL_INT = 94;
    public static final int LOAD_SPECIAL = 95;
    public static final int LOAD_SUPER_ATTR = 96;
    public static final int MAKE_CELL = 97;
    public static final int MAP_ADD = 98;
    public static final int MATCH_CLASS = 99;
    public static final int POP_JUMP_IF_FALSE = 100;
    public static final int POP_JUMP_IF_NONE = 101;
    public static final int POP_JUMP_IF_NOT_NONE = 102;
    public static final int POP_JUMP_IF_TRUE = 103;
    public static final int RAISE_VARARGS = 104;
    public static final int RERAISE = 105;
    public static final int SEND = 106;
    public static final int SET_ADD = 107;
    public static final int SET_FUNCTION_ATTRIBUTE = 108;
    public static final int SET_UPDATE = 109;
    public static final int STORE_ATTR = 110;
    public static final int STORE_DEREF = 111;
    public static final int STORE_FAST = 112;
    public static final int STORE_FAST_LOAD_FAST = 113;
    public static final int STORE_FAST_STORE_FAST = 114;
    public static final int STORE_GLOBAL = 115;
    public static final int STORE_NAME = 116;
    public static final int SWAP = 117;
    public static final int UNPACK_EX = 118;
    public static final int UNPACK_SEQUENCE = 119;
    public static final int YIELD_VALUE = 120;
    public static final int RESUME = 128;
    public static final int BINARY_OP_ADD_FLOAT = 129;
    public static final int BINARY_OP_ADD_INT = 130;
    public static final int BINARY_OP_ADD_UNICODE = 131;
    public static final int BINARY_OP_EXTEND = 132;
    public static final int BINARY_OP_MULTIPLY_FLOAT = 133;
    public static final int BINARY_OP_MULTIPLY_INT = 134;
    public static final int BINARY_OP_SUBSCR_DICT = 135;
    public static final int BINARY_OP_SUBSCR_GETITEM = 136;
    public static final int BINARY_OP_SUBSCR_LIST_INT = 137;
    public static final int BINARY_OP_SUBSCR_LIST_SLICE = 138;
    public static final int BINARY_OP_SUBSCR_STR_INT = 139;
    public static final int BINARY_OP_SUBSCR_TUPLE_INT = 140;
    public static final int BINARY_OP_SUBTRACT_FLOAT = 141;
    public static final int BINARY_OP_SUBTRACT_INT = 142;
    public static final int CALL_ALLOC_AND_ENTER_INIT = 143;
    public static final int CALL_BOUND_METHOD_EXACT_ARGS = 144;
    public static final int CALL_BOUND_METHOD_GENERAL = 145;
    public static final int CALL_BUILTIN_CLASS = 146;
    public static final int CALL_BUILTIN_FAST = 147;
    public static final int CALL_BUILTIN_FAST_WITH_KEYWORDS = 148;
    public static final int CALL_BUILTIN_O = 149;
    public static final int CALL_ISINSTANCE = 150;
    public static final int CALL_KW_BOUND_METHOD = 151;
    public static final int CALL_KW_NON_PY = 152;
    public static final int CALL_KW_PY = 153;
    public static final int CALL_LEN = 154;
    public static final int CALL_LIST_APPEND = 155;
    public static final int CALL_METHOD_DESCRIPTOR_FAST = 156;
    public static final int CALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS = 157;
    public static final int CALL_METHOD_DESCRIPTOR_NOARGS = 158;
    public static final int CALL_METHOD_DESCRIPTOR_O = 159;
    public static final int CALL_NON_PY_GENERAL = 160;
    public static final int CALL_PY_EXACT_ARGS = 161;
    public static final int CALL_PY_GENERAL = 162;
    public static final int CALL_STR_1 = 163;
    public static final int CALL_TUPLE_1 = 164;
    public static final int CALL_TYPE_1 = 165;
    public static final int COMPARE_OP_FLOAT = 166;
    public static final int COMPARE_OP_INT = 167;
    public static final int COMPARE_OP_STR = 168;
    public static final int CONTAINS_OP_DICT = 169;
    public static final int CONTAINS_OP_SET = 170;
    public static final int FOR_ITER_GEN = 171;
    public static final int FOR_ITER_LIST = 172;
    public static final int FOR_ITER_RANGE = 173;
    public static final int FOR_ITER_TUPLE = 174;
    public static final int JUMP_BACKWARD_JIT = 175;
    public static final int JUMP_BACKWARD_NO_JIT = 176;
    public static final int LOAD_ATTR_CLASS = 177;
    public static final int LOAD_ATTR_CLASS_WITH_METACLASS_CHECK = 178;
    public static final int LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN = 179;
    public static final int LOAD_ATTR_INSTANCE_VALUE = 180;
    public static final int LOAD_ATTR_METHOD_LAZY_DICT = 181;
    public static final int LOAD_ATTR_METHOD_NO_DICT = 182;
    public static final int LOAD_ATTR_METHOD_WITH_VALUES = 183;
    public static final int LOAD_ATTR_MODULE = 184;
    public static final int LOAD_ATTR_NONDESCRIPTOR_NO_DICT = 185;
    public static final int LOAD_ATTR_NONDESCRIPTOR_WITH_VALUES = 186;
    public static final int LOAD_ATTR_PROPERTY = 187;
    public static final int LOAD_ATTR_SLOT = 188;
    public static final int LOAD_ATTR_WITH_HINT = 189;
    public static final int LOAD_CONST_IMMORTAL = 190;
    public static final int LOAD_CONST_MORTAL = 191;
    public static final int LOAD_GLOBAL_BUILTIN = 192;
    public static final int LOAD_GLOBAL_MODULE = 193;
    public static final int LOAD_SUPER_ATTR_ATTR = 194;
    public static final int LOAD_SUPER_ATTR_METHOD = 195;
    public static final int RESUME_CHECK = 196;
    public static final int SEND_GEN = 197;
    public static final int STORE_ATTR_INSTANCE_VALUE = 198;
    public static final int STORE_ATTR_SLOT = 199;
    public static final int STORE_ATTR_WITH_HINT = 200;
    public static final int STORE_SUBSCR_DICT = 201;
    public static final int STORE_SUBSCR_LIST_INT = 202;
    public static final int TO_BOOL_ALWAYS_TRUE = 203;
    public static final int TO_BOOL_BOOL = 204;
    public static final int TO_BOOL_INT = 205;
    public static final int TO_BOOL_LIST = 206;
    public static final int TO_BOOL_NONE = 207;
    public static final int TO_BOOL_STR = 208;
    public static final int UNPACK_SEQUENCE_LIST = 209;
    public static final int UNPACK_SEQUENCE_TUPLE = 210;
    public static final int UNPACK_SEQUENCE_TWO_TUPLE = 211;
    public static final int INSTRUMENTED_END_FOR = 234;
    public static final int INSTRUMENTED_POP_ITER = 235;
    public static final int INSTRUMENTED_END_SEND = 236;
    public static final int INSTRUMENTED_FOR_ITER = 237;
    public static final int INSTRUMENTED_INSTRUCTION = 238;
    public static final int INSTRUMENTED_JUMP_FORWARD = 239;
    public static final int INSTRUMENTED_NOT_TAKEN = 240;
    public static final int INSTRUMENTED_POP_JUMP_IF_TRUE = 241;
    public static final int INSTRUMENTED_POP_JUMP_IF_FALSE = 242;
    public static final int INSTRUMENTED_POP_JUMP_IF_NONE = 243;
    public static final int INSTRUMENTED_POP_JUMP_IF_NOT_NONE = 244;
    public static final int INSTRUMENTED_RESUME = 245;
    public static final int INSTRUMENTED_RETURN_VALUE = 246;
    public static final int INSTRUMENTED_YIELD_VALUE = 247;
    public static final int INSTRUMENTED_END_ASYNC_FOR = 248;
    public static final int INSTRUMENTED_LOAD_SUPER_ATTR = 249;
    public static final int INSTRUMENTED_CALL = 250;
    public static final int INSTRUMENTED_CALL_KW = 251;
    public static final int INSTRUMENTED_CALL_FUNCTION_EX = 252;
    public static final int INSTRUMENTED_JUMP_BACKWARD = 253;
    public static final int INSTRUMENTED_LINE = 254;
    public static final int ENTER_EXECUTOR = 255;
    public static final int ANNOTATIONS_PLACEHOLDER = 256;
    public static final int JUMP = 257;
    public static final int JUMP_IF_FALSE = 258;
    public static final int JUMP_IF_TRUE = 259;
    public static final int JUMP_NO_INTERRUPT = 260;
    public static final int LOAD_CLOSURE = 261;
    public static final int POP_BLOCK = 262;
    public static final int SETUP_CLEANUP = 263;
    public static final int SETUP_FINALLY = 264;
    public static final int SETUP_WITH = 265;
    public static final int STORE_FAST_MAYBE_NULL = 266;

    /** Opcode number to name; null for unused numbers. */
    public static final String[] OPNAME = {
        "CACHE",
        "BINARY_SLICE",
        "BUILD_TEMPLATE",
        "BINARY_OP_INPLACE_ADD_UNICODE",
        "CALL_FUNCTION_EX",
        "CHECK_EG_MATCH",
        "CHECK_EXC_MATCH",
        "CLEANUP_THROW",
        "DELETE_SUBSCR",
        "END_FOR",
        "END_SEND",
        "EXIT_INIT_CHECK",
        "FORMAT_SIMPLE",
        "FORMAT_WITH_SPEC",
        "GET_AITER",
        "GET_ANEXT",
        "GET_ITER",
        "RESERVED",
        "GET_LEN",
        "GET_YIELD_FROM_ITER",
        "INTERPRETER_EXIT",
        "LOAD_BUILD_CLASS",
        "LOAD_LOCALS",
        "MAKE_FUNCTION",
        "MATCH_KEYS",
        "MATCH_MAPPING",
        "MATCH_SEQUENCE",
        "NOP",
        "NOT_TAKEN",
        "POP_EXCEPT",
        "POP_ITER",
        "POP_TOP",
        "PUSH_EXC_INFO",
        "PUSH_NULL",
        "RETURN_GENERATOR",
        "RETURN_VALUE",
        "SETUP_ANNOTATIONS",
        "STORE_SLICE",
        "STORE_SUBSCR",
        "TO_BOOL",
        "UNARY_INVERT",
        "UNARY_NEGATIVE",
        "UNARY_NOT",
        "WITH_EXCEPT_START",
        "BINARY_OP",
        "BUILD_INTERPOLATION",
        "BUILD_LIST",
        "BUILD_MAP",
        "BUILD_SET",
        "BUILD_SLICE",
        "BUILD_STRING",
        "BUILD_TUPLE",
        "CALL",
        "CALL_INTRINSIC_1",
        "CALL_INTRINSIC_2",
        "CALL_KW",
        "COMPARE_OP",
        "CONTAINS_OP",
        "CONVERT_VALUE",
        "COPY",
        "COPY_FREE_VARS",
        "DELETE_ATTR",
        "DELETE_DEREF",
        "DELETE_FAST",
        "DELETE_GLOBAL",
        "DELETE_NAME",
        "DICT_MERGE",
        "DICT_UPDATE",
        "END_ASYNC_FOR",
        "EXTENDED_ARG",
        "FOR_ITER",
        "GET_AWAITABLE",
        "IMPORT_FROM",
        "IMPORT_NAME",
        "IS_OP",
        "JUMP_BACKWARD",
        "JUMP_BACKWARD_NO_INTERRUPT",
        "JUMP_FORWARD",
        "LIST_APPEND",
        "LIST_EXTEND",
        "LOAD_ATTR",
        "LOAD_COMMON_CONSTANT",
        "LOAD_CONST",
        "LOAD_DEREF",
        "LOAD_FAST",
        "LOAD_FAST_AND_CLEAR",
        "LOAD_FAST_BORROW",
        "LOAD_FAST_BORROW_LOAD_FAST_BORROW",
        "LOAD_FAST_CHECK",
        "LOAD_FAST_LOAD_FAST",
        "LOAD_FROM_DICT_OR_DEREF",
        "LOAD_FROM_DICT_OR_GLOBALS",
        "LOAD_GLOBAL",
        "LOAD_NAME",
        "LOAD_SMALL_INT",
        "LOAD_SPECIAL",
        "LOAD_SUPER_ATTR",
        "MAKE_CELL",
        "MAP_ADD",
        "MATCH_CLASS",
        "POP_JUMP_IF_FALSE",
        "POP_JUMP_IF_NONE",
        "POP_JUMP_IF_NOT_NONE",
        "POP_JUMP_IF_TRUE",
        "RAISE_VARARGS",
        "RERAISE",
        "SEND",
        "SET_ADD",
        "SET_FUNCTION_ATTRIBUTE",
        "SET_UPDATE",
        "STORE_ATTR",
        "STORE_DEREF",
        "STORE_FAST",
        "STORE_FAST_LOAD_FAST",
        "STORE_FAST_STORE_FAST",
        "STORE_GLOBAL",
        "STORE_NAME",
        "SWAP",
        "UNPACK_EX",
        "UNPACK_SEQUENCE",
        "YIELD_VALUE",
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        "RESUME",
        "BINARY_OP_ADD_FLOAT",
        "BINARY_OP_ADD_INT",
        "BINARY_OP_ADD_UNICODE",
        "BINARY_OP_EXTEND",
        "BINARY_OP_MULTIPLY_FLOAT",
        "BINARY_OP_MULTIPLY_INT",
        "BINARY_OP_SUBSCR_DICT",
        "BINARY_OP_SUBSCR_GETITEM",
        "BINARY_OP_SUBSCR_LIST_INT",
        "BINARY_OP_SUBSCR_LIST_SLICE",
        "BINARY_OP_SUBSCR_STR_INT",
        "BINARY_OP_SUBSCR_TUPLE_INT",
        "BINARY_OP_SUBTRACT_FLOAT",
        "BINARY_OP_SUBTRACT_INT",
        "CALL_ALLOC_AND_ENTER_INIT",
        "CALL_BOUND_METHOD_EXACT_ARGS",
        "CALL_BOUND_METHOD_GENERAL",
        "CALL_BUILTIN_CLASS",
        "CALL_BUILTIN_FAST",
        "CALL_BUILTIN_FAST_WITH_KEYWORDS",
        "CALL_BUILTIN_O",
        "CALL_ISINSTANCE",
        "CALL_KW_BOUND_METHOD",
        "CALL_KW_NON_PY",
        "CALL_KW_PY",
        "CALL_LEN",
        "CALL_LIST_APPEND",
        "CALL_METHOD_DESCRIPTOR_FAST",
        "CALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS",
        "CALL_METHOD_DESCRIPTOR_NOARGS",
        "CALL_METHOD_DESCRIPTOR_O",
        "CALL_NON_PY_GENERAL",
        "CALL_PY_EXACT_ARGS",
        "CALL_PY_GENERAL",
        "CALL_STR_1",
        "CALL_TUPLE_1",
        "CALL_TYPE_1",
        "COMPARE_OP_FLOAT",
        "COMPARE_OP_INT",
        "COMPARE_OP_STR",
        "CONTAINS_OP_DICT",
        "CONTAINS_OP_SET",
        "FOR_ITER_GEN",
        "FOR_ITER_LIST",
        "FOR_ITER_RANGE",
        "FOR_ITER_TUPLE",
        "JUMP_BACKWARD_JIT",
        "JUMP_BACKWARD_NO_JIT",
        "LOAD_ATTR_CLASS",
        "LOAD_ATTR_CLASS_WITH_METACLASS_CHECK",
        "LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN",
        "LOAD_ATTR_INSTANCE_VALUE",
        "LOAD_ATTR_METHOD_LAZY_DICT",
        "LOAD_ATTR_METHOD_NO_DICT",
        "LOAD_ATTR_METHOD_WITH_VALUES",
        "LOAD_ATTR_MODULE",
        "LOAD_ATTR_NONDESCRIPTOR_NO_DICT",
        "LOAD_ATTR_NONDESCRIPTOR_WITH_VALUES",
        "LOAD_ATTR_PROPERTY",
        "LOAD_ATTR_SLOT",
        "LOAD_ATTR_WITH_HINT",
        "LOAD_CONST_IMMORTAL",
        "LOAD_CONST_MORTAL",
        "LOAD_GLOBAL_BUILTIN",
        "LOAD_GLOBAL_MODULE",
        "LOAD_SUPER_ATTR_ATTR",
        "LOAD_SUPER_ATTR_METHOD",
        "RESUME_CHECK",
        "SEND_GEN",
        "STORE_ATTR_INSTANCE_VALUE",
        "STORE_ATTR_SLOT",
        "STORE_ATTR_WITH_HINT",
        "STORE_SUBSCR_DICT",
        "STORE_SUBSCR_LIST_INT",
        "TO_BOOL_ALWAYS_TRUE",
        "TO_BOOL_BOOL",
        "TO_BOOL_INT",
        "TO_BOOL_LIST",
        "TO_BOOL_NONE",
        "TO_BOOL_STR",
        "UNPACK_SEQUENCE_LIST",
        "UNPACK_SEQUENCE_TUPLE",
        "UNPACK_SEQUENCE_TWO_TUPLE",
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        "INSTRUMENTED_END_FOR",
        "INSTRUMENTED_POP_ITER",
        "INSTRUMENTED_END_SEND",
        "INSTRUMENTED_FOR_ITER",
        "INSTRUMENTED_INSTRUCTION",
        "INSTRUMENTED_JUMP_FORWARD",
        "INSTRUMENTED_NOT_TAKEN",
        "INSTRUMENTED_POP_JUMP_IF_TRUE",
        "INSTRUMENTED_POP_JUMP_IF_FALSE",
        "INSTRUMENTED_POP_JUMP_IF_NONE",
        "INSTRUMENTED_POP_JUMP_IF_NOT_NONE",
        "INSTRUMENTED_RESUME",
        "INSTRUMENTED_RETURN_VALUE",
        "INSTRUMENTED_YIELD_VALUE",
        "INSTRUMENTED_END_ASYNC_FOR",
        "INSTRUMENTED_LOAD_SUPER_ATTR",
        "INSTRUMENTED_CALL",
        "INSTRUMENTED_CALL_KW",
        "INSTRUMENTED_CALL_FUNCTION_EX",
        "INSTRUMENTED_JUMP_BACKWARD",
        "INSTRUMENTED_LINE",
        "ENTER_EXECUTOR",
        "ANNOTATIONS_PLACEHOLDER",
        "JUMP",
        "JUMP_IF_FALSE",
        "JUMP_IF_TRUE",
        "JUMP_NO_INTERRUPT",
        "LOAD_CLOSURE",
        "POP_BLOCK",
        "SETUP_CLEANUP",
        "SETUP_FINALLY",
        "SETUP_WITH",
        "STORE_FAST_MAYBE_NULL",
    };

    /** _opcode.has_arg over every valid opcode, specialized and pseudo included. */
    public static final boolean[] HAS_ARG = flags(44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 128, 143, 144, 145, 146, 147, 148, 149, 150, 151, 152, 153, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175, 176, 177, 178, 179, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189, 190, 191, 192, 193, 194, 195, 197, 200, 209, 210, 211, 237, 239, 241, 242, 243, 244, 245, 247, 248, 249, 250, 251, 253, 255, 257, 258, 259, 260, 261, 263, 264, 265, 266);

    /** _opcode.has_const. */
    public static final boolean[] HAS_CONST = flags(82, 190, 191);

    /** _opcode.has_name. */
    public static final boolean[] HAS_NAME = flags(61, 64, 65, 72, 73, 80, 91, 92, 93, 96, 110, 115, 116, 179, 189, 194, 195, 200, 249);

    /** _opcode.has_jump. */
    public static final boolean[] HAS_JUMP = flags(68, 70, 75, 76, 77, 100, 101, 102, 103, 106, 172, 173, 174, 175, 176, 237, 248, 257, 258, 259, 260);

    /** _opcode.has_free. */
    public static final boolean[] HAS_FREE = flags(62, 90, 97, 111);

    /** _opcode.has_local. */
    public static final boolean[] HAS_LOCAL = flags(3, 63, 83, 84, 85, 86, 87, 88, 89, 112, 113, 114, 261, 266);

    /** _opcode.has_exc. */
    public static final boolean[] HAS_EXC = flags(263, 264, 265);

    /** dis.hasarg. */
    public static final int[] DIS_HASARG = {44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 128, 237, 239, 241, 242, 243, 244, 245, 247, 248, 249, 250, 251, 253, 255, 257, 258, 259, 260, 261, 263, 264, 265, 266};

    /** dis.hasconst. */
    public static final int[] DIS_HASCONST = {82};

    /** dis.hasname. */
    public static final int[] DIS_HASNAME = {61, 64, 65, 72, 73, 80, 91, 92, 93, 96, 110, 115, 116, 249};

    /** dis.hasjump. */
    public static final int[] DIS_HASJUMP = {68, 70, 75, 76, 77, 100, 101, 102, 103, 106, 237, 248, 257, 258, 259, 260};

    /** dis.haslocal. */
    public static final int[] DIS_HASLOCAL = {63, 83, 84, 85, 86, 87, 88, 89, 112, 113, 114, 261, 266};

    /** dis.hasfree. */
    public static final int[] DIS_HASFREE = {62, 90, 97, 111};

    /** dis.hascompare. */
    public static final int[] DIS_HASCOMPARE = {56};

    /** dis.hasexc. */
    public static final int[] DIS_HASEXC = {263, 264, 265};

    /** Inline cache code units following each opcode (_PyOpcode_Caches; specialized forms as their base). */
    public static final int[] CACHE_ENTRIES = {0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 3, 0, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0, 3, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 0, 0, 0, 1, 0, 0, 0, 1, 1, 1, 1, 0, 0, 1, 0, 0, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 0, 0, 4, 4, 1, 1, 0, 1, 4, 4, 4, 1, 1, 3, 3, 3, 3, 3, 3, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};

    /** opcode._cache_format: field names and sizes (code units) of each family's inline cache, in Lib/opcode.py's order. */
    public static final java.util.Map<String, java.util.List<java.util.Map.Entry<String, Integer>>> CACHE_FORMAT = ordered(
            java.util.Map.entry("LOAD_GLOBAL", java.util.List.of(java.util.Map.entry("counter", 1), java.util.Map.entry("index", 1), java.util.Map.entry("module_keys_version", 1), java.util.Map.entry("builtin_keys_version", 1))),
            java.util.Map.entry("BINARY_OP", java.util.List.of(java.util.Map.entry("counter", 1), java.util.Map.entry("descr", 4))),
            java.util.Map.entry("UNPACK_SEQUENCE", java.util.List.of(java.util.Map.entry("counter", 1))),
            java.util.Map.entry("COMPARE_OP", java.util.List.of(java.util.Map.entry("counter", 1))),
            java.util.Map.entry("CONTAINS_OP", java.util.List.of(java.util.Map.entry("counter", 1))),
            java.util.Map.entry("FOR_ITER", java.util.List.of(java.util.Map.entry("counter", 1))),
            java.util.Map.entry("LOAD_SUPER_ATTR", java.util.List.of(java.util.Map.entry("counter", 1))),
            java.util.Map.entry("LOAD_ATTR", java.util.List.of(java.util.Map.entry("counter", 1), java.util.Map.entry("version", 2), java.util.Map.entry("keys_version", 2), java.util.Map.entry("descr", 4))),
            java.util.Map.entry("STORE_ATTR", java.util.List.of(java.util.Map.entry("counter", 1), java.util.Map.entry("version", 2), java.util.Map.entry("index", 1))),
            java.util.Map.entry("CALL", java.util.List.of(java.util.Map.entry("counter", 1), java.util.Map.entry("func_version", 2))),
            java.util.Map.entry("CALL_KW", java.util.List.of(java.util.Map.entry("counter", 1), java.util.Map.entry("func_version", 2))),
            java.util.Map.entry("STORE_SUBSCR", java.util.List.of(java.util.Map.entry("counter", 1))),
            java.util.Map.entry("SEND", java.util.List.of(java.util.Map.entry("counter", 1))),
            java.util.Map.entry("JUMP_BACKWARD", java.util.List.of(java.util.Map.entry("counter", 1))),
            java.util.Map.entry("TO_BOOL", java.util.List.of(java.util.Map.entry("counter", 1), java.util.Map.entry("version", 2))),
            java.util.Map.entry("POP_JUMP_IF_TRUE", java.util.List.of(java.util.Map.entry("counter", 1))),
            java.util.Map.entry("POP_JUMP_IF_FALSE", java.util.List.of(java.util.Map.entry("counter", 1))),
            java.util.Map.entry("POP_JUMP_IF_NONE", java.util.List.of(java.util.Map.entry("counter", 1))),
            java.util.Map.entry("POP_JUMP_IF_NOT_NONE", java.util.List.of(java.util.Map.entry("counter", 1))));

    /** Specialized opcode to its base opcode (dis.deoptmap); identity for base opcodes. */
    public static final int[] DEOPT = {0, 1, 2, 44, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 44, 44, 44, 44, 44, 44, 44, 44, 44, 44, 44, 44, 44, 44, 52, 52, 52, 52, 52, 52, 52, 52, 55, 55, 55, 52, 52, 52, 52, 52, 52, 52, 52, 52, 52, 52, 52, 56, 56, 56, 57, 57, 70, 70, 70, 70, 75, 75, 80, 80, 80, 80, 80, 80, 80, 80, 80, 80, 80, 80, 80, 82, 82, 92, 92, 96, 96, 128, 106, 110, 110, 110, 38, 38, 39, 39, 39, 39, 39, 39, 119, 119, 119, 212, 213, 214, 215, 216, 217, 218, 219, 220, 221, 222, 223, 224, 225, 226, 227, 228, 229, 230, 231, 232, 233, 234, 235, 236, 237, 238, 239, 240, 241, 242, 243, 244, 245, 246, 247, 248, 249, 250, 251, 252, 253, 254, 255};

    /** Base opcode to its specialized forms (_opcode_metadata._specializations), in CPython's order. */
    public static final java.util.Map<String, java.util.List<String>> SPECIALIZATIONS = ordered(
            java.util.Map.entry("RESUME", java.util.List.of("RESUME_CHECK")),
            java.util.Map.entry("LOAD_CONST", java.util.List.of("LOAD_CONST_MORTAL", "LOAD_CONST_IMMORTAL")),
            java.util.Map.entry("TO_BOOL", java.util.List.of("TO_BOOL_ALWAYS_TRUE", "TO_BOOL_BOOL", "TO_BOOL_INT", "TO_BOOL_LIST", "TO_BOOL_NONE", "TO_BOOL_STR")),
            java.util.Map.entry("BINARY_OP", java.util.List.of("BINARY_OP_MULTIPLY_INT", "BINARY_OP_ADD_INT", "BINARY_OP_SUBTRACT_INT", "BINARY_OP_MULTIPLY_FLOAT", "BINARY_OP_ADD_FLOAT", "BINARY_OP_SUBTRACT_FLOAT", "BINARY_OP_ADD_UNICODE", "BINARY_OP_SUBSCR_LIST_INT", "BINARY_OP_SUBSCR_LIST_SLICE", "BINARY_OP_SUBSCR_TUPLE_INT", "BINARY_OP_SUBSCR_STR_INT", "BINARY_OP_SUBSCR_DICT", "BINARY_OP_SUBSCR_GETITEM", "BINARY_OP_EXTEND", "BINARY_OP_INPLACE_ADD_UNICODE")),
            java.util.Map.entry("STORE_SUBSCR", java.util.List.of("STORE_SUBSCR_DICT", "STORE_SUBSCR_LIST_INT")),
            java.util.Map.entry("SEND", java.util.List.of("SEND_GEN")),
            java.util.Map.entry("UNPACK_SEQUENCE", java.util.List.of("UNPACK_SEQUENCE_TWO_TUPLE", "UNPACK_SEQUENCE_TUPLE", "UNPACK_SEQUENCE_LIST")),
            java.util.Map.entry("STORE_ATTR", java.util.List.of("STORE_ATTR_INSTANCE_VALUE", "STORE_ATTR_SLOT", "STORE_ATTR_WITH_HINT")),
            java.util.Map.entry("LOAD_GLOBAL", java.util.List.of("LOAD_GLOBAL_MODULE", "LOAD_GLOBAL_BUILTIN")),
            java.util.Map.entry("LOAD_SUPER_ATTR", java.util.List.of("LOAD_SUPER_ATTR_ATTR", "LOAD_SUPER_ATTR_METHOD")),
            java.util.Map.entry("LOAD_ATTR", java.util.List.of("LOAD_ATTR_INSTANCE_VALUE", "LOAD_ATTR_MODULE", "LOAD_ATTR_WITH_HINT", "LOAD_ATTR_SLOT", "LOAD_ATTR_CLASS", "LOAD_ATTR_CLASS_WITH_METACLASS_CHECK", "LOAD_ATTR_PROPERTY", "LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN", "LOAD_ATTR_METHOD_WITH_VALUES", "LOAD_ATTR_METHOD_NO_DICT", "LOAD_ATTR_METHOD_LAZY_DICT", "LOAD_ATTR_NONDESCRIPTOR_WITH_VALUES", "LOAD_ATTR_NONDESCRIPTOR_NO_DICT")),
            java.util.Map.entry("COMPARE_OP", java.util.List.of("COMPARE_OP_FLOAT", "COMPARE_OP_INT", "COMPARE_OP_STR")),
            java.util.Map.entry("CONTAINS_OP", java.util.List.of("CONTAINS_OP_SET", "CONTAINS_OP_DICT")),
            java.util.Map.entry("JUMP_BACKWARD", java.util.List.of("JUMP_BACKWARD_NO_JIT", "JUMP_BACKWARD_JIT")),
            java.util.Map.entry("FOR_ITER", java.util.List.of("FOR_ITER_LIST", "FOR_ITER_TUPLE", "FOR_ITER_RANGE", "FOR_ITER_GEN")),
            java.util.Map.entry("CALL", java.util.List.of("CALL_BOUND_METHOD_EXACT_ARGS", "CALL_PY_EXACT_ARGS", "CALL_TYPE_1", "CALL_STR_1", "CALL_TUPLE_1", "CALL_BUILTIN_CLASS", "CALL_BUILTIN_O", "CALL_BUILTIN_FAST", "CALL_BUILTIN_FAST_WITH_KEYWORDS", "CALL_LEN", "CALL_ISINSTANCE", "CALL_LIST_APPEND", "CALL_METHOD_DESCRIPTOR_O", "CALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS", "CALL_METHOD_DESCRIPTOR_NOARGS", "CALL_METHOD_DESCRIPTOR_FAST", "CALL_ALLOC_AND_ENTER_INIT", "CALL_PY_GENERAL", "CALL_BOUND_METHOD_GENERAL", "CALL_NON_PY_GENERAL")),
            java.util.Map.entry("CALL_KW", java.util.List.of("CALL_KW_BOUND_METHOD", "CALL_KW_PY", "CALL_KW_NON_PY")));

    /** BINARY_OP oparg to NB_* name (_opcode_metadata / dis._nb_ops). */
    public static final String[] NB_OP_NAMES = {"NB_ADD", "NB_AND", "NB_FLOOR_DIVIDE", "NB_LSHIFT", "NB_MATRIX_MULTIPLY", "NB_MULTIPLY", "NB_REMAINDER", "NB_OR", "NB_POWER", "NB_RSHIFT", "NB_SUBTRACT", "NB_TRUE_DIVIDE", "NB_XOR", "NB_INPLACE_ADD", "NB_INPLACE_AND", "NB_INPLACE_FLOOR_DIVIDE", "NB_INPLACE_LSHIFT", "NB_INPLACE_MATRIX_MULTIPLY", "NB_INPLACE_MULTIPLY", "NB_INPLACE_REMAINDER", "NB_INPLACE_OR", "NB_INPLACE_POWER", "NB_INPLACE_RSHIFT", "NB_INPLACE_SUBTRACT", "NB_INPLACE_TRUE_DIVIDE", "NB_INPLACE_XOR", "NB_SUBSCR"};

    /** BINARY_OP oparg to its operator symbol, as dis prints it. */
    public static final String[] NB_OP_SYMBOLS = {"+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^", "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=", "[]"};

    public static final int NB_ADD = 0;
    public static final int NB_AND = 1;
    public static final int NB_FLOOR_DIVIDE = 2;
    public static final int NB_LSHIFT = 3;
    public static final int NB_MATRIX_MULTIPLY = 4;
    public static final int NB_MULTIPLY = 5;
    public static final int NB_REMAINDER = 6;
    public static final int NB_OR = 7;
    public static final int NB_POWER = 8;
    public static final int NB_RSHIFT = 9;
    public static final int NB_SUBTRACT = 10;
    public static final int NB_TRUE_DIVIDE = 11;
    public static final int NB_XOR = 12;
    public static final int NB_INPLACE_ADD = 13;
    public static final int NB_INPLACE_AND = 14;
    public static final int NB_INPLACE_FLOOR_DIVIDE = 15;
    public static final int NB_INPLACE_LSHIFT = 16;
    public static final int NB_INPLACE_MATRIX_MULTIPLY = 17;
    public static final int NB_INPLACE_MULTIPLY = 18;
    public static final int NB_INPLACE_REMAINDER = 19;
    public static final int NB_INPLACE_OR = 20;
    public static final int NB_INPLACE_POWER = 21;
    public static final int NB_INPLACE_RSHIFT = 22;
    public static final int NB_INPLACE_SUBTRACT = 23;
    public static final int NB_INPLACE_TRUE_DIVIDE = 24;
    public static final int NB_INPLACE_XOR = 25;
    public static final int NB_SUBSCR = 26;

    /** COMPARE_OP operators (opcode.cmp_op); oparg >> 5 indexes this. */
    public static final String[] CMP_OP = {"<", "<=", "==", "!=", ">", ">="};

    /** COMPARE_OP oparg bit: the result feeds a truth test, so the instruction yields an exact bool. */
    public static final int COMPARE_TO_BOOL_BIT = 16;

    /** COMPARE_OP comparison mask bits per CMP_OP entry (Include/internal/pycore_object.h COMPARISON_*). */
    public static final int[] CMP_OP_MASK = {2, 10, 8, 7, 4, 12};

    /** CALL_INTRINSIC_1 oparg to name. */
    public static final String[] INTRINSIC_1 = {"INTRINSIC_1_INVALID", "INTRINSIC_PRINT", "INTRINSIC_IMPORT_STAR", "INTRINSIC_STOPITERATION_ERROR", "INTRINSIC_ASYNC_GEN_WRAP", "INTRINSIC_UNARY_POSITIVE", "INTRINSIC_LIST_TO_TUPLE", "INTRINSIC_TYPEVAR", "INTRINSIC_PARAMSPEC", "INTRINSIC_TYPEVARTUPLE", "INTRINSIC_SUBSCRIPT_GENERIC", "INTRINSIC_TYPEALIAS"};

    public static final int INTRINSIC_1_INVALID = 0;
    public static final int INTRINSIC_PRINT = 1;
    public static final int INTRINSIC_IMPORT_STAR = 2;
    public static final int INTRINSIC_STOPITERATION_ERROR = 3;
    public static final int INTRINSIC_ASYNC_GEN_WRAP = 4;
    public static final int INTRINSIC_UNARY_POSITIVE = 5;
    public static final int INTRINSIC_LIST_TO_TUPLE = 6;
    public static final int INTRINSIC_TYPEVAR = 7;
    public static final int INTRINSIC_PARAMSPEC = 8;
    public static final int INTRINSIC_TYPEVARTUPLE = 9;
    public static final int INTRINSIC_SUBSCRIPT_GENERIC = 10;
    public static final int INTRINSIC_TYPEALIAS = 11;

    /** CALL_INTRINSIC_2 oparg to name. */
    public static final String[] INTRINSIC_2 = {"INTRINSIC_2_INVALID", "INTRINSIC_PREP_RERAISE_STAR", "INTRINSIC_TYPEVAR_WITH_BOUND", "INTRINSIC_TYPEVAR_WITH_CONSTRAINTS", "INTRINSIC_SET_FUNCTION_TYPE_PARAMS", "INTRINSIC_SET_TYPEPARAM_DEFAULT"};

    public static final int INTRINSIC_2_INVALID = 0;
    public static final int INTRINSIC_PREP_RERAISE_STAR = 1;
    public static final int INTRINSIC_TYPEVAR_WITH_BOUND = 2;
    public static final int INTRINSIC_TYPEVAR_WITH_CONSTRAINTS = 3;
    public static final int INTRINSIC_SET_FUNCTION_TYPE_PARAMS = 4;
    public static final int INTRINSIC_SET_TYPEPARAM_DEFAULT = 5;

    /** LOAD_SPECIAL oparg to dunder name. */
    public static final String[] SPECIAL_METHOD_NAMES = {"__enter__", "__exit__", "__aenter__", "__aexit__"};

    public static final int SPECIAL_ENTER = 0;
    public static final int SPECIAL_EXIT = 1;
    public static final int SPECIAL_AENTER = 2;
    public static final int SPECIAL_AEXIT = 3;

    /** LOAD_COMMON_CONSTANT oparg to object name. */
    public static final String[] COMMON_CONSTANTS = {"AssertionError", "NotImplementedError", "tuple", "all", "any"};

    public static final int CONSTANT_ASSERTIONERROR = 0;
    public static final int CONSTANT_NOTIMPLEMENTEDERROR = 1;
    public static final int CONSTANT_TUPLE = 2;
    public static final int CONSTANT_ALL = 3;
    public static final int CONSTANT_ANY = 4;

    /** SET_FUNCTION_ATTRIBUTE bit i (value 1 << i) to name. */
    public static final String[] FUNCTION_ATTR_FLAGS = {"defaults", "kwdefaults", "annotations", "closure", "annotate"};

    public static final int MAKE_FUNCTION_DEFAULTS = 1;
    public static final int MAKE_FUNCTION_KWDEFAULTS = 2;
    public static final int MAKE_FUNCTION_ANNOTATIONS = 4;
    public static final int MAKE_FUNCTION_CLOSURE = 8;
    public static final int MAKE_FUNCTION_ANNOTATE = 16;

    /** CONVERT_VALUE oparg to conversion name. */
    public static final String[] CONVERT_VALUE_NAMES = {"", "str", "repr", "ascii"};

    public static int cacheEntries(int op) {
        return op < CACHE_ENTRIES.length ? CACHE_ENTRIES[op] : 0;
    }

    /** Name to number for every opcode (dis._all_opmap plus pseudo opcodes). */
    public static int opcode(String name) {
        Integer op = BY_NAME.get(name);
        if (op == null) throw new IllegalArgumentException("no opcode " + name);
        return op;
    }

    private static final java.util.Map<String, Integer> BY_NAME = byName();

    private static java.util.Map<String, Integer> byName() {
        java.util.Map<String, Integer> map = new java.util.HashMap<>();
        for (int op = 0; op < OPNAME.length; op++) {
            if (OPNAME[op] != null) map.put(OPNAME[op], op);
        }
        return java.util.Map.copyOf(map);
    }

    /** An unmodifiable map that keeps its entries' order (Python shows these tables as dicts, in CPython's order). */
    @SafeVarargs
    private static <V> java.util.Map<String, V> ordered(java.util.Map.Entry<String, V>... entries) {
        java.util.LinkedHashMap<String, V> map = new java.util.LinkedHashMap<>();
        for (java.util.Map.Entry<String, V> e : entries) map.put(e.getKey(), e.getValue());
        return java.util.Collections.unmodifiableMap(map);
    }

    private static boolean[] flags(int... ops) {
        boolean[] table = new boolean[NUM_OPCODES];
        for (int op : ops) table[op] = true;
        return table;
    }
}
