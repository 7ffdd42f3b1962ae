package tierpy.modules;

import java.util.HashMap;
import java.util.Map;

import tierpy.objects.Abstract;
import tierpy.objects.Descriptors.BuiltinFunction;
import tierpy.objects.Py;
import tierpy.objects.PyTuple;
import tierpy.objects.PyType;

/**
 * Mirrors Objects/structseq.c: PyStructSequence_NewType, a tuple subclass whose items are also
 * read by field name and whose repr names them (sys.float_info, os.stat_result, ...).
 */
final class StructSeq {
    private StructSeq() {}

    /** A struct sequence type {@code module.name} with the given field names. */
    static PyType type(String module, String name, String... fields) {
        Map<String, Object> ns = new HashMap<>();
        ns.put("__module__", module);
        ns.put("__qualname__", name);
        ns.put("n_fields", (long) fields.length);
        ns.put("n_sequence_fields", (long) fields.length);
        ns.put("_fields", PyTuple.of((Object[]) fields));
        for (int i = 0; i < fields.length; i++) {
            int index = i;
            BuiltinFunction get = new BuiltinFunction(fields[i], (self, a, off, n, kw) -> Abstract.getitem(a[off], (long) index));
            ns.put(fields[i], Abstract.call(Py.PROPERTY, get));
        }
        PyType t = PyType.newHeapType(Py.TYPE, name, new PyType[] {Py.TUPLE}, ns, null, null);
        t.repr = o -> {
            StringBuilder sb = new StringBuilder(module.equals("builtins") ? "" : module + ".").append(name).append('(');
            for (int i = 0; i < fields.length; i++) {
                if (i > 0) sb.append(", ");
                sb.append(fields[i]).append('=').append(Abstract.repr(Abstract.getitem(o, (long) i)));
            }
            return sb.append(')').toString();
        };
        return t;
    }

    /** An instance of {@code t} holding {@code values}. */
    static Object make(PyType t, Object... values) {
        return Abstract.call(t, PyTuple.of(values));
    }
}
