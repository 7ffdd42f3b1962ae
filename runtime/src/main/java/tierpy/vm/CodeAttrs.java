package tierpy.vm;

import java.util.ArrayList;
import java.util.List;

import tierpy.code.CodeObject;
import tierpy.objects.Abstract;
import tierpy.objects.CmpOp;
import tierpy.objects.Descriptors.BuiltinFunction;
import tierpy.objects.Descriptors.MethodDescr;
import tierpy.objects.Exceptions;
import tierpy.objects.Py;
import tierpy.objects.PyBytes;
import tierpy.objects.PyList;
import tierpy.objects.PyTuple;

/** Mirrors Objects/codeobject.c: code_getsetlist, code_memberlist, code_replace, code_richcompare, code_hash. */
final class CodeAttrs {
    private CodeAttrs() {}

    static Object get(Object o, String name) {
        PyCode c = (PyCode) o;
        CodeObject co = c.co;
        return switch (name) {
            case "co_name" -> co.name;
            case "co_qualname" -> co.qualname;
            case "co_filename" -> co.filename;
            case "co_firstlineno" -> (long) co.firstlineno;
            case "co_flags" -> (long) co.flags;
            case "co_argcount" -> (long) co.argcount;
            case "co_consts" -> PyTuple.of(c.consts);
            case "co_names" -> PyTuple.of((Object[]) c.names);
            case "co_varnames" -> PyTuple.of(co.varnames().toArray());
            case "co_cellvars" -> PyTuple.of(co.cellvars().toArray());
            case "co_freevars" -> PyTuple.of(co.freevars().toArray());
            case "co_nlocals" -> (long) co.nlocals();
            case "co_posonlyargcount" -> (long) co.posonlyargcount;
            case "co_kwonlyargcount" -> (long) co.kwonlyargcount;
            case "co_stacksize" -> (long) co.stacksize;
            // co_code is the deoptimized bytecode with zeroed caches: what the compiler emitted.
            case "co_code" -> PyBytes.bytes(co.code.clone());
            case "co_linetable" -> PyBytes.bytes(co.linetable.clone());
            case "co_exceptiontable" -> PyBytes.bytes(co.exceptiontable.clone());
            case "co_lnotab" -> {
                Exceptions.warn(Exceptions.DeprecationWarning, "co_lnotab is deprecated, use co_lines instead.", 1);
                yield PyBytes.bytes(co.lnotab());
            }
            case "co_lines" -> new BuiltinFunction("co_lines", (self, a, off, n, kw) -> lines(co));
            case "co_positions" -> new BuiltinFunction("co_positions", (self, a, off, n, kw) -> positions(co));
            default -> VmTypes.inherited(o, name);
        };
    }

    private static Object orNone(int v) {
        return v < 0 ? Py.None : (Object) (long) v;
    }

    private static Object lines(CodeObject co) {
        PyList out = new PyList();
        for (CodeObject.LineRange r : co.lines()) out.append(PyTuple.of((long) r.start(), (long) r.end(), orNone(r.line())));
        return Abstract.iter(out);
    }

    private static Object positions(CodeObject co) {
        PyList out = new PyList();
        for (CodeObject.Position p : co.positions()) {
            out.append(PyTuple.of(orNone(p.lineno()), orNone(p.endLineno()), orNone(p.colOffset()),
                    orNone(p.endColOffset())));
        }
        return Abstract.iter(out);
    }

    /** The methods on the type, so copy.replace finds __replace__ there. */
    static void defineMethods() {
        for (String name : new String[] {"replace", "__replace__"}) {
            MethodDescr.define(VmTypes.CODE, name, (self, a, off, n, kw) -> replace((PyCode) self, n, kw, a, off));
        }
    }

    /** code.replace(**changes): a fresh code object, quickened anew, so no specialization carries over. */
    private static Object replace(PyCode c, int nargs, String[] kwnames, Object[] a, int off) {
        if (nargs > 0) throw Exceptions.typeError("replace() takes no positional arguments");
        CodeObject co = c.co;
        String name = co.name, qualname = co.qualname, filename = co.filename;
        int firstlineno = co.firstlineno, flags = co.flags, stacksize = co.stacksize;
        Object[] consts = c.consts;
        List<String> names = co.names;
        byte[] linetable = co.linetable, exceptiontable = co.exceptiontable;
        int nkw = kwnames == null ? 0 : kwnames.length;
        for (int k = 0; k < nkw; k++) {
            Object v = a[off + nargs + k];
            switch (kwnames[k]) {
                case "co_name" -> name = str("co_name", v);
                case "co_qualname" -> qualname = str("co_qualname", v);
                case "co_filename" -> filename = str("co_filename", v);
                case "co_firstlineno" -> firstlineno = (int) Abstract.asIndex(v);
                case "co_flags" -> flags = (int) Abstract.asIndex(v);
                case "co_stacksize" -> stacksize = (int) Abstract.asIndex(v);
                case "co_consts" -> consts = items(tuple("co_consts", v));
                case "co_names" -> names = strings(tuple("co_names", v));
                case "co_linetable" -> linetable = bytes("co_linetable", v);
                case "co_exceptiontable" -> exceptiontable = bytes("co_exceptiontable", v);
                default -> throw Exceptions.typeError("replace() got an unexpected keyword argument '" + kwnames[k] + "'");
            }
        }
        List<Object> compiledConsts = co.consts;
        if (consts != c.consts) {
            compiledConsts = new ArrayList<>(consts.length);
            for (Object v : consts) compiledConsts.add(Constants.toCompiled(v));
        }
        CodeObject copy = new CodeObject(filename, name, qualname, flags, co.argcount, co.posonlyargcount,
                co.kwonlyargcount, stacksize, firstlineno, co.code, compiledConsts, names, co.localsplusnames,
                co.localspluskinds, linetable, exceptiontable);
        return new PyCode(copy, consts);
    }

    private static String str(String arg, Object v) {
        if (v instanceof String s) return s;
        throw Exceptions.typeError("replace() argument '" + arg + "' must be str, not " + Py.type(v).name);
    }

    private static PyTuple tuple(String arg, Object v) {
        if (v instanceof PyTuple t) return t;
        throw Exceptions.typeError("replace() argument '" + arg + "' must be tuple, not " + Py.type(v).name);
    }

    private static byte[] bytes(String arg, Object v) {
        if (v instanceof PyBytes b && Py.type(v) == Py.BYTES) return b.toArray();
        throw Exceptions.typeError("replace() argument '" + arg + "' must be bytes, not " + Py.type(v).name);
    }

    private static Object[] items(PyTuple t) {
        Object[] out = new Object[t.size()];
        for (int i = 0; i < out.length; i++) out[i] = t.get(i);
        return out;
    }

    private static List<String> strings(PyTuple t) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            if (!(t.get(i) instanceof String s)) throw Exceptions.typeError("name tuples must contain only strings, not '"
                    + Py.type(t.get(i)).name + "'");
            out.add(s);
        }
        return out;
    }

    /** code_richcompare: equal when the compiled form and the constants are equal. */
    static Object compare(Object v, Object w, CmpOp op) {
        if (!(v instanceof PyCode a) || !(w instanceof PyCode b) || (op != CmpOp.EQ && op != CmpOp.NE)) {
            return Py.NotImplemented;
        }
        boolean eq = a == b || a.co.constantKey().equals(b.co.constantKey())
                && java.util.Arrays.equals(a.names, b.names)
                && Abstract.eq(PyTuple.of(a.consts), PyTuple.of(b.consts));
        return eq == (op == CmpOp.EQ);
    }

    static long hash(Object v) {
        PyCode c = (PyCode) v;
        return c.co.constantKey().hashCode() * 31L + Abstract.hash(PyTuple.of(c.consts));
    }
}
