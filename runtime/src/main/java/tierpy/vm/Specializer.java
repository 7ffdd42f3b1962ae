package tierpy.vm;

import tierpy.code.CodeObject;
import tierpy.code.Opcodes;

/**
 * Mirrors Python/specialize.c: _PyCode_Quicken and one {@code _Py_Specialize_X} per family, reached
 * from the {@code _SPECIALIZE_*} ops when an instruction's adaptive counter triggers. A specializer
 * looks at the operands, then either rewrites the instruction in {@link PyCode#units} to a
 * specialized form and writes its inline caches ({@link #specialize}), or puts the generic form back
 * with a backed-off counter ({@link #fail}, CPython's unspecialize). Either way the instruction then
 * re-dispatches.
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
        co.cacheObjects = new Object[units.length];
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
    private static void attempt(Frame f) {
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
    static void specialize(Frame f, int opcode) {
        setOpcode(f, opcode);
        SpecializationStats.SUCCESSES[Opcodes.DEOPT[opcode]]++;
        f.code.units[f.lasti + 1] = (char) Backoff.cooldown();
    }

    /** unspecialize(): back to the generic form; the next attempt waits twice as long as the last. */
    static void fail(Frame f, String kind) {
        char[] units = f.code.units;
        int base = Opcodes.DEOPT[units[f.lasti] & 0xff];
        SpecializationStats.failure(base, kind);
        setOpcode(f, base);
        units[f.lasti + 1] = (char) Backoff.restart(units[f.lasti + 1]);
    }

    /** Writes a cache field of {@code size} code units (little-endian) at {@code offset} after the instruction. */
    static void writeCache(Frame f, int offset, int size, long value) {
        char[] units = f.code.units;
        int first = f.lasti + 1 + offset;
        for (int i = 0; i < size; i++) units[first + i] = (char) (value >>> (16 * i));
    }

    /** The object this instruction's inline cache points to (CPython keeps the pointer in the cache units). */
    public static Object cachedObject(Frame f) {
        return f.code.cacheObjects[f.lasti];
    }

    static void setCachedObject(Frame f, Object value) {
        f.code.cacheObjects[f.lasti] = value;
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

    /** For families without a specializer in tierpy yet: each attempt fails and backs off. */
    public static void noSpecializer(Frame f) {
        attempt(f);
        fail(f, "SPEC_FAIL_OTHER");
    }
}
