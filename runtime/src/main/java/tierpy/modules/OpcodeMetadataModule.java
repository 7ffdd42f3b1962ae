package tierpy.modules;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tierpy.code.Opcodes;
import tierpy.objects.PyDict;
import tierpy.objects.PyList;
import tierpy.vm.PyModule;

/**
 * Mirrors Lib/_opcode_metadata.py (generated in CPython): opmap, the specialization families and
 * the specialized opcodes, read from {@link Opcodes}. Lib/opcode.py's {@code _cache_format}, which
 * CPython writes out by hand, is here too as {@code _cache_format} so that Opcodes stays its one source.
 */
@ModuleDef("_opcode_metadata")
public final class OpcodeMetadataModule {
    private OpcodeMetadataModule() {}

    /** The opcodes CPython's generator numbers by hand, and so lists first in opmap. */
    private static final List<String> FIXED = List.of("CACHE", "RESERVED", "RESUME", "INSTRUMENTED_LINE", "ENTER_EXECUTOR");

    static void init(PyModule m) {
        PyDict d = m.dict;
        PyDict families = new PyDict();
        Set<String> specialized = new HashSet<>();
        for (Map.Entry<String, List<String>> e : Opcodes.SPECIALIZATIONS.entrySet()) {
            families.setItem(e.getKey(), new PyList(List.<Object>copyOf(e.getValue())));
            specialized.addAll(e.getValue());
        }
        PyDict opmap = new PyDict();
        for (String name : FIXED) opmap.setItem(name, (long) Opcodes.opcode(name));
        for (int op = 0; op < Opcodes.OPNAME.length; op++) {
            String name = Opcodes.OPNAME[op];
            if (name != null && !specialized.contains(name) && !FIXED.contains(name)) opmap.setItem(name, (long) op);
        }
        PyDict specializedOpmap = new PyDict();
        for (String name : specialized.stream().sorted().toList()) {
            specializedOpmap.setItem(name, (long) Opcodes.opcode(name));
        }
        PyDict cacheFormat = new PyDict();
        for (Map.Entry<String, List<Map.Entry<String, Integer>>> e : Opcodes.CACHE_FORMAT.entrySet()) {
            PyDict fields = new PyDict();
            for (Map.Entry<String, Integer> field : e.getValue()) fields.setItem(field.getKey(), (long) field.getValue());
            cacheFormat.setItem(e.getKey(), fields);
        }
        d.setItem("_specializations", families);
        d.setItem("_specialized_opmap", specializedOpmap);
        d.setItem("opmap", opmap);
        d.setItem("_cache_format", cacheFormat);
        d.setItem("HAVE_ARGUMENT", (long) Opcodes.HAVE_ARGUMENT);
        d.setItem("MIN_INSTRUMENTED_OPCODE", (long) Opcodes.MIN_INSTRUMENTED_OPCODE);
    }
}
