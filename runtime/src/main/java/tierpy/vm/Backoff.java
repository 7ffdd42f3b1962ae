package tierpy.vm;

/**
 * Mirrors Include/internal/pycore_backoff.h (3.14): the 16-bit counters kept in an instruction's
 * first inline cache unit, a 12-bit countdown value above a 4-bit backoff exponent. A counter
 * triggers when its value reaches 0; a failed attempt restarts it at {@code 2**(backoff+1) - 1}
 * with the exponent raised (capped at 12). Backoff 15 with value 0 is the unreachable counter.
 */
public final class Backoff {
    private Backoff() {}

    static final int BACKOFF_BITS = 4;
    static final int MAX_BACKOFF = 12;
    /** A counter that never triggers. */
    public static final int UNREACHABLE = 15;

    public static final int JUMP_BACKWARD_INITIAL_VALUE = 4095;
    public static final int JUMP_BACKWARD_INITIAL_BACKOFF = 12;
    public static final int ADAPTIVE_WARMUP_VALUE = 1;
    public static final int ADAPTIVE_WARMUP_BACKOFF = 1;
    public static final int ADAPTIVE_COOLDOWN_VALUE = 52;
    public static final int ADAPTIVE_COOLDOWN_BACKOFF = 0;

    public static int make(int value, int backoff) {
        return value << BACKOFF_BITS | backoff;
    }

    public static int value(int counter) {
        return counter >>> BACKOFF_BITS;
    }

    public static int backoff(int counter) {
        return counter & ((1 << BACKOFF_BITS) - 1);
    }

    /** backoff_counter_triggers: the value is 0 and the counter is reachable. */
    public static boolean triggers(int counter) {
        return counter < UNREACHABLE;
    }

    /** advance_backoff_counter: one step down (only called on a counter that does not trigger). */
    public static int advance(int counter) {
        return (counter - (1 << BACKOFF_BITS)) & 0xFFFF;
    }

    /** restart_backoff_counter: after a failed specialization, wait twice as long as last time. */
    public static int restart(int counter) {
        int b = backoff(counter);
        return b < MAX_BACKOFF ? make((1 << (b + 1)) - 1, b + 1) : make((1 << MAX_BACKOFF) - 1, MAX_BACKOFF);
    }

    /** adaptive_counter_warmup: what a fresh adaptive instruction starts with. */
    public static int warmup() {
        return make(ADAPTIVE_WARMUP_VALUE, ADAPTIVE_WARMUP_BACKOFF);
    }

    /** adaptive_counter_cooldown: what a successfully specialized instruction starts with (misses count it down). */
    public static int cooldown() {
        return make(ADAPTIVE_COOLDOWN_VALUE, ADAPTIVE_COOLDOWN_BACKOFF);
    }

    /** initial_jump_backoff_counter: JUMP_BACKWARD's countdown to a Tier 2 trace. */
    public static int initialJump() {
        return make(JUMP_BACKWARD_INITIAL_VALUE, JUMP_BACKWARD_INITIAL_BACKOFF);
    }
}
