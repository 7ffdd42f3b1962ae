package tierpy.modules;

import java.util.ArrayList;
import java.util.List;

import tierpy.modules.BuiltinTypes.Enumerate;
import tierpy.modules.BuiltinTypes.Filter;
import tierpy.modules.BuiltinTypes.MapIterator;
import tierpy.modules.BuiltinTypes.Reversed;
import tierpy.modules.BuiltinTypes.Super;
import tierpy.modules.BuiltinTypes.Zip;
import tierpy.objects.Abstract;
import tierpy.objects.CmpOp;
import tierpy.objects.Descriptors.BuiltinFunction;
import tierpy.objects.Exceptions;
import tierpy.objects.Py;
import tierpy.objects.PyBytes;
import tierpy.objects.PyDict;
import tierpy.objects.PyException;
import tierpy.objects.PyInstance;
import tierpy.objects.PyList;
import tierpy.objects.PyTuple;
import tierpy.objects.PyType;
import tierpy.objects.Strs;
import tierpy.objects.UnionType;
import tierpy.vm.Calls;
import tierpy.vm.Frame;
import tierpy.vm.Imports;
import tierpy.vm.PyCell;
import tierpy.vm.PyFunction;
import tierpy.objects.Wrappers;
import tierpy.vm.PyCode;
import tierpy.vm.PyModule;
import tierpy.vm.Runner;
import tierpy.vm.VmTypes;
import tierpy.vm.ThreadState;

/** Mirrors Python/bltinmodule.c: the builtins module. */
@ModuleDef("builtins")
public final class Builtins {
    private Builtins() {}

    static void init(PyModule m) {
        PyDict d = m.dict;
        for (PyType t : new PyType[] {Py.OBJECT, Py.TYPE, Py.INT, Py.BOOL, Py.FLOAT, Py.COMPLEX, Py.STR, Py.BYTES, Py.BYTEARRAY, Py.LIST,
                Py.TUPLE, Py.DICT, Py.SET, Py.FROZENSET, Py.RANGE, Py.SLICE}) {
            d.setItem(t.name, t);
        }
        for (PyType t : Exceptions.ALL) d.setItem(t.name, t);
        for (PyType t : new PyType[] {BuiltinTypes.ENUMERATE, BuiltinTypes.ZIP, BuiltinTypes.MAP, BuiltinTypes.FILTER,
                BuiltinTypes.REVERSED, Py.PROPERTY, Py.CLASSMETHOD, Py.STATICMETHOD, BuiltinTypes.SUPER}) {
            d.setItem(t.name, t);
        }
        d.setItem("None", Py.None);
        d.setItem("Ellipsis", Py.Ellipsis);
        d.setItem("NotImplemented", Py.NotImplemented);
        d.setItem("True", Boolean.TRUE);
        d.setItem("False", Boolean.FALSE);
        d.setItem("__debug__", Boolean.TRUE);
        installTypeSlots();
        CompileBuiltins.install(d);
        d.setItem("EnvironmentError", Exceptions.OSError);
        d.setItem("IOError", Exceptions.OSError);
        d.setItem("memoryview", tierpy.objects.PyMemoryView.TYPE);
        SiteBuiltins.install(d);
    }

    /**
     * Objects/enumobject.c: enum_vectorcall parses by hand: the keywords must be exactly the
     * parameters not given by position (either order for two).
     */
    private static Object enumerate(Object[] a, int off, int n, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        if (n + nkw == 2) {
            if (nkw == 2 && kw[0].equals("start")) {
                enumerateKeyword(kw[1], "iterable");
                return new Enumerate(a[off + 1], a[off]);
            }
            if (nkw == 2) enumerateKeyword(kw[0], "iterable");
            if (nkw >= 1) enumerateKeyword(kw[nkw - 1], "start");
            return new Enumerate(a[off], a[off + 1]);
        }
        if (n + nkw == 1) {
            if (nkw == 1) enumerateKeyword(kw[0], "iterable");
            return new Enumerate(a[off], 0L);
        }
        if (n == 0) throw Exceptions.typeError("enumerate() missing required argument 'iterable'");
        throw Exceptions.typeError("enumerate() takes at most 2 arguments (" + (n + nkw) + " given)");
    }

    private static void enumerateKeyword(String given, String expected) {
        if (!given.equals(expected)) {
            throw Exceptions.typeError("'" + given + "' is an invalid keyword argument for enumerate()");
        }
    }

    private static void installTypeSlots() {
        VmTypes.FUNCTION.tpNew = (c, a, off, n, kw) -> newFunction(Args.parse("function", a, off, n, kw, 2,
                new String[] {"code", "globals", "name", "argdefs", "closure", "kwdefaults"}, Py.None, Py.None, Py.None, Py.None));
        BuiltinTypes.ENUMERATE.tpNew = (c, a, off, n, kw) -> enumerate(a, off, n, kw);
        BuiltinTypes.ZIP.tpNew = (c, a, off, n, kw) -> {
            boolean strict = false;
            if (kw != null) {
                for (int i = 0; i < kw.length; i++) {
                    if (!kw[i].equals("strict")) throw Exceptions.unexpectedKeyword("zip", kw[i], "strict");
                    strict = Abstract.isTrue(a[off + n + i]);
                }
            }
            Object[] its = new Object[n];
            System.arraycopy(a, off, its, 0, n);
            return new Zip(its, strict);
        };
        BuiltinTypes.MAP.tpNew = (c, a, off, n, kw) -> {
            Args.noKeywords("map", kw);
            if (n < 2) throw Exceptions.typeError("map() must have at least two arguments.");
            Object[] its = new Object[n - 1];
            System.arraycopy(a, off + 1, its, 0, n - 1);
            return new MapIterator(a[off], its);
        };
        BuiltinTypes.FILTER.tpNew = (c, a, off, n, kw) -> {
            Args.noKeywords("filter", kw);
            if (n != 2) throw Exceptions.typeError("filter expected 2 arguments, got " + n);
            return new Filter(a[off], a[off + 1]);
        };
        BuiltinTypes.REVERSED.tpNew = (c, a, off, n, kw) -> {
            Args.noKeywords("reversed", kw);
            if (n != 1) throw Exceptions.typeError("reversed expected 1 argument, got " + n);
            Object seq = a[off];
            Object hook = Abstract.lookupSpecial(seq, "__reversed__");
            if (hook != null && hook != Py.None) return Abstract.callBound(hook, seq);
            if (hook == Py.None || Py.type(seq).getitem == null || Py.type(seq).len == null || seq instanceof PyDict) {
                throw Exceptions.typeError("'" + Py.type(seq).name + "' object is not reversible");
            }
            return new Reversed(seq);
        };
        PyType sup = BuiltinTypes.SUPER;
        sup.tpNew = (c, a, off, n, kw) -> {
            if (n == 0) return zeroArgSuper();
            if (!(a[off] instanceof PyType start)) {
                throw Exceptions.typeError("super() argument 1 must be a type, not " + Py.type(a[off]).name);
            }
            return new Super(start, n == 1 ? null : a[off + 1]);
        };
        sup.getattro = Builtins::superGetattr;
        sup.repr = o -> {
            Super s = (Super) o;
            return "<super: <class '" + s.start.name + "'>, " + (s.objType == null ? "NULL>" : "<" + s.objType.name + " object>>");
        };
    }

    /** super_getattro: the attribute from the classes after {@code start} in the MRO of the object's type. */
    private static Object superGetattr(Object o, String name) {
        Super s = (Super) o;
        if (name.equals("__class__")) return BuiltinTypes.SUPER;
        if (s.objType != null) {
            PyType[] mro = s.objType.mro;
            int i = 0;
            while (i < mro.length && mro[i] != s.start) i++;
            for (i++; i < mro.length; i++) {
                Object v = mro[i].dict.get(name);
                if (v == null) continue;
                PyType vt = Py.type(v);
                if (vt.descrGet == null) return v;
                return vt.descrGet.get(v, s.obj == s.objType ? null : s.obj, s.objType);
            }
        }
        switch (name) {
            case "__thisclass__": return s.start;
            case "__self__": return s.obj == null ? Py.None : s.obj;
            case "__self_class__": return s.objType == null ? Py.None : s.objType;
            default:
                Object v = Py.OBJECT.getattro.get(o, name);
                if (v != null) return v;
        }
        throw Exceptions.attributeError("'super' object has no attribute '" + name + "'", name, o);
    }

    /** super() in a method: __class__ from the cell and the first argument of the calling frame. */
    private static Object zeroArgSuper() {
        Frame f = ThreadState.current().frame;
        if (f == null || f.code.co.argcount == 0) throw Exceptions.runtimeError("super(): no arguments");
        Object self = f.localsplus[0];
        if (self instanceof PyCell cell) self = cell.ref;
        if (self == null) throw Exceptions.runtimeError("super(): arg[0] deleted");
        List<String> names = f.code.co.localsplusnames;
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).equals("__class__") && f.localsplus[i] instanceof PyCell cell) {
                if (!(cell.ref instanceof PyType start)) throw Exceptions.runtimeError("super(): empty __class__ cell");
                return new Super(start, self);
            }
        }
        throw Exceptions.runtimeError("super(): __class__ cell not found");
    }

    /** Prints through sys.stdout unless {@code file} is given. */
    @Function
    static Object print(Object[] a, int off, int n, String[] kw) {
        Object sep = Py.None, end = Py.None, file = Py.None, flush = Boolean.FALSE;
        if (kw != null) {
            for (int i = 0; i < kw.length; i++) {
                Object v = a[off + n + i];
                switch (kw[i]) {
                    case "sep" -> sep = v;
                    case "end" -> end = v;
                    case "file" -> file = v;
                    case "flush" -> flush = v;
                    default -> throw Exceptions.unexpectedKeyword("print", kw[i], "sep", "end", "file", "flush");
                }
            }
        }
        String s = sep == Py.None ? " " : Strs.value(sep);
        if (s == null) throw Exceptions.typeError("sep must be None or a string, not " + Py.type(sep).name);
        String e = end == Py.None ? "\n" : Strs.value(end);
        if (e == null) throw Exceptions.typeError("end must be None or a string, not " + Py.type(end).name);
        if (file == Py.None) file = Imports.sysAttrOrNull("stdout");
        if (file == null || file == Py.None) return Py.None;
        if (file instanceof PyTextStream stream) {
            // one write of the whole line; what came before a failing str() is still printed
            StringBuilder b = new StringBuilder();
            try {
                for (int i = 0; i < n; i++) {
                    if (i > 0) b.append(s);
                    b.append(Abstract.str(a[off + i]));
                }
                b.append(e);
            } finally {
                stream.write(b.toString());
            }
            if (Abstract.isTrue(flush)) stream.flush();
        } else {
            // PyFile_WriteObject per piece: any file-like object sees each write
            Object write = Abstract.getattr(file, "write");
            for (int i = 0; i < n; i++) {
                if (i > 0) Abstract.call(write, s);
                Abstract.call(write, Abstract.str(a[off + i]));
            }
            Abstract.call(write, e);
            if (Abstract.isTrue(flush)) Abstract.call(Abstract.getattr(file, "flush"));
        }
        return Py.None;
    }

    @Function
    static Object len(Object o) {
        return Abstract.len(o);
    }

    @Function
    static Object repr(Object o) {
        return Abstract.repr(o);
    }

    @Function
    static Object ascii(Object o) {
        return Abstract.ascii(o);
    }

    @Function
    static Object abs(Object o) {
        return Abstract.abs(o);
    }

    /** func_new: types.FunctionType(code, globals, name=None, argdefs=None, closure=None, kwdefaults=None). */
    private static PyFunction newFunction(Object[] v) {
        if (!(v[0] instanceof PyCode code)) throw Exceptions.typeError("function() argument 'code' must be code, not " + Py.type(v[0]).name);
        if (!(v[1] instanceof PyDict globals)) throw Exceptions.typeError("function() argument 'globals' must be dict, not " + Py.type(v[1]).name);
        Object b = globals.getItemOrNull("__builtins__");
        PyDict builtins = b instanceof PyModule m ? m.dict : b instanceof PyDict d ? d : Runner.builtins();
        PyFunction fn = new PyFunction(code, globals, builtins);
        if (v[2] instanceof String name) fn.name = name;
        else if (v[2] != Py.None) throw Exceptions.typeError("arg 3 (name) must be None or string");
        if (v[3] instanceof PyTuple defaults) fn.defaults = PyFunction.items(defaults);
        else if (v[3] != Py.None) throw Exceptions.typeError("arg 4 (defaults) must be None or tuple");
        int free = code.co.freevars().size();
        if (v[4] instanceof PyTuple closure) fn.closure = PyFunction.items(closure);
        else if (v[4] != Py.None) throw Exceptions.typeError("arg 5 (closure) must be tuple");
        int given = fn.closure == null ? 0 : fn.closure.length;
        if (given != free) throw Exceptions.valueError(code.co.name + " requires closure of length " + free + ", not " + given);
        if (v[5] instanceof PyDict kwdefaults) fn.kwdefaults = kwdefaults;
        else if (v[5] != Py.None) throw Exceptions.typeError("arg 6 (kwdefaults) must be None or dict");
        return fn;
    }

    @Function
    static Object isinstance(Object o, Object cls) {
        return Py.bool(Abstract.isinstance(o, cls));
    }

    @Function
    static Object issubclass(Object c, Object cls) {
        return Py.bool(Abstract.issubclass(c, cls));
    }

    @Function
    static Object iter(Object[] a, int off, int n, String[] kw) {
        Args.noKeywords("iter", kw);
        if (n == 1) return Abstract.iter(a[off]);
        if (n == 2) {
            if (Py.type(a[off]).call == null) throw Exceptions.typeError("iter(v, w): v must be callable");
            return new BuiltinTypes.CallIterator(a[off], a[off + 1]);
        }
        throw Exceptions.typeError("iter expected " + (n == 0 ? "at least 1 argument, got 0" : "at most 2 arguments, got " + n));
    }

    @Function
    static Object next(Object[] a, int off, int n, String[] kw) {
        Args.noKeywords("next", kw);
        if (n < 1 || n > 2) throw Exceptions.typeError("next expected " + (n < 1 ? "at least 1 argument, got " : "at most 2 arguments, got ") + n);
        Object it = a[off];
        if (Py.type(it).next == null) throw Exceptions.typeError("'" + Py.type(it).name + "' object is not an iterator");
        Object v;
        try {
            // a generator's return value travels in the StopIteration, as gen_iternext's does
            if (it instanceof tierpy.vm.PyGenerator g && g.type == tierpy.vm.VmTypes.GENERATOR) return g.send(Py.None);
            v = Abstract.next(it);
        } catch (PyException e) {
            if (n == 2 && e.matches(Exceptions.StopIteration)) return a[off + 1];
            throw e;
        }
        if (v != null) return v;
        if (n == 2) return a[off + 1];
        throw Exceptions.raise(Exceptions.StopIteration);
    }

    @Function
    static Object getattr(Object[] a, int off, int n, String[] kw) {
        Args.noKeywords("getattr", kw);
        if (n < 2 || n > 3) throw Exceptions.typeError("getattr expected " + (n < 2 ? "at least 2 arguments, got " : "at most 3 arguments, got ") + n);
        if (!(a[off + 1] instanceof String name)) {
            throw Exceptions.typeError("attribute name must be string, not '" + Py.type(a[off + 1]).name + "'");
        }
        if (n == 2) return Abstract.getattr(a[off], name);
        try {
            return Abstract.getattr(a[off], name);
        } catch (PyException e) {
            if (!e.matches(Exceptions.AttributeError)) throw e;
            return a[off + 2];
        }
    }

    @Function
    static Object setattr(Object o, Object name, Object value) {
        Abstract.setattr(o, attrName(name), value);
        return Py.None;
    }

    @Function
    static Object delattr(Object o, Object name) {
        Abstract.delattr(o, attrName(name));
        return Py.None;
    }

    @Function
    static Object hasattr(Object o, Object name) {
        try {
            Abstract.getattr(o, attrName(name));
            return true;
        } catch (PyException e) {
            if (e.matches(Exceptions.AttributeError)) return false;
            throw e;
        }
    }

    private static String attrName(Object name) {
        if (name instanceof String s) return s;
        throw Exceptions.typeError("attribute name must be string, not '" + Py.type(name).name + "'");
    }

    @Function
    static Object id(Object o) {
        return (long) System.identityHashCode(o);
    }

    @Function
    static Object hash(Object o) {
        return Abstract.hash(o);
    }

    @Function
    static Object callable(Object o) {
        return Py.type(o).call != null;
    }

    @Function
    static Object chr(Object i) {
        long c = Abstract.asSsize(i, false);  // a huge int is as out of range as any other
        if (c < 0 || c > 0x10FFFF) throw Exceptions.valueError("chr() arg not in range(0x110000)");
        return new String(Character.toChars((int) c));
    }

    @Function
    static Object ord(Object s) {
        String str = Strs.value(s);
        if (str == null) {
            // bytes and bytearray (not other buffers) of length 1 give their byte
            byte[] b = Py.type(s).isSubtype(Py.BYTES) || Py.type(s).isSubtype(Py.BYTEARRAY) ? PyBytes.bytesOrNull(s) : null;
            if (b == null) throw Exceptions.typeError("ord() expected string of length 1, but " + Py.type(s).name + " found");
            if (b.length == 1) return (long) (b[0] & 0xff);
            str = new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        if (str.codePointCount(0, str.length()) != 1) {
            throw Exceptions.typeError("ord() expected a character, but string of length "
                    + str.codePointCount(0, str.length()) + " found");
        }
        return (long) str.codePointAt(0);
    }

    @Function
    static Object format(Object[] a, int off, int n, String[] kw) {
        // format(value, format_spec='', /): Argument Clinic's positional-only checks
        Args.noKeywords("format", kw);
        if (n < 1) throw Exceptions.typeError("format expected at least 1 argument, got " + n);
        if (n > 2) throw Exceptions.typeError("format expected at most 2 arguments, got " + n);
        Object spec = n > 1 ? a[off + 1] : "";
        if (spec instanceof PyInstance i && i.payload instanceof String s) spec = s;
        if (!(spec instanceof String s)) {
            // _PyArg_BadArgument names None by its value
            throw Exceptions.typeError("format() argument 2 must be str, not "
                    + (spec == Py.None ? "None" : Py.type(spec).name));
        }
        return Abstract.format(a[off], s);
    }

    @Function
    static Object divmod(Object x, Object y) {
        return Abstract.divmod(x, y);
    }

    @Function
    static Object pow(Object[] a, int off, int n, String[] kw) {
        Object[] v = Args.parse("pow", a, off, n, kw, 2, new String[] {"base", "exp", "mod"}, Py.None);
        return v[2] == Py.None ? Abstract.pow(v[0], v[1]) : Abstract.pow(v[0], v[1], v[2]);
    }

    @Function
    static Object round(Object[] a, int off, int n, String[] kw) {
        Object[] v = Args.parse("round", a, off, n, kw, 1, new String[] {"number", "ndigits"}, Py.None);
        Object hook = Abstract.lookupSpecial(v[0], "__round__");
        if (hook == null) throw Exceptions.typeError("type " + Py.type(v[0]).name + " doesn't define __round__ method");
        return v[1] == Py.None ? Abstract.callBound(hook, v[0]) : Abstract.callBound(hook, v[0], v[1]);
    }

    @Function
    static Object hex(Object o) {
        return Abstract.format(Abstract.index(o), "#x");
    }

    @Function
    static Object oct(Object o) {
        return Abstract.format(Abstract.index(o), "#o");
    }

    @Function
    static Object bin(Object o) {
        return Abstract.format(Abstract.index(o), "#b");
    }

    @Function
    static Object any(Object iterable) {
        Object it = Abstract.iter(iterable);
        for (Object x; (x = Abstract.next(it)) != null; ) {
            if (Abstract.isTrue(x)) return true;
        }
        return false;
    }

    @Function
    static Object all(Object iterable) {
        Object it = Abstract.iter(iterable);
        for (Object x; (x = Abstract.next(it)) != null; ) {
            if (!Abstract.isTrue(x)) return false;
        }
        return true;
    }

    @Function
    static Object sum(Object[] a, int off, int n, String[] kw) {
        Object[] v = Args.parse("sum", a, off, n, kw, 1, new String[] {"iterable", "/", "start"}, 0L);
        Object start = v[1];
        if (start instanceof String) throw Exceptions.typeError("sum() can't sum strings [use ''.join(seq) instead]");
        if (start instanceof PyBytes b) {
            throw Exceptions.typeError("sum() can't sum " + Py.type(b).name + " [use b''.join(seq) instead]");
        }
        Object total = start;
        Object it = Abstract.iter(v[0]);
        ThreadState ts = ThreadState.current();
        Object x = Abstract.next(it);
        while (x != null) {
            if (total instanceof Double d) {
                // a float total is summed with Neumaier's compensation while the items are floats or small ints
                double f = d, c = 0.0;
                for (; x != null; x = Abstract.next(it)) {
                    if (x instanceof Double item) {
                        double t = f + item;
                        c += Math.abs(f) >= Math.abs(item) ? (f - t) + item : (item - t) + f;
                        f = t;
                    } else if (x instanceof Long || x instanceof Boolean) {
                        f += (double) (x instanceof Long l ? l : (Boolean) x ? 1L : 0L);
                    } else {
                        break;
                    }
                    if (ts.evalBreakerSet()) tierpy.vm.Interpreter.handlePending(ts);
                }
                if (c != 0.0 && Double.isFinite(c)) f += c;
                total = f;
                if (x == null) break;
            }
            total = Abstract.add(total, x);
            if (ts.evalBreakerSet()) tierpy.vm.Interpreter.handlePending(ts);
            x = Abstract.next(it);
        }
        return total;
    }

    @Function
    static Object sorted(Object[] a, int off, int n, String[] kw) {
        if (n != 1) throw Exceptions.typeError("sorted expected 1 argument, got " + n);
        Object key = Py.None;
        boolean reverse = false;
        if (kw != null) {
            for (int i = 0; i < kw.length; i++) {
                switch (kw[i]) {
                    case "key" -> key = a[off + n + i];
                    case "reverse" -> reverse = Abstract.isTrue(a[off + n + i]);
                    default -> throw Exceptions.unexpectedKeyword("sort", kw[i], "key", "reverse");
                }
            }
        }
        PyList list = PyList.fromIterable(a[off]);
        list.sort(key, reverse);
        return list;
    }

    @Function
    static Object min(Object[] a, int off, int n, String[] kw) {
        return minMax("min", a, off, n, kw, CmpOp.LT);
    }

    @Function
    static Object max(Object[] a, int off, int n, String[] kw) {
        return minMax("max", a, off, n, kw, CmpOp.GT);
    }

    /** min_max in bltinmodule.c. */
    private static Object minMax(String name, Object[] a, int off, int n, String[] kw, CmpOp op) {
        if (n == 0) throw Exceptions.typeError(name + " expected at least 1 argument, got 0");
        Object key = Py.None, dflt = null;
        if (kw != null) {
            for (int i = 0; i < kw.length; i++) {
                switch (kw[i]) {
                    case "key" -> key = a[off + n + i];
                    case "default" -> dflt = a[off + n + i];
                    default -> throw Exceptions.unexpectedKeyword(name, kw[i], "key", "default");
                }
            }
        }
        Object it;
        if (n == 1) {
            it = Abstract.iter(a[off]);
        } else {
            if (dflt != null) {
                throw Exceptions.typeError("Cannot specify a default for " + name + "() with multiple positional arguments");
            }
            it = Abstract.iter(PyTuple.copyOf(a, off, n));
        }
        Object best = null, bestKey = null;
        for (Object x; (x = Abstract.next(it)) != null; ) {
            Object k = key == Py.None ? x : Abstract.call(key, x);
            if (best == null || Abstract.compareBool(k, bestKey, op)) {
                best = x;
                bestKey = k;
            }
        }
        if (best != null) return best;
        if (dflt != null) return dflt;
        throw Exceptions.valueError(name + "() iterable argument is empty");
    }

    @Function
    static Object globals() {
        return ThreadState.current().frame.globals;
    }

    @Function
    static Object locals() {
        return ThreadState.current().frame.localsMapping();
    }

    @Function
    static Object vars(Object[] a, int off, int n, String[] kw) {
        tierpy.objects.Args.check("vars", n, kw, 0, 1);
        if (n == 0) return locals();
        try {
            return Abstract.getattr(a[off], "__dict__");
        } catch (PyException e) {
            if (!e.matches(Exceptions.AttributeError)) throw e;
            throw Exceptions.typeError("vars() argument must have __dict__ attribute");
        }
    }

    @Function("__import__")
    static Object importModule(Object[] a, int off, int n, String[] kw) {
        Object[] v = Args.parse("__import__", a, off, n, kw, 1, new String[] {"name", "globals", "locals", "fromlist", "level"},
                Py.None, Py.None, Py.None, 0L);
        if (!(v[0] instanceof String name)) throw Exceptions.typeError("module name must be a string");
        return Imports.importName(ThreadState.current().frame, name, v[3], (int) Abstract.asIndex(v[4]));
    }

    /** __build_class__(func, name, *bases, metaclass=None, **kwds): runs the class body, then the metaclass. */
    @Function
    static Object __build_class__(Object[] a, int off, int n, String[] kw) {
        if (n < 2) throw Exceptions.typeError("__build_class__: not enough arguments");
        if (!(a[off] instanceof PyFunction body)) throw Exceptions.typeError("__build_class__: func must be a function");
        if (!(a[off + 1] instanceof String name)) throw Exceptions.typeError("__build_class__: name is not a string");
        PyTuple origBases = PyTuple.copyOf(a, off + 2, n - 2);
        PyTuple bases = updateBases(origBases);
        Object meta = null;
        List<String> kwNames = new ArrayList<>();
        List<Object> kwValues = new ArrayList<>();
        if (kw != null) {
            for (int i = 0; i < kw.length; i++) {
                if (kw[i].equals("metaclass")) meta = a[off + n + i];
                else {
                    kwNames.add(kw[i]);
                    kwValues.add(a[off + n + i]);
                }
            }
        }
        if (meta == null) meta = bases.size() == 0 ? Py.TYPE : Py.type(bases.get(0));
        if (meta instanceof PyType mt) {
            PyType[] baseTypes = new PyType[bases.size()];
            for (int i = 0; i < baseTypes.length; i++) {
                if (bases.get(i) instanceof PyType bt) baseTypes[i] = bt;
                else baseTypes[i] = null;
            }
            if (java.util.Arrays.stream(baseTypes).allMatch(java.util.Objects::nonNull)) {
                meta = PyType.calculateMetaclass(mt, baseTypes);
            }
        }
        Object ns;
        Object prepare = Abstract.getattrOrNull(meta, "__prepare__");
        if (prepare != null) {
            Object[] args = new Object[2 + kwValues.size()];
            args[0] = name;
            args[1] = bases;
            for (int i = 0; i < kwValues.size(); i++) args[2 + i] = kwValues.get(i);
            ns = Abstract.vectorcall(prepare, args, 0, 2, kwNames.isEmpty() ? null : kwNames.toArray(new String[0]));
            if (Py.type(ns).getitem == null) {
                throw Exceptions.typeError((meta instanceof PyType mt ? mt.name : "<metaclass>")
                        + ".__prepare__() must return a mapping, not " + Py.type(ns).name);
            }
        } else {
            ns = new PyDict();
        }
        Object cell = Calls.runClassBody(body, ns);
        if (bases != origBases) Abstract.setitem(ns, "__orig_bases__", origBases);
        if (ns instanceof PyDict d) {
            // type_new makes these two implicit classmethods
            for (String implicit : new String[] {"__init_subclass__", "__class_getitem__"}) {
                if (d.getItemOrNull(implicit) instanceof PyFunction f) d.setItem(implicit, Abstract.call(Py.CLASSMETHOD, f));
            }
        }
        Object[] args = new Object[3 + kwValues.size()];
        args[0] = name;
        args[1] = bases;
        args[2] = ns;
        for (int i = 0; i < kwValues.size(); i++) args[3 + i] = kwValues.get(i);
        Object cls = Abstract.vectorcall(meta, args, 0, 3, kwNames.isEmpty() ? null : kwNames.toArray(new String[0]));
        if (cell instanceof PyCell c && c.ref == null) c.ref = cls;
        return cls;
    }

    /** update_bases: a base that is not a class may stand for others through __mro_entries__ (PEP 560). */
    private static PyTuple updateBases(PyTuple bases) {
        List<Object> out = null;
        for (int i = 0; i < bases.size(); i++) {
            Object base = bases.get(i);
            Object entries = base instanceof PyType ? null : Abstract.getattrOrNull(base, "__mro_entries__");
            if (entries == null) {
                if (out != null) out.add(base);
                continue;
            }
            if (out == null) {
                out = new ArrayList<>();
                for (int j = 0; j < i; j++) out.add(bases.get(j));
            }
            Object replacement = Abstract.call(entries, bases);
            if (!(replacement instanceof PyTuple t)) throw Exceptions.typeError("__mro_entries__ must return a tuple");
            for (int j = 0; j < t.size(); j++) out.add(t.get(j));
        }
        return out == null ? bases : PyTuple.of(out.toArray());
    }

    @Function
    static Object input(Object[] a, int off, int n, String[] kw) {
        tierpy.objects.Args.check("input", n, kw, 0, 1);
        Object in = Imports.sysAttrOrNull("stdin");
        if (in == null || in == Py.None) throw Exceptions.runtimeError("input(): lost sys.stdin");
        Object out = Imports.sysAttrOrNull("stdout");
        if (out == null || out == Py.None) throw Exceptions.runtimeError("input(): lost sys.stdout");
        if (n > 0) {
            Abstract.call(Abstract.getattr(out, "write"), Abstract.str(a[off]));
            Abstract.call(Abstract.getattr(out, "flush"));
        }
        if (in instanceof PyStdin) {
            String line = Input.readLine();
            if (line == null) throw Exceptions.raise(Exceptions.EOFError, "EOF when reading a line");
            return line;
        }
        // a replacement sys.stdin: PyFile_GetLine(fin, -1) reads through its readline()
        Object read = Abstract.call(Abstract.getattr(in, "readline"));
        String line = Strs.value(read);
        if (line == null) throw Exceptions.typeError("object.readline() returned non-string");
        if (line.isEmpty()) throw Exceptions.raise(Exceptions.EOFError, "EOF when reading a line");
        return line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
    }

    /** io.open: the file objects are written in Python (resources/tierpy/lib/io.py). */
    @Function
    static Object open(Object[] a, int off, int n, String[] kw) {
        return Abstract.vectorcall(Abstract.getattr(Imports.importModule("io"), "open"), a, off, n, kw);
    }

    /** builtin_dir: the caller's local names, or {@code type(o).__dir__(o)}, sorted. */
    @Function
    static Object dir(Object[] a, int off, int n, String[] kw) {
        Args.noKeywords("dir", kw);
        if (n > 1) throw Exceptions.typeError("dir expected at most 1 argument, got " + n);
        PyList names;
        if (n == 0) {
            names = PyList.fromIterable(locals());
        } else if (a[off] instanceof PyModule m) {
            // module_dir: the module's own __dir__ function if it defines one, else its namespace
            Object own = m.dict.getItemOrNull("__dir__");
            names = PyList.fromIterable(own != null ? Abstract.call(own) : m.dict);
        } else {
            Object hook = Abstract.lookupSpecial(a[off], "__dir__");
            if (hook == null) throw Exceptions.typeError("object does not provide __dir__");
            names = PyList.fromIterable(Abstract.callBound(hook, a[off]));
        }
        names.sort(null, false);
        return names;
    }

    @Function
    static Object aiter(Object iterable) {
        Object hook = Abstract.lookupSpecial(iterable, "__aiter__");
        if (hook == null) throw Exceptions.typeError("'" + Py.type(iterable).name + "' object is not an async iterable");
        Object it = Abstract.callBound(hook, iterable);
        if (Abstract.lookupSpecial(it, "__anext__") == null) {
            throw Exceptions.typeError("aiter() returned not an async iterator of type '" + Py.type(it).name + "'");
        }
        return it;
    }

    @Function
    static Object anext(Object[] a, int off, int n, String[] kw) {
        Args.noKeywords("anext", kw);
        if (n == 0 || n > 2) throw Exceptions.typeError("anext expected at " + (n == 0 ? "least 1 argument, got 0" : "most 2 arguments, got " + n));
        Object hook = Abstract.lookupSpecial(a[off], "__anext__");
        if (hook == null) throw Exceptions.typeError("'" + Py.type(a[off]).name + "' object is not an async iterator");
        if (n == 1) return Abstract.callBound(hook, a[off]);
        return new tierpy.vm.AnextAwaitable(Abstract.callBound(hook, a[off]), a[off + 1]);
    }

    /** breakpoint(): sys.breakpointhook, which is a no-op here (tierpy has no pdb). */
    @Function
    static Object breakpoint(Object[] a, int off, int n, String[] kw) {
        Object hook = Imports.sysAttrOrNull("breakpointhook");
        if (hook == null) throw Exceptions.runtimeError("lost sys.breakpointhook");
        return Abstract.vectorcall(hook, a, off, n, kw);
    }
}
