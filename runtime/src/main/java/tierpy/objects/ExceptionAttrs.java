package tierpy.objects;

import java.util.ArrayList;
import java.util.List;

/**
 * Mirrors Objects/exceptions.c: the per-class parts of the hierarchy: KeyError_str,
 * StopIteration.value, SystemExit.code, ImportError/NameError keyword attributes, and
 * BaseExceptionGroup (BaseExceptionGroup_new's checks and ExceptionGroup promotion,
 * derive, split, subgroup, __str__).
 */
public final class ExceptionAttrs {
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
        installOSError();
        installSyntaxError();
        for (PyType t : new PyType[] {Exceptions.UnicodeEncodeError, Exceptions.UnicodeDecodeError,
                Exceptions.UnicodeTranslateError}) {
            String action = t == Exceptions.UnicodeEncodeError ? "encode" : t == Exceptions.UnicodeDecodeError ? "decode"
                    : "translate";
            // PyArg_ParseTuple "UOnnU" ("UnnU" for translate, with encoding None)
            String[] names = action.equals("translate") ? new String[] {"object", "start", "end", "reason"}
                    : new String[] {"encoding", "object", "start", "end", "reason"};
            t.init = (self, a, off, n, kw) -> {
                Args.noKeywords(t.name, kw);
                if (n != names.length) {
                    throw Exceptions.typeError("function takes exactly " + names.length + " arguments (" + n + " given)");
                }
                PyBaseException e = (PyBaseException) self;
                e.args = PyTuple.copyOf(a, off, n);
                e.setAttr("encoding", Py.None);
                for (int i = 0; i < n; i++) {
                    Object v = a[off + i];
                    switch (names[i]) {
                        case "start", "end" -> Abstract.asSsize(v, true);
                        case "object" -> {
                            if (action.equals("decode")) v = PyBytes.bytes(PyBytes.buffer(v).toArray());
                            else if (Strs.value(v) == null) throw argumentType(i, "str", v);
                        }
                        default -> {
                            if (Strs.value(v) == null) throw argumentType(i, "str", v);
                        }
                    }
                    e.setAttr(names[i], v);
                }
                return Py.None;
            };
            t.str = v -> Codecs.unicodeErrorStr((PyBaseException) v, action);
        }
    }

    private static PyException argumentType(int index, String expected, Object got) {
        return Exceptions.typeError("argument " + (index + 1) + " must be " + expected + ", not " + Py.type(got).name);
    }

    /** Exceptions whose __init__ takes keyword-only attributes (ImportError_init, NameError_init...). */
    private static void keywordInit(PyType t, String... names) {
        t.init = (self, a, off, n, kw) -> {
            PyBaseException e = (PyBaseException) self;
            e.args = PyTuple.copyOf(a, off, n);
            for (String name : names) if (e.getAttr(name) == null) e.setAttr(name, Py.None);
            for (int k = 0; kw != null && k < kw.length; k++) {
                if (!List.of(names).contains(kw[k])) {
                    throw Exceptions.unexpectedKeyword(t.name, kw[k], names);
                }
                e.setAttr(kw[k], a[off + n + k]);
            }
            if (t == Exceptions.ImportError) e.setAttr("msg", n == 1 ? a[off] : Py.None);
            return Py.None;
        };
    }

    // ---------------------------------------------------------------- OSError

    /** errno -> subclass, as Objects/exceptions.c: _PyExc_InitState fills errnomap (Linux values). */
    private static PyType errnoSubclass(long errno) {
        return switch ((int) errno) {
            case 11, 114, 115 -> Exceptions.BlockingIOError;
            case 10 -> Exceptions.ChildProcessError;
            case 32, 108 -> Exceptions.BrokenPipeError;
            case 103 -> Exceptions.ConnectionAbortedError;
            case 111 -> Exceptions.ConnectionRefusedError;
            case 104 -> Exceptions.ConnectionResetError;
            case 17 -> Exceptions.FileExistsError;
            case 2 -> Exceptions.FileNotFoundError;
            case 21 -> Exceptions.IsADirectoryError;
            case 20 -> Exceptions.NotADirectoryError;
            case 4 -> Exceptions.InterruptedError;
            case 1, 13 -> Exceptions.PermissionError;
            case 3 -> Exceptions.ProcessLookupError;
            case 110 -> Exceptions.TimeoutError;
            default -> null;
        };
    }

    /** OSError_new/OSError_init: errno mapping, (errno, strerror[, filename[, winerror[, filename2]]]). */
    private static void installOSError() {
        PyType os = Exceptions.OSError;
        os.tpNew = (type, a, off, n, kw) -> {
            PyType cls = type;
            if (type == os && n >= 2 && a[off] instanceof Long errno) {
                PyType sub = errnoSubclass(errno);
                if (sub != null) cls = sub;
            }
            PyBaseException e = new PyBaseException(cls);
            e.args = PyTuple.copyOf(a, off, n);
            return e;
        };
        os.init = (self, a, off, n, kw) -> {
            Args.noKeywords(Py.type(self).name, kw);
            PyBaseException e = (PyBaseException) self;
            e.args = PyTuple.copyOf(a, off, n);
            boolean structured = n >= 2 && n <= 5;
            e.setAttr("errno", structured ? a[off] : Py.None);
            e.setAttr("strerror", structured ? a[off + 1] : Py.None);
            e.setAttr("filename", structured && n >= 3 ? a[off + 2] : Py.None);
            e.setAttr("filename2", structured && n == 5 ? a[off + 4] : Py.None);
            if (structured && n >= 3 && a[off + 2] != Py.None) e.args = PyTuple.copyOf(a, off, 2);
            return Py.None;
        };
        os.str = v -> {
            PyBaseException e = (PyBaseException) v;
            Object errno = e.getAttr("errno"), strerror = e.getAttr("strerror");
            Object filename = e.getAttr("filename"), filename2 = e.getAttr("filename2");
            if (filename != null && filename != Py.None) {
                String head = "[Errno " + Abstract.str(errno) + "] " + Abstract.str(strerror) + ": " + Abstract.repr(filename);
                return filename2 != null && filename2 != Py.None ? head + " -> " + Abstract.repr(filename2) : head;
            }
            if (errno != null && errno != Py.None && strerror != null && strerror != Py.None) {
                return "[Errno " + Abstract.str(errno) + "] " + Abstract.str(strerror);
            }
            return Exceptions.BaseException.str.apply(v);
        };
    }

    // ---------------------------------------------------------------- SyntaxError

    private static final String[] SYNTAX_FIELDS = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset",
            "_metadata"};

    /** SyntaxError_init (msg, (filename, lineno, offset, text[, end_lineno, end_offset])) and SyntaxError_str. */
    private static void installSyntaxError() {
        PyType t = Exceptions.SyntaxError;
        t.init = (self, a, off, n, kw) -> {
            Args.noKeywords(Py.type(self).name, kw);
            PyBaseException e = (PyBaseException) self;
            e.args = PyTuple.copyOf(a, off, n);
            e.setAttr("msg", n >= 1 ? a[off] : Py.None);
            for (String f : SYNTAX_FIELDS) e.setAttr(f, Py.None);
            e.setAttr("print_file_and_line", Py.None);
            if (n == 2) {
                PyTuple info = PyTuple.fromIterable(a[off + 1]);
                // PyArg_ParseTuple(info, "OOOO|OOO"): 3.14 added _metadata after end_offset
                if (info.size() < 4 || info.size() > SYNTAX_FIELDS.length) {
                    throw Exceptions.typeError("function takes at " + (info.size() < 4 ? "least 4" : "most "
                            + SYNTAX_FIELDS.length) + " arguments (" + info.size() + " given)");
                }
                for (int i = 0; i < info.size(); i++) e.setAttr(SYNTAX_FIELDS[i], info.get(i));
            }
            return Py.None;
        };
        t.str = v -> {
            PyBaseException e = (PyBaseException) v;
            Object msg = e.getAttr("msg"), filename = e.getAttr("filename"), lineno = e.getAttr("lineno");
            String m = Abstract.str(msg == null ? Py.None : msg);
            boolean haveLine = lineno instanceof Long;
            if (filename instanceof String f) {
                String base = f.substring(f.lastIndexOf('/') + 1);
                return m + " (" + base + (haveLine ? ", line " + lineno : "") + ")";
            }
            return haveLine ? m + " (line " + lineno + ")" : m;
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
                throw Exceptions.typeError("BaseExceptionGroup.__new__() argument 1 must be str, not " + Py.type(a[off]).name);
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

    /**
     * INTRINSIC_PREP_RERAISE_STAR: _PyExc_PrepReraiseStar. What an except* statement raises at its
     * end: the re-raised parts of {@code orig} (kept in their original tree) plus the exceptions
     * the handlers raised, in one ExceptionGroup when there are several; None when nothing is left.
     */
    public static Object prepReraiseStar(Object orig, Object excs) {
        PyList list = (PyList) excs;
        if (list.size() == 0) return Py.None;
        if (!Py.type(orig).isSubtype(Exceptions.BaseExceptionGroup)) {
            // a naked exception was caught and wrapped: only one except* clause could run
            return list.get(0);
        }
        PyBaseException group = (PyBaseException) orig;
        List<Object> raised = new ArrayList<>(), reraised = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Object e = list.get(i);
            if (e == Py.None) continue;
            (sameMetadata((PyBaseException) e, group) ? reraised : raised).add(e);
        }
        java.util.Set<Object> leaves = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Object e : reraised) collectLeaves((PyBaseException) e, leaves);
        PyBaseException kept = split(group, leaves::contains, false)[0];
        if (raised.isEmpty()) return kept == null ? Py.None : kept;
        if (kept != null) raised.add(kept);
        if (raised.size() == 1) return raised.get(0);
        return Abstract.call(Exceptions.BaseExceptionGroup, "", new PyList(raised));
    }

    /** is_same_exception_metadata: a re-raised part shares the original's notes, traceback, cause and context. */
    private static boolean sameMetadata(PyBaseException a, PyBaseException b) {
        return a.getAttr("__notes__") == b.getAttr("__notes__") && a.traceback == b.traceback
                && a.cause == b.cause && a.context == b.context;
    }

    private static void collectLeaves(PyBaseException e, java.util.Set<Object> leaves) {
        PyList excs = exceptions(e);
        if (excs == null) {
            leaves.add(e);
            return;
        }
        for (int i = 0; i < excs.size(); i++) collectLeaves((PyBaseException) excs.get(i), leaves);
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
        d.suppressContext = true; // PyException_SetCause always sets it
        d.context = eg.context;
        Object notes = eg.getAttr("__notes__");
        // each part gets its own copy of a notes sequence
        if (notes != null) d.setAttr("__notes__", Py.type(notes).getitem != null && !(notes instanceof PyDict)
                ? PyList.fromIterable(notes) : notes);
        return d;
    }
}
