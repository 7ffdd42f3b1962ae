package tierpy.vm;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

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

    /**
     * The pystats summary as text (after Tools/scripts/summarize_stats.py's specialization tables): one
     * row per family, then per family its specialized forms and failure kinds. The hit rate is hits over
     * hits plus misses. {@code family} (a family name, any case) keeps only that family; null keeps all.
     *
     * @throws IllegalArgumentException when {@code family} names no specializing instruction
     */
    public static String format(String family) {
        Map<String, Family> families = snapshot();
        if (family != null) {
            String name = family.strip().toUpperCase(Locale.ROOT);
            if (!Opcodes.SPECIALIZATIONS.containsKey(name)) {
                throw new IllegalArgumentException("no specialization family '" + family.strip() + "'; the families are "
                        + String.join(", ", new TreeSet<>(Opcodes.SPECIALIZATIONS.keySet())));
            }
            Family one = families.get(name);
            if (one == null) return "No specialization statistics for " + name + " yet.\n";
            families = Map.of(name, one);
        }
        if (families.isEmpty()) return "No specialization statistics yet.\n";
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-24s %9s %9s %9s %11s %9s %7s %8s\n", "family", "attempts", "successes", "failures",
                "hits", "misses", "deopts", "hit rate"));
        for (Family f : families.values()) {
            out.append(String.format(Locale.ROOT, "%-24s %9d %9d %9d %11d %9d %7d %8s\n", f.name(), f.attempts(), f.successes(),
                    f.failures(), f.hits(), f.misses(), f.deopts(), hitRate(f.hits(), f.misses())));
        }
        for (Family f : families.values()) {
            out.append('\n').append(f.name()).append('\n');
            if (!f.specialized().isEmpty()) {
                out.append(String.format(Locale.ROOT, "  %-40s %11s %9s %8s\n", "specialized form", "hits", "misses", "hit rate"));
                f.specialized().forEach((form, counts) -> out.append(String.format(Locale.ROOT, "  %-40s %11d %9d %8s\n", form, counts[0],
                        counts[1], hitRate(counts[0], counts[1]))));
            }
            if (!f.failureKinds().isEmpty()) {
                out.append(String.format(Locale.ROOT, "  %-40s %11s\n", "failure kind", "count"));
                f.failureKinds().forEach((kind, count) -> out.append(String.format(Locale.ROOT, "  %-40s %11d\n", kind, count)));
            }
        }
        return out.toString();
    }

    private static String hitRate(long hits, long misses) {
        return hits + misses == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * hits / (hits + misses));
    }

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
