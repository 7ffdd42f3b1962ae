package tierpy.vm;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import tierpy.code.Opcodes;

/**
 * Mirrors Python/specialize.c's pystats (Include/cpython/pystats.h: SpecializationStats): per family,
 * how often the specializer ran, succeeded or failed (by kind), and per specialized instruction how
 * often it ran (hit) or missed a guard and ran the generic form (miss). A deopt is a re-specialization
 * of an instruction that was specialized. Counted always; the generated handlers bump {@link #HITS}.
 */
public final class SpecializationStats {
    private SpecializationStats() {}

    /** Executions of each specialized opcode that passed its guards. */
    public static final long[] HITS = new long[256];
    static final long[] MISSES = new long[256];
    /** By base opcode. */
    static final long[] ATTEMPTS = new long[256];
    static final long[] SUCCESSES = new long[256];
    static final long[] FAILURES = new long[256];
    static final long[] DEOPTS = new long[256];
    @SuppressWarnings("unchecked")
    static final Map<String, Long>[] FAILURE_KINDS = new Map[256];

    public static void miss(int opcode) {
        MISSES[opcode]++;
    }

    static void failure(int base, String kind) {
        FAILURES[base]++;
        if (FAILURE_KINDS[base] == null) FAILURE_KINDS[base] = new TreeMap<>();
        FAILURE_KINDS[base].merge(kind, 1L, Long::sum);
    }

    public static synchronized void reset() {
        for (long[] a : new long[][] {HITS, MISSES, ATTEMPTS, SUCCESSES, FAILURES, DEOPTS}) Arrays.fill(a, 0);
        Arrays.fill(FAILURE_KINDS, null);
    }

    /** One family's figures; {@code specialized} maps each member that ran to its hits and misses. */
    public record Family(String name, long attempts, long successes, long failures, Map<String, Long> failureKinds,
            long hits, long misses, long deopts, Map<String, long[]> specialized) {}

    /** Every family with something to report, in opcode order. */
    public static synchronized Map<String, Family> snapshot() {
        Map<String, Family> out = new LinkedHashMap<>();
        for (int base = 0; base < 256; base++) {
            String name = Opcodes.OPNAME[base];
            if (name == null || Opcodes.DEOPT[base] != base) continue;
            Map<String, long[]> members = new LinkedHashMap<>();
            long hits = 0, misses = 0;
            for (int op = 0; op < 256; op++) {
                if (op == base || Opcodes.DEOPT[op] != base || (HITS[op] == 0 && MISSES[op] == 0)) continue;
                members.put(Opcodes.OPNAME[op], new long[] {HITS[op], MISSES[op]});
                hits += HITS[op];
                misses += MISSES[op];
            }
            if (ATTEMPTS[base] == 0 && members.isEmpty()) continue;
            Map<String, Long> kinds = FAILURE_KINDS[base] == null ? Map.of() : Map.copyOf(FAILURE_KINDS[base]);
            out.put(name, new Family(name, ATTEMPTS[base], SUCCESSES[base], FAILURES[base], new TreeMap<>(kinds), hits,
                    misses, DEOPTS[base], members));
        }
        return out;
    }
}
