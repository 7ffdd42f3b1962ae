package tierpy.modules;

import java.util.Map;

import tierpy.code.Opcodes;
import tierpy.code.StackEffects;
import tierpy.objects.Abstract;
import tierpy.objects.Descriptors.BuiltinFunction;
import tierpy.objects.Exceptions;
import tierpy.objects.Py;
import tierpy.objects.PyList;
import tierpy.objects.PyTuple;
import tierpy.vm.PyModule;

/**
 * Mirrors Modules/_opcode.c: the opcode metadata queries and {@code get_executor} (no Tier 2
 * executors exist yet, so every offset raises ValueError as CPython does for a code unit that is
 * not ENTER_EXECUTOR).
 */
@ModuleDef("_opcode")
public final class OpcodeModule {
    private OpcodeModule() {}

    static void init(PyModule m) {
        m.dict.setItem("ENABLE_SPECIALIZATION", Boolean.TRUE);
        m.dict.setItem("ENABLE_SPECIALIZATION_FT", Boolean.FALSE);
        Map<String, boolean[]> predicates = Map.of("has_arg", Opcodes.HAS_ARG, "has_const", Opcodes.HAS_CONST,
                "has_name", Opcodes.HAS_NAME, "has_jump", Opcodes.HAS_JUMP, "has_free", Opcodes.HAS_FREE,
                "has_local", Opcodes.HAS_LOCAL, "has_exc", Opcodes.HAS_EXC);
        for (Map.Entry<String, boolean[]> e : predicates.entrySet()) {
            boolean[] table = e.getValue();
            m.dict.setItem(e.getKey(), new BuiltinFunction(e.getKey(), (self, a, off, n, kw) -> {
                Args.noKeywords(e.getKey(), kw);
                if (n != 1) throw Modules.arityError(e.getKey(), 1, n);
                return in(table, a[off]);
            }));
        }
    }

    private static int opcode(Object op) {
        return (int) Abstract.asIndex(op);
    }

    private static boolean valid(int op) {
        return op >= 0 && op < Opcodes.OPNAME.length && Opcodes.OPNAME[op] != null;
    }

    private static boolean in(boolean[] table, Object op) {
        int o = opcode(op);
        return valid(o) && o < table.length && table[o];
    }

    @Function("is_valid")
    static Object isValid(Object op) {
        return valid(opcode(op));
    }

    /** stack_effect(opcode, oparg=None, /, *, jump=None): with jump None, the larger of both paths. */
    @Function("stack_effect")
    static Object stackEffect(Object[] a, int off, int n, String[] kw) {
        Object[] v = Args.parse("stack_effect", a, off, n, kw, 1, new String[] {"opcode", "oparg", "jump"},
                Py.None, Py.None);
        int op = opcode(v[0]);
        if (!valid(op)) throw Exceptions.valueError("invalid opcode or oparg");
        int oparg = 0;
        if (Opcodes.HAS_ARG[op]) {
            if (v[1] == Py.None) throw Exceptions.valueError("stack_effect: opcode requires oparg but oparg was not specified");
            oparg = (int) Abstract.asIndex(v[1]);
        } else if (v[1] != Py.None) {
            throw Exceptions.valueError("stack_effect: opcode does not permit oparg but oparg was specified");
        }
        if (v[2] != Py.None) return (long) StackEffects.net(op, oparg, Abstract.isTrue(v[2]));
        return (long) Math.max(StackEffects.net(op, oparg, true), StackEffects.net(op, oparg, false));
    }

    private static PyList strings(String[] names) {
        PyList out = new PyList();
        for (String s : names) out.append(s);
        return out;
    }

    @Function("get_intrinsic1_descs")
    static Object intrinsic1() {
        return strings(Opcodes.INTRINSIC_1);
    }

    @Function("get_intrinsic2_descs")
    static Object intrinsic2() {
        return strings(Opcodes.INTRINSIC_2);
    }

    @Function("get_special_method_names")
    static Object specialMethodNames() {
        return strings(Opcodes.SPECIAL_METHOD_NAMES);
    }

    @Function("get_nb_ops")
    static Object nbOps() {
        PyList out = new PyList();
        for (int i = 0; i < Opcodes.NB_OP_NAMES.length; i++) out.append(PyTuple.of(Opcodes.NB_OP_NAMES[i], Opcodes.NB_OP_SYMBOLS[i]));
        return out;
    }

    @Function("get_specialization_stats")
    static Object specializationStats() {
        return Py.None;
    }

    /** get_executor(code, offset): Tier 2 has no executors yet, so no offset holds ENTER_EXECUTOR. */
    @Function("get_executor")
    static Object getExecutor(Object code, Object offset) {
        if (!(code instanceof tierpy.vm.PyCode)) {
            throw Exceptions.typeError("expected a code object, not '" + Py.type(code).name + "'");
        }
        Abstract.asIndex(offset);
        throw Exceptions.valueError("no executor at given byte offset");
    }
}
