package tierpy.code;

import static tierpy.code.Opcodes.*;

/**
 * Mirrors Include/internal/pycore_opcode_metadata.h: _PyOpcode_num_popped and _PyOpcode_num_pushed
 * (generated in CPython from the stack effects in Python/bytecodes.c), for base and pseudo
 * opcodes. Specialized opcodes answer as their base. StackEffectsTest checks the net effect of every
 * opcode against _opcode.stack_effect as recorded in opcodes.json.
 */
public final class StackEffects {
    private StackEffects() {}

    /** Number of stack inputs; -1 for an opcode without stack metadata. */
    public static int popped(int op, int oparg) {
        if (op < 256) op = Opcodes.DEOPT[op];
        return switch (op) {
            case NOP, NOT_TAKEN, RESUME, EXTENDED_ARG, COPY_FREE_VARS, MAKE_CELL, SETUP_ANNOTATIONS, CACHE, RESERVED,
                 JUMP_FORWARD, JUMP_BACKWARD, JUMP_BACKWARD_NO_INTERRUPT, DELETE_DEREF, DELETE_FAST, DELETE_GLOBAL,
                 DELETE_NAME, LOAD_BUILD_CLASS, LOAD_LOCALS, PUSH_NULL, RETURN_GENERATOR, LOAD_COMMON_CONSTANT,
                 LOAD_CONST, LOAD_DEREF, LOAD_FAST, LOAD_FAST_AND_CLEAR, LOAD_FAST_BORROW, LOAD_FAST_CHECK,
                 LOAD_SMALL_INT, LOAD_NAME, LOAD_FAST_LOAD_FAST, LOAD_FAST_BORROW_LOAD_FAST_BORROW, LOAD_GLOBAL,
                 ANNOTATIONS_PLACEHOLDER, JUMP, JUMP_NO_INTERRUPT, LOAD_CLOSURE, POP_BLOCK, SETUP_CLEANUP,
                 SETUP_FINALLY, SETUP_WITH, ENTER_EXECUTOR -> 0;
            case END_FOR, EXIT_INIT_CHECK, FORMAT_SIMPLE, GET_AITER, GET_ANEXT, GET_ITER, GET_LEN, GET_YIELD_FROM_ITER,
                 INTERPRETER_EXIT, MAKE_FUNCTION, MATCH_MAPPING, MATCH_SEQUENCE, POP_EXCEPT, POP_ITER, POP_TOP,
                 PUSH_EXC_INFO, RETURN_VALUE, TO_BOOL, UNARY_INVERT, UNARY_NEGATIVE, UNARY_NOT, CALL_INTRINSIC_1,
                 CONVERT_VALUE, DELETE_ATTR, FOR_ITER, GET_AWAITABLE, IMPORT_FROM, LOAD_ATTR, LOAD_FROM_DICT_OR_DEREF,
                 LOAD_FROM_DICT_OR_GLOBALS, LOAD_SPECIAL, POP_JUMP_IF_FALSE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE,
                 POP_JUMP_IF_TRUE, STORE_DEREF, STORE_FAST, STORE_GLOBAL, STORE_NAME, STORE_FAST_LOAD_FAST,
                 UNPACK_EX, UNPACK_SEQUENCE, YIELD_VALUE, JUMP_IF_FALSE, JUMP_IF_TRUE, STORE_FAST_MAYBE_NULL -> 1;
            case BUILD_TEMPLATE, CHECK_EG_MATCH, CHECK_EXC_MATCH, DELETE_SUBSCR, END_SEND, FORMAT_WITH_SPEC, MATCH_KEYS,
                 BINARY_OP, CALL_INTRINSIC_2, COMPARE_OP, CONTAINS_OP, IS_OP, END_ASYNC_FOR, IMPORT_NAME, SEND,
                 SET_FUNCTION_ATTRIBUTE, STORE_ATTR, STORE_FAST_STORE_FAST -> 2;
            case BINARY_SLICE, CLEANUP_THROW, STORE_SUBSCR, LOAD_SUPER_ATTR, MATCH_CLASS -> 3;
            case CALL_FUNCTION_EX, STORE_SLICE -> 4;
            case WITH_EXCEPT_START -> 5;
            case BUILD_INTERPOLATION -> 2 + (oparg & 1);
            case BUILD_LIST, BUILD_SET, BUILD_TUPLE, BUILD_STRING, BUILD_SLICE, RAISE_VARARGS, COPY, SWAP -> oparg;
            case BUILD_MAP -> oparg * 2;
            case CALL -> 2 + oparg;
            case CALL_KW -> 3 + oparg;
            case DICT_MERGE -> oparg + 4;
            case DICT_UPDATE, LIST_APPEND, LIST_EXTEND, SET_ADD, SET_UPDATE, RERAISE -> oparg + 1;
            case MAP_ADD -> oparg + 2;
            default -> -1;
        };
    }

    /** Number of stack outputs; -1 for an opcode without stack metadata. */
    public static int pushed(int op, int oparg) {
        if (op < 256) op = Opcodes.DEOPT[op];
        return switch (op) {
            case NOP, NOT_TAKEN, RESUME, EXTENDED_ARG, COPY_FREE_VARS, MAKE_CELL, SETUP_ANNOTATIONS, CACHE, RESERVED,
                 JUMP_FORWARD, JUMP_BACKWARD, JUMP_BACKWARD_NO_INTERRUPT, DELETE_DEREF, DELETE_FAST, DELETE_GLOBAL,
                 DELETE_NAME, ANNOTATIONS_PLACEHOLDER, JUMP, JUMP_NO_INTERRUPT, POP_BLOCK, END_FOR, EXIT_INIT_CHECK,
                 INTERPRETER_EXIT, POP_EXCEPT, POP_ITER, POP_TOP, DELETE_ATTR, POP_JUMP_IF_FALSE, POP_JUMP_IF_NONE,
                 POP_JUMP_IF_NOT_NONE, POP_JUMP_IF_TRUE, STORE_DEREF, STORE_FAST, STORE_GLOBAL, STORE_NAME,
                 STORE_FAST_MAYBE_NULL, DELETE_SUBSCR, END_ASYNC_FOR, STORE_ATTR, STORE_FAST_STORE_FAST, STORE_SUBSCR,
                 STORE_SLICE, RAISE_VARARGS, ENTER_EXECUTOR -> 0;
            case LOAD_BUILD_CLASS, LOAD_LOCALS, PUSH_NULL, RETURN_GENERATOR, LOAD_COMMON_CONSTANT, LOAD_CONST, LOAD_DEREF,
                 LOAD_FAST, LOAD_FAST_AND_CLEAR, LOAD_FAST_BORROW, LOAD_FAST_CHECK, LOAD_SMALL_INT, LOAD_NAME,
                 LOAD_CLOSURE, FORMAT_SIMPLE, GET_AITER, GET_ITER, GET_YIELD_FROM_ITER, MAKE_FUNCTION, RETURN_VALUE,
                 TO_BOOL, UNARY_INVERT, UNARY_NEGATIVE, UNARY_NOT, CALL_INTRINSIC_1, CONVERT_VALUE, GET_AWAITABLE,
                 LOAD_FROM_DICT_OR_DEREF, LOAD_FROM_DICT_OR_GLOBALS, STORE_FAST_LOAD_FAST, YIELD_VALUE, JUMP_IF_FALSE,
                 JUMP_IF_TRUE, BUILD_TEMPLATE, END_SEND, FORMAT_WITH_SPEC, BINARY_OP, CALL_INTRINSIC_2, COMPARE_OP,
                 CONTAINS_OP, IS_OP, IMPORT_NAME, SET_FUNCTION_ATTRIBUTE, BINARY_SLICE, MATCH_CLASS, CALL_FUNCTION_EX,
                 BUILD_INTERPOLATION, BUILD_LIST, BUILD_SET, BUILD_TUPLE, BUILD_STRING, BUILD_SLICE, BUILD_MAP, CALL,
                 CALL_KW, SETUP_FINALLY, SETUP_WITH -> 1;
            case LOAD_FAST_LOAD_FAST, LOAD_FAST_BORROW_LOAD_FAST_BORROW, GET_ANEXT, GET_LEN, MATCH_MAPPING, MATCH_SEQUENCE,
                 PUSH_EXC_INFO, FOR_ITER, IMPORT_FROM, LOAD_SPECIAL, CHECK_EG_MATCH, CHECK_EXC_MATCH, SEND, CLEANUP_THROW,
                 SETUP_CLEANUP -> 2;
            case MATCH_KEYS -> 3;
            case WITH_EXCEPT_START -> 6;
            case LOAD_ATTR, LOAD_GLOBAL, LOAD_SUPER_ATTR -> 1 + (oparg & 1);
            case COPY -> oparg + 1;
            case SWAP, DICT_UPDATE, LIST_APPEND, LIST_EXTEND, SET_ADD, SET_UPDATE, RERAISE, MAP_ADD -> oparg;
            case DICT_MERGE -> oparg + 3;
            case UNPACK_EX -> 1 + (oparg & 0xff) + (oparg >> 8);
            case UNPACK_SEQUENCE -> oparg;
            default -> -1;
        };
    }

    public static boolean isBlockPush(int op) {
        return op == SETUP_FINALLY || op == SETUP_CLEANUP || op == SETUP_WITH;
    }

    /**
     * flowgraph.c get_stack_effects: the net effect; a block push only changes the stack on the
     * exception path (jump), so it is 0 when not jumping.
     */
    public static int net(int op, int oparg, boolean jump) {
        if (isBlockPush(op) && !jump) return 0;
        return pushed(op, oparg) - popped(op, oparg);
    }
}
