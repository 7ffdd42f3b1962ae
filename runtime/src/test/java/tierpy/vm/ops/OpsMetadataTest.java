package tierpy.vm.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tierpy.vm.ops.Definitions.InstDef;
import tierpy.vm.ops.Definitions.OpDef;
import tierpy.vm.ops.Definitions.Part;
import tierpy.vm.ops.StackEffect.Item;

/**
 * Checks the op definitions against CPython 3.14's own metadata (opcodes.json): cache sizes, uop
 * expansions, stack effects, uop flags and families. Instructions not defined yet are listed in
 * undefined-instructions.txt, which may only shrink.
 */
class OpsMetadataTest {
    static Map<String, Object> json;
    static final Definitions DEFS = Definitions.get();

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void load() throws Exception {
        // The JSON reader of tierpy.code's tests; package-private there, so reached reflectively.
        Method parse = Class.forName("tierpy.code.MiniJson").getDeclaredMethod("parse", String.class);
        parse.setAccessible(true);
        String text = Files.readString(Path.of(System.getProperty("tierpy.shared"), "cpython314", "opcodes.json"));
        json = (Map<String, Object>) parse.invoke(null, text);
    }

    @SuppressWarnings("unchecked")
    static <T> T get(String key) {
        return (T) json.get(key);
    }

    private static void check(List<String> problems, Object expected, Object actual, String what) {
        if (!java.util.Objects.equals(expected, actual)) problems.add(what + ": expected " + expected + " but was " + actual);
    }

    @Test
    void cacheSizes() {
        List<String> problems = new ArrayList<>();
        Map<String, Object> caches = get("inline_cache_entries");
        Map<String, Object> deopt = get("deoptmap");
        for (InstDef inst : DEFS.instructions.values()) {
            String base = (String) deopt.getOrDefault(inst.name(), inst.name());
            Object expected = caches.getOrDefault(inst.name(), caches.getOrDefault(base, 0L));
            check(problems, ((Long) expected).intValue(), inst.cacheSize(), inst.name() + " cache entries");
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void expansionsOrStackEffects() {
        List<String> problems = new ArrayList<>();
        Map<String, Object> expansions = get("macro_expansion");
        Map<String, Object> effects = get("stack_effects");
        int checked = 0;
        for (InstDef inst : DEFS.instructions.values()) {
            Object expected = expansions.get(inst.name());
            if (expected != null) {
                check(problems, expected.toString(), expansion(inst).toString(), inst.name() + " macro expansion");
                checked++;
                continue;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> effect = (Map<String, Object>) effects.get(inst.name());
            if (effect == null) continue;
            for (var e : effect.entrySet()) {
                int oparg = e.getKey().equals("-") ? 0 : Integer.parseInt(e.getKey());
                check(problems, ((Long) e.getValue()).intValue(), netEffect(inst, oparg),
                        inst.name() + " stack effect for oparg " + oparg);
            }
            checked++;
        }
        System.out.println("ops metadata: " + checked + "/" + DEFS.instructions.size()
                + " instructions checked against macro_expansion or stack_effects");
        assertEquals(List.of(), problems);
    }

    /** _PyOpcode_macro_expansion: the uops (specializing ops excluded), how each gets its oparg, and its cache offset. */
    static List<List<Object>> expansion(InstDef inst) {
        List<List<Object>> out = new ArrayList<>();
        int offset = 0;
        for (Part p : inst.parts()) {
            if (p.op() == null) {
                offset += p.unusedCaches();
                continue;
            }
            OpDef op = p.op();
            if (op.specializing()) continue;
            Object kind = "OPARG_SIMPLE";
            // A second cache operand is listed again as OPERAND1_<size> at its own offset.
            List<Object> operand1 = null;
            int at = offset;
            for (Item c : op.effect().caches()) {
                if (!c.isUnused()) {
                    if (kind instanceof Long) {
                        operand1 = List.of(op.name(), "OPERAND1_" + c.cacheSize(), (long) at);
                        break;
                    }
                    kind = (long) c.cacheSize();
                }
                at += c.cacheSize();
            }
            if (op.jump() != Jump.NONE && op.jump() != Jump.BACKWARD && op.jump() != Jump.PUSH_FRAME) kind = "OPARG_REPLACED";
            if (p.oparg().equals("oparg >> 4")) kind = "OPARG_TOP";
            if (p.oparg().equals("oparg & 15")) kind = "OPARG_BOTTOM";
            if (op.name().equals("_SAVE_RETURN_OFFSET")) kind = "OPARG_SAVE_RETURN_OFFSET";
            out.add(List.of(op.name(), kind, (long) offset));
            if (operand1 != null) out.add(operand1);
            offset += op.effect().cacheSize();
        }
        return out;
    }

    static int netEffect(InstDef inst, int oparg) {
        int total = 0;
        for (Part p : inst.parts()) {
            if (p.op() == null) continue;
            int arg = OpargExpr.eval(p.oparg(), oparg);
            StackEffect e = p.op().effect();
            total += slots(e.outputs(), 0, arg) - slots(e.inputs(), 0, arg);
        }
        return total;
    }

    static int slots(List<Item> items, int from, int oparg) {
        int n = 0;
        for (int i = from; i < items.size(); i++) n += OpargExpr.eval(items.get(i).slots(), oparg);
        return n;
    }

    @Test
    void uopFlagsAndPops() {
        List<String> problems = new ArrayList<>();
        Map<String, Object> ids = get("uop_ids");
        Map<String, Object> flags = get("uop_flags");
        Map<String, Object> popped = get("uop_num_popped");
        int checked = 0;
        for (OpDef op : DEFS.ops.values()) {
            if (!ids.containsKey(op.name()) || !flags.containsKey(op.name())) continue;
            Set<String> expected = new TreeSet<>();
            for (Object f : (List<?>) flags.get(op.name())) {
                if (!f.equals("0")) expected.add((String) f);
            }
            Set<String> actual = new TreeSet<>();
            if (op.hasOparg()) actual.add("HAS_ARG_FLAG");
            for (Flag f : op.flags()) actual.add(f.cpythonName());
            check(problems, expected, actual, op.name() + " flags");
            StackEffect e = op.effect();
            int k = 0;
            while (k < e.outputs().size() && e.passesThrough(k)) k++;
            for (int oparg = 0; oparg < 4; oparg++) {
                if (!validOparg(e, oparg)) continue;
                check(problems, OpargExpr.eval((String) popped.get(op.name()), oparg), slots(e.inputs(), k, oparg),
                        op.name() + " inputs popped for oparg " + oparg);
            }
            checked++;
        }
        System.out.println("ops metadata: " + checked + " uops checked against uop_flags and uop_num_popped");
        assertEquals(List.of(), problems);
    }

    /** Whether every array size of the effect is non-negative for this oparg (COPY needs oparg >= 1). */
    private static boolean validOparg(StackEffect e, int oparg) {
        for (List<Item> side : List.of(e.inputs(), e.outputs())) {
            for (Item i : side) {
                if (OpargExpr.eval(i.slots(), oparg) < 0) return false;
            }
        }
        return true;
    }

    @Test
    void families() {
        List<String> problems = new ArrayList<>();
        Map<String, Object> specializations = get("specializations");
        for (Definitions.FamilyDef family : DEFS.families.values()) {
            check(problems, specializations.get(family.name()), family.members(), family.name() + " family");
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void undefinedInstructionsListOnlyShrinks() throws IOException {
        Map<String, Object> allOpmap = get("all_opmap");
        int minInstrumented = ((Long) json.get("MIN_INSTRUMENTED_OPCODE")).intValue();
        Set<String> undefined = new TreeSet<>();
        int total = 0;
        for (var e : allOpmap.entrySet()) {
            int code = ((Long) e.getValue()).intValue();
            if (code >= minInstrumented || e.getKey().equals("CACHE") || e.getKey().equals("RESERVED")) continue;
            total++;
            if (!DEFS.instructions.containsKey(e.getKey())) undefined.add(e.getKey());
        }
        Path list = Path.of(System.getProperty("tierpy.root"), "runtime/src/test/resources/tierpy/vm/undefined-instructions.txt");
        if (Boolean.getBoolean("tierpy.regen")) Files.writeString(list, String.join("\n", undefined) + "\n");
        Set<String> listed = new TreeSet<>(new HashSet<>(Files.readAllLines(list)));
        listed.removeIf(String::isBlank);
        System.out.println("instructions defined: " + (total - undefined.size()) + "/" + total);
        assertEquals(listed, undefined, "undefined-instructions.txt must list exactly the instructions not defined yet");
    }
}
