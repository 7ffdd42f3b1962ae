package tierpy.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import tierpy.modules.ProgramRunner;

/** The pystats table %stats shows: counts that follow CPython's warm-up and backoff schedule. */
class SpecializationStatsTest {
    @Test
    void tableCountsAttemptsFailuresHitsAndMisses() {
        // get(a): specialized at its 2nd run, then 99 hits. getb(b): __getattribute__ beside __getattr__ fails
        // (SPEC_FAIL_OVERRIDDEN) at runs 2, 6, 14, 30 and 62, the backoff doubling after each failure.
        String program = """
                import tierpy
                tierpy.reset_specialization_stats()
                class A:
                    def __init__(self):
                        self.v = 1
                class B:
                    def __getattribute__(self, name):
                        return 1
                    def __getattr__(self, name):
                        return 2
                def get(o):
                    return o.v
                def getb(o):
                    return o.v
                a = A()
                b = B()
                for i in range(100):
                    get(a)
                    getb(b)
                """;
        StringBuilder out = new StringBuilder();
        StringBuilder err = new StringBuilder();
        assertEquals(0, ProgramRunner.run(program, "stats.py", new String[] {"stats.py"}, out, err, 60_000), err.toString());
        assertEquals("""
                family                    attempts successes  failures        hits    misses  deopts hit rate
                LOAD_ATTR                        6         1         5          99         0       0   100.0%

                LOAD_ATTR
                  specialized form                                hits    misses hit rate
                  LOAD_ATTR_INSTANCE_VALUE                          99         0   100.0%
                  failure kind                                   count
                  SPEC_FAIL_OVERRIDDEN                               5
                """, SpecializationStats.format("load_attr"));
        SpecializationStats.reset();
        assertEquals("No specialization statistics yet.\n", SpecializationStats.format(null));
        assertEquals("No specialization statistics for CALL yet.\n", SpecializationStats.format("CALL"));
    }

    @Test
    void unknownFamilyNamesTheFamilies() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SpecializationStats.format("NOPE"));
        assertTrue(e.getMessage().startsWith("no specialization family 'NOPE'; the families are BINARY_OP, CALL, "), e.getMessage());
    }
}
