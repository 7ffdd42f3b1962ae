package tierpy.vm;

import tierpy.code.CodeObject;
import tierpy.code.Opcodes;
import tierpy.objects.Py;
import tierpy.objects.PyList;
import tierpy.objects.PySlice;
import tierpy.objects.PyTuple;
import tierpy.objects.PyType;
import tierpy.vm.ops.BinaryOpExtend;
import tierpy.vm.ops.CompareOps;
import tierpy.vm.ops.FrameOps;
import tierpy.vm.ops.NumberOps;

/**
 * Mirrors Python/specialize.c: _PyCode_Quicken and one {@code _Py_Specialize_X} per family, reached
 * from the {@code _SPECIALIZE_*} ops when an instruction's adaptive counter triggers. A specializer
 * looks at the operands, then either rewrites the instruction in {@link PyCode#units} to a
 * specialized form and writes its inline caches ({@link #specialize}), or puts the generic form back
 * with a backed-off counter ({@link #fail}, CPython's unspecialize). Either way the instruction then
 * re-dispatches.
 *
 * <p>Adding a family: (1) in the ops class, declare {@code @Family} and one {@code @Macro} per
 * specialized form, made of guard ops (boolean, DEOPT/EXIT flag: false means "run the generic form")
 * and action ops; an action op flagged DEOPT/EXIT that can still bail out returns null (or false when
 * it has no output) before touching anything; caches are read as {@code name/size} stack items (the
 * generator passes {@code f.cache1/cache2/cache4(offset)}), objects through {@link #cachedObject}; (2) make its
 * {@code _SPECIALIZE_X} op call a {@code Specializer.x} that calls {@link #attempt} first, then
 * {@link #specialize} (plus {@link #writeCache} / {@link #setCachedObject}) or {@link #fail};
 * (3) regenerate Tier1 and shrink undefined-instructions.txt. Frames are entered through
 * {@code _PUSH_FRAME} (see {@link FrameOps#pushFrame}): the op before it leaves the new frame (or
 * generator) on the stack and sets {@link Frame#returnOffset}.
 */
public final class Specializer {
    private Specializer() {}

    /** ENABLE_SPECIALIZATION: off with TIERPY_SPECIALIZE=0 or tierpy.set_specialization(False). */
    public static volatile boolean enabled = !"0".equals(System.getenv("TIERPY_SPECIALIZE"));

    /** _PyCode_Quicken: the adaptive copy of co_code with every counter at its starting value. */
    static synchronized void quicken(CodeObject co) {
        if (co.adaptive != null) return;
        Immortals.internNames(co);
        byte[] code = co.code;
        char[] units = new char[code.length / 2];
        for (int i = 0; i < units.length; i++) units[i] = (char) ((code[2 * i] & 0xff) | (code[2 * i + 1] & 0xff) << 8);
        // The last code unit cannot own a cache.
        for (int i = 0; i < units.length - 1; i++) {
            int opcode = units[i] & 0xff;
            int caches = Opcodes.cacheEntries(opcode);
            if (caches == 0) continue;
            units[i + 1] = (char) switch (opcode) {
                case Opcodes.JUMP_BACKWARD -> Backoff.initialJump();
                // Branch history for the JIT: alternating bits, no direction seen yet.
                case Opcodes.POP_JUMP_IF_FALSE, Opcodes.POP_JUMP_IF_TRUE, Opcodes.POP_JUMP_IF_NONE,
                        Opcodes.POP_JUMP_IF_NOT_NONE -> 0x5555;
                default -> Backoff.warmup();
            };
            i += caches;
        }
        co.adaptive = units;
    }

    /**
     * DISPATCH_SAME_OPARG for a handler that returns {@code (ip << 32) | sp}: runs the instruction at
     * {@code f.lasti} again, from its EXTENDED_ARG prefix so the oparg is the same.
     */
    public static long sameOparg(Frame f, int oparg, int sp) {
        int prefixes = oparg > 0xFFFFFF ? 3 : oparg > 0xFFFF ? 2 : oparg > 0xFF ? 1 : 0;
        return (long) (f.lasti - prefixes) << 32 | sp;
    }

    // ---- rewriting (specialize.c: specialize, unspecialize) ----

    /** Counts an attempt on the instruction at {@code f.lasti}; a specialized one being redone is a deopt. */
    public static void attempt(Frame f) {
        int opcode = f.code.units[f.lasti] & 0xff;
        int base = Opcodes.DEOPT[opcode];
        SpecializationStats.ATTEMPTS[base]++;
        if (opcode != base) SpecializationStats.DEOPTS[base]++;
    }

    private static void setOpcode(Frame f, int opcode) {
        char[] units = f.code.units;
        units[f.lasti] = (char) (units[f.lasti] & 0xff00 | opcode);
    }

    /** specialize(): the instruction becomes {@code opcode}; misses count its counter down from the cooldown. */
    public static void specialize(Frame f, int opcode) {
        setOpcode(f, opcode);
        SpecializationStats.SUCCESSES[Opcodes.DEOPT[opcode]]++;
        f.code.units[f.lasti + 1] = (char) Backoff.cooldown();
    }

    /** unspecialize(): back to the generic form; the next attempt waits twice as long as the last. */
    public static void fail(Frame f, String kind) {
        char[] units = f.code.units;
        int base = Opcodes.DEOPT[units[f.lasti] & 0xff];
        SpecializationStats.failure(base, kind);
        setOpcode(f, base);
        units[f.lasti + 1] = (char) Backoff.restart(units[f.lasti + 1]);
    }

    /** Writes a cache field of {@code size} code units (little-endian) at {@code offset} after the instruction. */
    public static void writeCache(Frame f, int offset, int size, long value) {
        char[] units = f.code.units;
        int first = f.lasti + 1 + offset;
        for (int i = 0; i < size; i++) units[first + i] = (char) (value >>> (16 * i));
    }

    /** The object this instruction's inline cache points to (CPython keeps the pointer in the cache units). */
    public static Object cachedObject(Frame f) {
        Object[] table = f.code.co.cacheObjects;
        return table == null ? null : table[f.lasti];
    }

    public static synchronized void setCachedObject(Frame f, Object value) {
        CodeObject co = f.code.co;
        if (co.cacheObjects == null) co.cacheObjects = new Object[co.adaptive.length];
        co.cacheObjects[f.lasti] = value;
    }

    // ---- quickening without a counter ----

    /** _QUICKEN_RESUME: RESUME becomes RESUME_CHECK on first execution. */
    public static void quickenResume(Frame f) {
        if ((f.code.units[f.lasti] & 0xff) == Opcodes.RESUME) setOpcode(f, Opcodes.RESUME_CHECK);
    }

    /** LOAD_CONST picks its form on first execution, by whether the constant is immortal. */
    public static void quickenLoadConst(Frame f, Object value) {
        setOpcode(f, Immortals.isImmortal(value) ? Opcodes.LOAD_CONST_IMMORTAL : Opcodes.LOAD_CONST_MORTAL);
    }

    /** _SPECIALIZE_JUMP_BACKWARD: the JIT is off, so the back-edge becomes JUMP_BACKWARD_NO_JIT and re-dispatches. */
    public static boolean specializeJumpBackward(Frame f) {
        if ((f.code.units[f.lasti] & 0xff) != Opcodes.JUMP_BACKWARD) return false;
        setOpcode(f, Opcodes.JUMP_BACKWARD_NO_JIT);
        return true;
    }

    // ---- families (specialize.c: _Py_Specialize_*) ----

    private static final int NB_ADD = 0, NB_MULTIPLY = 5, NB_SUBTRACT = 10, NB_INPLACE_ADD = 13,
            NB_INPLACE_MULTIPLY = 18, NB_INPLACE_SUBTRACT = 23, NB_SUBSCR = 26;

    /** _Py_Specialize_BinaryOp. */
    public static void binaryOp(Frame f, int oparg, Object lhs, Object rhs) {
        attempt(f);
        int form = binaryOpForm(f, oparg, lhs, rhs);
        if (form >= 0) {
            specialize(f, form);
            return;
        }
        if (oparg == NB_SUBSCR && specializeGetItem(f, lhs)) return;
        BinaryOpExtend descr = BinaryOpExtend.find(oparg, lhs, rhs);
        if (descr != null) {
            specialize(f, Opcodes.BINARY_OP_EXTEND);
            writeCache(f, 1, 4, descr.ordinal());
            return;
        }
        fail(f, "SPEC_FAIL_BINARY_OP_" + Opcodes.NB_OP_NAMES[oparg].substring(3));
    }

    private static int binaryOpForm(Frame f, int oparg, Object lhs, Object rhs) {
        boolean ints = NumberOps.isExactInt(lhs) && NumberOps.isExactInt(rhs);
        boolean floats = lhs instanceof Double && rhs instanceof Double;
        switch (oparg) {
            case NB_ADD, NB_INPLACE_ADD -> {
                if (lhs instanceof String && rhs instanceof String) {
                    int next = f.code.units[f.lasti + 1 + Opcodes.cacheEntries(Opcodes.BINARY_OP)];
                    boolean storesBack = (next & 0xff) == Opcodes.STORE_FAST && f.localsplus[next >>> 8] == lhs;
                    return storesBack ? Opcodes.BINARY_OP_INPLACE_ADD_UNICODE : Opcodes.BINARY_OP_ADD_UNICODE;
                }
                if (ints) return Opcodes.BINARY_OP_ADD_INT;
                if (floats) return Opcodes.BINARY_OP_ADD_FLOAT;
            }
            case NB_MULTIPLY, NB_INPLACE_MULTIPLY -> {
                if (ints) return Opcodes.BINARY_OP_MULTIPLY_INT;
                if (floats) return Opcodes.BINARY_OP_MULTIPLY_FLOAT;
            }
            case NB_SUBTRACT, NB_INPLACE_SUBTRACT -> {
                if (ints) return Opcodes.BINARY_OP_SUBTRACT_INT;
                if (floats) return Opcodes.BINARY_OP_SUBTRACT_FLOAT;
            }
            case NB_SUBSCR -> {
                if (NumberOps.isCompactInt(rhs) && (Long) rhs >= 0) {
                    if (NumberOps.isExactList(lhs)) return Opcodes.BINARY_OP_SUBSCR_LIST_INT;
                    if (NumberOps.isExactTuple(lhs)) return Opcodes.BINARY_OP_SUBSCR_TUPLE_INT;
                    if (lhs instanceof String) return Opcodes.BINARY_OP_SUBSCR_STR_INT;
                }
                if (NumberOps.isExactDict(lhs)) return Opcodes.BINARY_OP_SUBSCR_DICT;
                if (NumberOps.isExactList(lhs) && rhs instanceof PySlice) return Opcodes.BINARY_OP_SUBSCR_LIST_SLICE;
            }
            default -> {
                // The remaining operators only have BINARY_OP_EXTEND forms.
            }
        }
        return -1;
    }

    /** A heap type whose __getitem__ is a simple two-argument Python function: call it by pushing its frame. */
    private static boolean specializeGetItem(Frame f, Object container) {
        PyType type = Py.type(container);
        if (!type.heap || !(type.lookup("__getitem__") instanceof PyFunction getitem) || !Calls.isSimple(getitem, 2)) {
            return false;
        }
        specialize(f, Opcodes.BINARY_OP_SUBSCR_GETITEM);
        setCachedObject(f, new FrameOps.GetItemCache(getitem, type.versionTag()));
        return true;
    }

    private static final int PY_EQ = 2, PY_NE = 3;

    /** _Py_Specialize_CompareOp. */
    public static void compareOp(Frame f, int oparg, Object lhs, Object rhs) {
        attempt(f);
        if (Py.type(lhs) != Py.type(rhs)) {
            fail(f, "SPEC_FAIL_COMPARE_OP_DIFFERENT_TYPES");
        } else if (lhs instanceof Double) {
            specialize(f, Opcodes.COMPARE_OP_FLOAT);
        } else if (lhs instanceof Long) {
            if (NumberOps.isCompactInt(lhs) && NumberOps.isCompactInt(rhs)) specialize(f, Opcodes.COMPARE_OP_INT);
            else fail(f, "SPEC_FAIL_COMPARE_OP_BIG_INT");
        } else if (lhs instanceof String) {
            int cmp = oparg >> 5;
            if (cmp == PY_EQ || cmp == PY_NE) specialize(f, Opcodes.COMPARE_OP_STR);
            else fail(f, "SPEC_FAIL_COMPARE_OP_STRING");
        } else {
            fail(f, "SPEC_FAIL_COMPARE_OP_" + Py.type(lhs).name.toUpperCase());
        }
    }

    /** _Py_Specialize_ContainsOp: {@code value} is the container. */
    public static void containsOp(Frame f, Object value) {
        attempt(f);
        if (NumberOps.isExactDict(value)) specialize(f, Opcodes.CONTAINS_OP_DICT);
        else if (CompareOps.isExactAnySet(value)) specialize(f, Opcodes.CONTAINS_OP_SET);
        else fail(f, "SPEC_FAIL_CONTAINS_OP_" + Py.type(value).name.toUpperCase());
    }

    /** _Py_Specialize_ToBool. */
    public static void toBool(Frame f, Object value) {
        attempt(f);
        if (value instanceof Boolean) {
            specialize(f, Opcodes.TO_BOOL_BOOL);
        } else if (NumberOps.isExactInt(value)) {
            specialize(f, Opcodes.TO_BOOL_INT);
        } else if (NumberOps.isExactList(value)) {
            specialize(f, Opcodes.TO_BOOL_LIST);
        } else if (value == Py.None) {
            specialize(f, Opcodes.TO_BOOL_NONE);
        } else if (value instanceof String) {
            specialize(f, Opcodes.TO_BOOL_STR);
        } else {
            PyType type = Py.type(value);
            if (!type.heap || type.lookup("__bool__") != null || type.lookup("__len__") != null) {
                fail(f, "SPEC_FAIL_TO_BOOL_" + type.name.toUpperCase());
                return;
            }
            specialize(f, Opcodes.TO_BOOL_ALWAYS_TRUE);
            writeCache(f, 1, 2, type.versionTag());
        }
    }

    /** _Py_Specialize_ForIter. */
    public static void forIter(Frame f, Object iter) {
        attempt(f);
        PyType type = Py.type(iter);
        if (type == Py.LIST_ITERATOR) specialize(f, Opcodes.FOR_ITER_LIST);
        else if (type == Py.TUPLE_ITERATOR) specialize(f, Opcodes.FOR_ITER_TUPLE);
        else if (type == Py.RANGE_ITERATOR) specialize(f, Opcodes.FOR_ITER_RANGE);
        else if (type == VmTypes.GENERATOR) specialize(f, Opcodes.FOR_ITER_GEN);
        else fail(f, "SPEC_FAIL_ITER_" + type.name.toUpperCase());
    }

    /** _Py_Specialize_Send. */
    public static void send(Frame f, Object receiver) {
        attempt(f);
        PyType type = Py.type(receiver);
        if (type == VmTypes.GENERATOR || type == VmTypes.COROUTINE) specialize(f, Opcodes.SEND_GEN);
        else fail(f, "SPEC_FAIL_SEND_" + type.name.toUpperCase());
    }

    /** _Py_Specialize_UnpackSequence. */
    public static void unpackSequence(Frame f, int oparg, Object seq) {
        attempt(f);
        if (NumberOps.isExactTuple(seq)) {
            if (((PyTuple) seq).size() != oparg) fail(f, "SPEC_FAIL_EXPECTED_ERROR");
            else specialize(f, oparg == 2 ? Opcodes.UNPACK_SEQUENCE_TWO_TUPLE : Opcodes.UNPACK_SEQUENCE_TUPLE);
        } else if (NumberOps.isExactList(seq)) {
            if (((PyList) seq).size() != oparg) fail(f, "SPEC_FAIL_EXPECTED_ERROR");
            else specialize(f, Opcodes.UNPACK_SEQUENCE_LIST);
        } else {
            fail(f, "SPEC_FAIL_UNPACK_SEQUENCE_" + Py.type(seq).name.toUpperCase());
        }
    }

    /** _Py_Specialize_StoreSubscr. */
    public static void storeSubscr(Frame f, Object container, Object sub) {
        attempt(f);
        if (NumberOps.isExactList(container)) {
            if (NumberOps.isCompactInt(sub) && (Long) sub >= 0 && (Long) sub < ((PyList) container).size()) {
                specialize(f, Opcodes.STORE_SUBSCR_LIST_INT);
            } else {
                fail(f, sub instanceof PySlice ? "SPEC_FAIL_SUBSCR_LIST_SLICE" : "SPEC_FAIL_OUT_OF_RANGE");
            }
        } else if (NumberOps.isExactDict(container)) {
            specialize(f, Opcodes.STORE_SUBSCR_DICT);
        } else {
            fail(f, "SPEC_FAIL_STORE_SUBSCR_" + Py.type(container).name.toUpperCase());
        }
    }

    /** For families without a specializer in tierpy yet: each attempt fails and backs off. */
    public static void noSpecializer(Frame f) {
        attempt(f);
        fail(f, "SPEC_FAIL_OTHER");
    }
}
