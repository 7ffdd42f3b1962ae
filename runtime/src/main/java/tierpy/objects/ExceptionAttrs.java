package tierpy.objects;

import java.util.ArrayList;
import java.util.List;

/**
 * Mirrors Objects/exceptions.c: the per-class parts of the hierarchy: KeyError_str,
 * StopIteration.value, SystemExit.code, ImportError/NameError keyword attributes, and
 * BaseExceptionGroup (BaseExceptionGroup_new's checks and ExceptionGroup promotion,
 * derive, split, subgroup, __str__).
 */
final class ExceptionAttrs {
    private ExceptionAttrs() {}

    static void install() {
        Exceptions.KeyError.str = v -> {
            Object sole = ((PyBaseException) v).soleArg();
            return sole != null ? Abstract.repr(sole) : Exceptions.BaseException.str.apply(v);
        };
        Def.getter(Exceptions.StopIteration, "value", v -> {
            PyTuple a = ((PyBaseException) v).args;
            return a.size() > 0 ? a.get(0) : Py.None;
        });
        Def.getter(Exceptions.SystemExit, "code", v -> {
            PyTuple a = ((PyBaseException) v).args;
            return a.size() == 0 ? Py.None : a.size() == 1 ? a.get(0) : a;
        });
        keywordInit(Exceptions.ImportError, "name", "path", "name_from");
        keywordInit(Exceptions.NameError, "name");
        keywordInit(Exceptions.AttributeError, "name", "obj");
        installGroups();
    }

    /** Exceptions whose __init__ takes keyword-only attributes (ImportError_init, NameError_init...). */
    private static void keywordInit(PyType t, String... names) {
        t.init = (self, a, off, n, kw) -> {
            PyBaseException e = (PyBaseException) self;
            e.args = PyTuple.copyOf(a, off, n);
            for (String name : names) if (e.getAttr(name) == null) e.setAttr(name, Py.None);
            for (int k = 0; kw != null && k < kw.length; k++) {
                if (!List.of(names).contains(kw[k])) {
                    throw Exceptions.typeError("'" + kw[k] + "' is an invalid keyword argument for " + t.name + "()");
                }
                e.setAttr(kw[k], a[off + n + k]);
            }
            if (t == Exceptions.ImportError) e.setAttr("msg", n == 1 ? a[off] : Py.None);
            return Py.None;
        };
    }

    // ---------------------------------------------------------------- exception groups

    static PyList exceptions(PyBaseException eg) {
        return eg.groupExceptions;
    }

    private static void installGroups() {
        PyType beg = Exceptions.BaseExceptionGroup;
        beg.tpNew = (type, a, off, n, kw) -> {
            if (kw != null && kw.length > 0) throw Exceptions.typeError(type.name + "() takes no keyword arguments");
            if (n != 2) {
                throw Exceptions.typeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (" + n + " given)");
            }
            if (!(a[off] instanceof String)) {
                throw Exceptions.typeError("argument 1 must be str, not " + Py.type(a[off]).name);
            }
            Object seq = a[off + 1];
            PyType st = Py.type(seq);
            if (st.getitem == null || st.isSubtype(Py.DICT) || st.isSubtype(Py.SET)) {
                throw Exceptions.typeError("second argument (exceptions) must be a sequence");
            }
            PyList excs = PyList.fromIterable(seq);
            if (excs.size() == 0) throw Exceptions.valueError("second argument (exceptions) must be a non-empty sequence");
            boolean allExceptions = true;
            for (int i = 0; i < excs.size(); i++) {
                Object e = excs.get(i);
                if (!(e instanceof PyBaseException)) {
                    throw Exceptions.valueError("Item " + i + " of second argument (exceptions) is not an exception");
                }
                allExceptions &= Py.type(e).isSubtype(Exceptions.Exception);
            }
            PyType cls = type;
            if (cls == beg) {
                if (allExceptions) cls = Exceptions.ExceptionGroup;
            } else if (cls == Exceptions.ExceptionGroup) {
                if (!allExceptions) throw Exceptions.typeError("Cannot nest BaseExceptions in an ExceptionGroup");
            } else if (!allExceptions && !cls.isSubtype(Exceptions.Exception)) {
                // a user subclass of BaseExceptionGroup may hold BaseExceptions
            } else if (!allExceptions) {
                throw Exceptions.typeError("Cannot nest BaseExceptions in '" + cls.name + "'");
            }
            PyBaseException eg = new PyBaseException(cls);
            eg.args = PyTuple.copyOf(a, off, n);
            eg.groupExceptions = excs;
            return eg;
        };
        beg.init = (self, a, off, n, kw) -> Py.None;
        beg.str = v -> {
            PyBaseException eg = (PyBaseException) v;
            int count = exceptions(eg).size();
            return Abstract.str(eg.args.get(0)) + " (" + count + " sub-exception" + (count == 1 ? "" : "s") + ")";
        };
        Def.getter(beg, "message", v -> ((PyBaseException) v).args.get(0));
        Def.getter(beg, "exceptions", v -> PyTuple.wrap(exceptions((PyBaseException) v).toArray()));
        Def.method1(beg, "derive", (self, excs) -> Abstract.call(Exceptions.BaseExceptionGroup,
                ((PyBaseException) self).args.get(0), excs));
        Def.method1(beg, "subgroup", (self, cond) -> {
            PyBaseException[] r = split((PyBaseException) self, matcher(cond), false);
            return r[0] == null ? Py.None : r[0];
        });
        Def.method1(beg, "split", (self, cond) -> {
            PyBaseException[] r = split((PyBaseException) self, matcher(cond), true);
            return PyTuple.of(r[0] == null ? Py.None : r[0], r[1] == null ? Py.None : r[1]);
        });
    }

    private interface Matcher { boolean test(PyBaseException e); }

    /** get_matcher_type: an exception type, a tuple of them, or a predicate. */
    private static Matcher matcher(Object cond) {
        if (cond instanceof PyType t && t.isSubtype(Exceptions.BaseException)) return e -> e.type.isSubtype(t);
        if (cond instanceof PyTuple tup) {
            for (int i = 0; i < tup.size(); i++) {
                if (!(tup.get(i) instanceof PyType t) || !t.isSubtype(Exceptions.BaseException)) {
                    throw Exceptions.typeError("expected an exception type, a tuple of exception types, or a callable (other than a class)");
                }
            }
            return e -> {
                for (int i = 0; i < tup.size(); i++) if (e.type.isSubtype((PyType) tup.get(i))) return true;
                return false;
            };
        }
        if (!(cond instanceof PyType) && Py.type(cond).call != null) return e -> Abstract.isTrue(Abstract.call(cond, e));
        throw Exceptions.typeError("expected an exception type, a tuple of exception types, or a callable (other than a class)");
    }

    /** exceptiongroup_split_recursive: {match, rest}, each null when empty. */
    private static PyBaseException[] split(PyBaseException eg, Matcher m, boolean wantRest) {
        if (m.test(eg)) return new PyBaseException[] {eg, null};
        PyList excs = exceptions(eg);
        if (excs == null) return new PyBaseException[] {null, eg};
        List<Object> match = new ArrayList<>(), rest = new ArrayList<>();
        for (int i = 0; i < excs.size(); i++) {
            PyBaseException e = (PyBaseException) excs.get(i);
            PyBaseException[] r = split(e, m, wantRest);
            if (r[0] != null) match.add(r[0]);
            if (r[1] != null) rest.add(r[1]);
        }
        return new PyBaseException[] {derived(eg, match), wantRest ? derived(eg, rest) : null};
    }

    private static PyBaseException derived(PyBaseException eg, List<Object> excs) {
        if (excs.isEmpty()) return null;
        Object r = Abstract.callMethodOrNull(eg, "derive", new PyList(excs));
        if (!(r instanceof PyBaseException d) || exceptions(d) == null) {
            throw Exceptions.typeError("derive must return an instance of BaseExceptionGroup");
        }
        d.traceback = eg.traceback;
        d.cause = eg.cause;
        d.context = eg.context;
        Object notes = eg.getAttr("__notes__");
        if (notes != null) d.setAttr("__notes__", notes);
        return d;
    }
}
