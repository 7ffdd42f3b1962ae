package tierpy.modules;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tierpy.code.CodeObject;
import tierpy.code.Dis;
import tierpy.code.Opcodes;
import tierpy.objects.Abstract;
import tierpy.objects.Exceptions;
import tierpy.objects.Py;
import tierpy.objects.PyBytes;
import tierpy.objects.PyDict;
import tierpy.objects.PyList;
import tierpy.objects.PyTuple;
import tierpy.parse.PySyntaxError;
import tierpy.vm.PyCode;
import tierpy.vm.PyFunction;
import tierpy.vm.PyGenerator;
import tierpy.vm.PyModule;

/**
 * Mirrors Lib/dis.py: the Java half of {@code dis}; all text comes from {@link Dis} (the one
 * formatter of this stage). The Python half, with dis.dis's dispatch, Instruction and Bytecode and
 * the opcode tables it takes from {@code opcode}, is the resource {@code tierpy/lib/dis.py}.
 */
@ModuleDef("dis")
public final class DisModule {
    private DisModule() {}

    static void init(PyModule m) {
        PyDict d = m.dict;
        PyDict flags = new PyDict();
        for (int bit = 0; bit < 31; bit++) {
            String pretty = Dis.prettyFlags(1 << bit);
            if (!pretty.startsWith("0x")) flags.setItem((long) (1 << bit), pretty);
        }
        d.setItem("COMPILER_FLAG_NAMES", flags);
        PythonSource.run("dis", m);
    }

    /** dis._get_code_object: the code of a function, method, generator, code object or source string. */
    @Function("_get_code_object")
    static Object codeObject(Object x) {
        Object func = x instanceof PyFunction ? null : Abstract.getattrOrNull(x, "__func__");
        if (func != null) x = func;
        if (x instanceof PyFunction f) return f.code;
        if (x instanceof PyGenerator g) return g.frame.code;
        if (x instanceof PyCode c) return c;
        if (x instanceof String source) return compileForDis(source, "<disassembly>");
        throw Exceptions.typeError("don't know how to disassemble " + Py.type(x).name + " objects");
    }

    /** dis._try_compile: an expression if the source is one, else statements. */
    @Function("_try_compile")
    static Object tryCompile(Object source, Object name) {
        return compileForDis(Abstract.str(source), Abstract.str(name));
    }

    private static PyCode compileForDis(String source, String name) {
        try {
            return new PyCode(tierpy.vm.Compile.compileInProgram(source, name, "eval", -1, false));
        } catch (PySyntaxError notAnExpression) {
            try {
                return new PyCode(tierpy.vm.Compile.compileInProgram(source, name, "exec", -1, false));
            } catch (PySyntaxError e) {
                throw CompileBuiltins.syntaxError(e);
            }
        }
    }

    private static CodeObject co(Object code) {
        if (code instanceof PyCode c) return c.co;
        throw Exceptions.typeError("don't know how to disassemble " + Py.type(code).name + " objects");
    }

    private static Dis.Options options(Object caches, Object adaptive, Object offsets, Object positions, Object depth) {
        Integer d = depth == Py.None ? null : (int) Abstract.asIndex(depth);
        return new Dis.Options(Abstract.isTrue(caches), Abstract.isTrue(adaptive), Abstract.isTrue(offsets),
                Abstract.isTrue(positions), d);
    }

    /** The namespace dis.dis walks for a class or module, or None for anything else. */
    @Function("_namespace")
    static Object namespace(Object x) {
        if (x instanceof PyModule m) return m.dict;
        if (!(x instanceof tierpy.objects.PyType t)) return Py.None;
        PyDict d = new PyDict();
        for (Map.Entry<String, Object> e : t.dict.entrySet()) d.setItem(e.getKey(), e.getValue());
        return d;
    }

    /** The text of dis.dis(code, ...) (recursing into nested code objects). */
    @Function("_dis_text")
    static Object disText(Object[] a, int off, int n, String[] kw) {
        Object[] v = Args.parse("_dis_text", a, off, n, kw, 6,
                new String[] {"code", "show_caches", "adaptive", "show_offsets", "show_positions", "depth"});
        return Dis.dis(co(v[0]), options(v[1], v[2], v[3], v[4], v[5]));
    }

    /** The text of dis.disassemble(code, lasti, ...) (one code object). */
    @Function("_disassemble_text")
    static Object disassembleText(Object[] a, int off, int n, String[] kw) {
        Object[] v = Args.parse("_disassemble_text", a, off, n, kw, 6,
                new String[] {"code", "lasti", "show_caches", "adaptive", "show_offsets", "show_positions"});
        StringBuilder out = new StringBuilder();
        Dis.disassemble(co(v[0]), options(v[2], v[3], v[4], v[5], Py.None), (int) Abstract.asIndex(v[1]), out);
        return out.toString();
    }

    /** The fields of each dis.Instruction, as tuples in Instruction's field order. */
    @Function("_instruction_fields")
    static Object instructionFields(Object code, Object adaptive) {
        PyCode py = (PyCode) codeObject(code);
        PyList out = new PyList();
        for (Dis.Instruction i : Dis.getInstructions(py.co, Abstract.isTrue(adaptive))) {
            Object caches = Py.None;
            if (i.cacheInfo() != null) {
                PyList list = new PyList();
                for (Dis.CacheInfo c : i.cacheInfo()) list.append(PyTuple.of(c.name(), (long) c.size(), PyBytes.bytes(c.data())));
                caches = list;
            }
            CodeObject.Position p = i.positions();
            out.append(PyTuple.of(i.opname(), (long) i.opcode(), optional(i.arg()), argval(py, i.argval()), i.argrepr(),
                    (long) i.offset(), (long) i.startOffset(), i.startsLine(), optional(i.lineNumber()),
                    optional(i.label()), PyTuple.of(position(p.lineno()), position(p.endLineno()),
                            position(p.colOffset()), position(p.endColOffset())), caches));
        }
        return out;
    }

    private static Object optional(Integer v) {
        return v == null ? Py.None : (Object) (long) v;
    }

    private static Object position(int v) {
        return v < 0 ? Py.None : (Object) (long) v;
    }

    /** An argval as a Python value: constants are the code object's own runtime constants. */
    private static Object argval(PyCode code, Object v) {
        if (v == null) return Py.None;
        for (int i = 0; i < code.co.consts.size(); i++) if (code.co.consts.get(i) == v) return code.consts[i];
        if (v instanceof Integer x) return (long) x;
        if (v instanceof String || v instanceof Boolean || v instanceof Long) return v;
        return AstNodes.constantToObject(v);
    }

    @Function("_code_info")
    static Object codeInfo(Object x) {
        return Dis.codeInfo(co(codeObject(x)));
    }

    @Function
    static Object findlinestarts(Object code) {
        PyList out = new PyList();
        for (Map.Entry<Integer, Integer> e : Dis.findLineStarts(co(code)).entrySet()) {
            out.append(PyTuple.of((long) e.getKey(), e.getValue() < 0 ? Py.None : (Object) (long) e.getValue()));
        }
        return Abstract.iter(out);
    }

    @Function
    static Object findlabels(Object code) {
        if (!(code instanceof PyBytes b)) throw Exceptions.typeError("a bytes-like object is required, not '" + Py.type(code).name + "'");
        PyList out = new PyList();
        for (int label : Dis.findLabels(b.toArray())) out.append((long) label);
        return out;
    }
}
