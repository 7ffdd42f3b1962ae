package tierpy.code;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Checks every table of the committed {@link Opcodes} against opcodes.json (CPython's regen habit). */
class OpcodesTest {
    private static Map<String, Object> json;

    @SuppressWarnings("unchecked")
    @BeforeAll
    static void load() throws Exception {
        Path file = Path.of(System.getProperty("tierpy.shared"), "cpython314", "opcodes.json");
        json = (Map<String, Object>) MiniJson.parse(Files.readString(file));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(String key) {
        return (Map<String, Object>) json.get(key);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(String key) {
        return (List<Object>) json.get(key);
    }

    private static int num(Object o) {
        return ((Long) o).intValue();
    }

    @Test
    void opcodeNumbersAndNames() {
        int count = 0;
        for (String key : List.of("opmap", "all_opmap", "specialized_opmap")) {
            for (Map.Entry<String, Object> e : map(key).entrySet()) {
                assertEquals(e.getKey(), Opcodes.OPNAME[num(e.getValue())]);
                assertEquals(num(e.getValue()), Opcodes.opcode(e.getKey()));
                count++;
            }
        }
        assertTrue(count > 400);
        assertEquals(num(json.get("HAVE_ARGUMENT")), Opcodes.HAVE_ARGUMENT);
        assertEquals(num(json.get("MIN_INSTRUMENTED_OPCODE")), Opcodes.MIN_INSTRUMENTED_OPCODE);
        assertEquals(num(json.get("EXTENDED_ARG")), Opcodes.EXTENDED_ARG);
    }

    @SuppressWarnings("unchecked")
    @Test
    void disListsAndPredicates() {
        Map<String, int[]> lists = Map.of("hasarg", Opcodes.DIS_HASARG, "hasconst", Opcodes.DIS_HASCONST,
                "hasname", Opcodes.DIS_HASNAME, "hasjump", Opcodes.DIS_HASJUMP, "haslocal", Opcodes.DIS_HASLOCAL,
                "hasfree", Opcodes.DIS_HASFREE, "hascompare", Opcodes.DIS_HASCOMPARE, "hasexc", Opcodes.DIS_HASEXC);
        for (Map.Entry<String, int[]> e : lists.entrySet()) {
            List<Object> ops = (List<Object>) map(e.getKey()).get("opcodes");
            assertArrayEquals(ops.stream().mapToInt(OpcodesTest::num).toArray(), e.getValue(), e.getKey());
        }
        Map<String, boolean[]> predicates = Map.of("has_arg", Opcodes.HAS_ARG, "has_const", Opcodes.HAS_CONST,
                "has_name", Opcodes.HAS_NAME, "has_jump", Opcodes.HAS_JUMP, "has_free", Opcodes.HAS_FREE,
                "has_local", Opcodes.HAS_LOCAL, "has_exc", Opcodes.HAS_EXC);
        Map<String, Object> valid = map("_opcode_predicates_over_valid_opcodes");
        for (Map.Entry<String, boolean[]> e : predicates.entrySet()) {
            boolean[] expected = new boolean[Opcodes.NUM_OPCODES];
            for (Object name : (List<Object>) valid.get(e.getKey())) {
                String s = (String) name;
                expected[s.chars().allMatch(Character::isDigit) ? Integer.parseInt(s) : Opcodes.opcode(s)] = true;
            }
            assertArrayEquals(expected, e.getValue(), e.getKey());
        }
    }

    @SuppressWarnings("unchecked")
    @Test
    void cachesAndSpecializations() {
        int[] expected = new int[256];
        map("inline_cache_entries").forEach((name, n) -> expected[Opcodes.opcode(name)] = num(n));
        map("specializations").forEach((base, family) -> {
            for (Object s : (List<Object>) family) expected[Opcodes.opcode((String) s)] = expected[Opcodes.opcode(base)];
        });
        assertArrayEquals(expected, Opcodes.CACHE_ENTRIES);
        map("cache_format").forEach((name, fields) -> {
            List<Map.Entry<String, Integer>> got = Opcodes.CACHE_FORMAT.get(name);
            List<Map.Entry<String, Integer>> want = new ArrayList<>();
            ((Map<String, Object>) fields).forEach((f, n) -> want.add(Map.entry(f, num(n))));
            assertEquals(want, got, name);
        });
        assertEquals(map("cache_format").size(), Opcodes.CACHE_FORMAT.size());
        map("deoptmap").forEach((spec, base) -> assertEquals(Opcodes.opcode((String) base), Opcodes.DEOPT[Opcodes.opcode(spec)]));
        map("specializations").forEach((base, family) -> assertEquals(family, Opcodes.SPECIALIZATIONS.get(base)));
        assertEquals(map("specializations").size(), Opcodes.SPECIALIZATIONS.size());
    }

    @SuppressWarnings("unchecked")
    @Test
    void operatorTables() {
        List<Object> nbOps = list("nb_ops");
        assertEquals(nbOps.size(), Opcodes.NB_OP_NAMES.length);
        for (int i = 0; i < nbOps.size(); i++) {
            List<Object> pair = (List<Object>) nbOps.get(i);
            assertEquals(pair.get(0), Opcodes.NB_OP_NAMES[i]);
            assertEquals(pair.get(1), Opcodes.NB_OP_SYMBOLS[i]);
        }
        assertEquals(list("cmp_op"), List.of(Opcodes.CMP_OP));
        Map<String, Object> cmp = map("compare_op_oparg");
        Map<String, Object> masks = (Map<String, Object>) cmp.get("mask_per_operator");
        Map<String, Object> opargs = (Map<String, Object>) cmp.get("opargs");
        for (int i = 0; i < Opcodes.CMP_OP.length; i++) {
            assertEquals(num(masks.get(Opcodes.CMP_OP[i])), Opcodes.CMP_OP_MASK[i]);
            Map<String, Object> both = (Map<String, Object>) opargs.get(Opcodes.CMP_OP[i]);
            assertEquals(num(both.get("plain")), (i << 5) | Opcodes.CMP_OP_MASK[i]);
            assertEquals(num(both.get("bool")), (i << 5) | Opcodes.COMPARE_TO_BOOL_BIT | Opcodes.CMP_OP_MASK[i]);
        }
        assertEquals(list("intrinsic_1_descs"), List.of(Opcodes.INTRINSIC_1));
        assertEquals(list("intrinsic_2_descs"), List.of(Opcodes.INTRINSIC_2));
        assertEquals(list("special_method_names"), List.of(Opcodes.SPECIAL_METHOD_NAMES));
        assertEquals(list("common_constants"), List.of(Opcodes.COMMON_CONSTANTS));
        assertEquals(list("function_attr_flags"), List.of(Opcodes.FUNCTION_ATTR_FLAGS));
        assertEquals(list("convert_value_oparg"), List.of(Opcodes.CONVERT_VALUE_NAMES));
    }
}
