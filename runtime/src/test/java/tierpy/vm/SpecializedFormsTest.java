package tierpy.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import tierpy.modules.ProgramRunner;

/**
 * Which specialized form a hot LOAD_ATTR site takes, as {@code dis.dis(f, adaptive=True)} shows it:
 * the choices of Python/specialize.c's specialize_instance_load_attr and
 * specialize_attr_loadclassattr for the object layouts they tell apart.
 */
class SpecializedFormsTest {
    private static final String CLASSES = """
            import dis
            class G:
                def __getattribute__(self, name):
                    return name
            class GA(G):
                def __getattr__(self, name):
                    return name
            class E(Exception):
                def describe(self):
                    return 1
            class L(list):
                def total(self):
                    return sum(self)
            class I(int):
                def half(self):
                    return self // 2
            def load(o):
                return o.y
            def method(o):
                return o.describe()
            """;

    /** The adaptive disassembly of {@code fn} after {@code warmup} ran 100 times. */
    private static String adaptive(String definitions, String warmup, String fn) {
        String source = CLASSES + definitions + "for i in range(100):\n    " + warmup + "\n"
                + "dis.dis(" + fn + ", adaptive=True)\n";
        StringBuilder out = new StringBuilder();
        StringBuilder err = new StringBuilder();
        int rc = ProgramRunner.run(source, "forms.py", new String[] {"forms.py"}, out, err, 60_000);
        assertEquals(0, rc, err.toString());
        return out.toString();
    }

    private static void assertForm(String form, String dis) {
        assertTrue(dis.contains(" " + form + " "), "expected " + form + " in\n" + dis);
    }

    private static void assertNoForm(String prefix, String dis) {
        assertFalse(dis.contains(" " + prefix), "expected no " + prefix + "* in\n" + dis);
    }

    @Test
    void pythonGetattributeWithoutGetattrPushesAFrame() {
        assertForm("LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN", adaptive("g = G()\n", "load(g)", "load"));
    }

    @Test
    void getattrBesideGetattributeStaysGeneric() {
        assertNoForm("LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN", adaptive("g = GA()\n", "load(g)", "load"));
    }

    @Test
    void methodOfAnExceptionWithoutDictIsLazyDict() {
        assertForm("LOAD_ATTR_METHOD_LAZY_DICT", adaptive("e = E()\n", "method(e)", "method"));
    }

    @Test
    void exceptionWithACreatedDictStaysGeneric() {
        assertNoForm("LOAD_ATTR_METHOD_LAZY_DICT", adaptive("e = E()\ne.note = 1\n", "method(e)", "method"));
    }

    @Test
    void listSubclassKeepsInlineValues() {
        assertForm("LOAD_ATTR_METHOD_WITH_VALUES",
                adaptive("lst = L()\ndef tot(o):\n    return o.total()\n", "tot(lst)", "tot"));
    }

    @Test
    void intSubclassDictSitsAtANegativeOffset() {
        assertNoForm("LOAD_ATTR_METHOD_", adaptive("n = I(4)\ndef half(o):\n    return o.half()\n", "half(n)", "half"));
    }
}
