package tierpy.objects;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Mirrors Objects/exceptions.c: the builtin exception hierarchy of 3.14 with BaseException's
 * new/init/str/repr, add_note, with_traceback, the __cause__/__context__/__traceback__
 * setters, the attributes of StopIteration, SystemExit, KeyError, ImportError, AttributeError,
 * NameError, and BaseExceptionGroup (split, subgroup, derive).
 */
public final class Exceptions {
    private Exceptions() {}

    public static final PyType BaseException, BaseExceptionGroup, GeneratorExit, KeyboardInterrupt, SystemExit,
            Exception, ArithmeticError, FloatingPointError, OverflowError, ZeroDivisionError, AssertionError,
            AttributeError, BufferError, EOFError, ExceptionGroup, ImportError, ModuleNotFoundError, LookupError,
            IndexError, KeyError, MemoryError, NameError, UnboundLocalError, OSError, BlockingIOError,
            ChildProcessError, ConnectionError, BrokenPipeError, ConnectionAbortedError, ConnectionRefusedError,
            ConnectionResetError, FileExistsError, FileNotFoundError, InterruptedError, IsADirectoryError,
            NotADirectoryError, PermissionError, ProcessLookupError, TimeoutError, ReferenceError, RuntimeError,
            NotImplementedError, PythonFinalizationError, RecursionError, StopAsyncIteration, StopIteration,
            SyntaxError, IndentationError, TabError, SystemError, TypeError, ValueError, UnicodeError,
            UnicodeDecodeError, UnicodeEncodeError, UnicodeTranslateError, Warning, BytesWarning,
            DeprecationWarning, EncodingWarning, FutureWarning, ImportWarning, PendingDeprecationWarning,
            ResourceWarning, RuntimeWarning, SyntaxWarning, UnicodeWarning, UserWarning;

    /** All builtin exception types in definition order (for the builtins module). */
    public static final List<PyType> ALL = new ArrayList<>();

    static {
        BaseException = define("BaseException", Py.OBJECT);
        BaseException.instancesHaveDict = true;
        BaseException.sharedKeys = new SharedKeys();
        BaseException.dict.put("__dict__", Descriptors.INSTANCE_DICT);
        installBaseException(BaseException);
        BaseExceptionGroup = define("BaseExceptionGroup", BaseException);
        GeneratorExit = define("GeneratorExit", BaseException);
        KeyboardInterrupt = define("KeyboardInterrupt", BaseException);
        SystemExit = define("SystemExit", BaseException);
        Exception = define("Exception", BaseException);
        ArithmeticError = define("ArithmeticError", Exception);
        FloatingPointError = define("FloatingPointError", ArithmeticError);
        OverflowError = define("OverflowError", ArithmeticError);
        ZeroDivisionError = define("ZeroDivisionError", ArithmeticError);
        AssertionError = define("AssertionError", Exception);
        AttributeError = define("AttributeError", Exception);
        BufferError = define("BufferError", Exception);
        EOFError = define("EOFError", Exception);
        ExceptionGroup = define("ExceptionGroup", BaseExceptionGroup, Exception);
        ImportError = define("ImportError", Exception);
        ModuleNotFoundError = define("ModuleNotFoundError", ImportError);
        LookupError = define("LookupError", Exception);
        IndexError = define("IndexError", LookupError);
        KeyError = define("KeyError", LookupError);
        MemoryError = define("MemoryError", Exception);
        NameError = define("NameError", Exception);
        UnboundLocalError = define("UnboundLocalError", NameError);
        OSError = define("OSError", Exception);
        BlockingIOError = define("BlockingIOError", OSError);
        ChildProcessError = define("ChildProcessError", OSError);
        ConnectionError = define("ConnectionError", OSError);
        BrokenPipeError = define("BrokenPipeError", ConnectionError);
        ConnectionAbortedError = define("ConnectionAbortedError", ConnectionError);
        ConnectionRefusedError = define("ConnectionRefusedError", ConnectionError);
        ConnectionResetError = define("ConnectionResetError", ConnectionError);
        FileExistsError = define("FileExistsError", OSError);
        FileNotFoundError = define("FileNotFoundError", OSError);
        InterruptedError = define("InterruptedError", OSError);
        IsADirectoryError = define("IsADirectoryError", OSError);
        NotADirectoryError = define("NotADirectoryError", OSError);
        PermissionError = define("PermissionError", OSError);
        ProcessLookupError = define("ProcessLookupError", OSError);
        TimeoutError = define("TimeoutError", OSError);
        ReferenceError = define("ReferenceError", Exception);
        RuntimeError = define("RuntimeError", Exception);
        NotImplementedError = define("NotImplementedError", RuntimeError);
        PythonFinalizationError = define("PythonFinalizationError", RuntimeError);
        RecursionError = define("RecursionError", RuntimeError);
        StopAsyncIteration = define("StopAsyncIteration", Exception);
        StopIteration = define("StopIteration", Exception);
        SyntaxError = define("SyntaxError", Exception);
        IndentationError = define("IndentationError", SyntaxError);
        TabError = define("TabError", IndentationError);
        SystemError = define("SystemError", Exception);
        TypeError = define("TypeError", Exception);
        ValueError = define("ValueError", Exception);
        UnicodeError = define("UnicodeError", ValueError);
        UnicodeDecodeError = define("UnicodeDecodeError", UnicodeError);
        UnicodeEncodeError = define("UnicodeEncodeError", UnicodeError);
        UnicodeTranslateError = define("UnicodeTranslateError", UnicodeError);
        Warning = define("Warning", Exception);
        BytesWarning = define("BytesWarning", Warning);
        DeprecationWarning = define("DeprecationWarning", Warning);
        EncodingWarning = define("EncodingWarning", Warning);
        FutureWarning = define("FutureWarning", Warning);
        ImportWarning = define("ImportWarning", Warning);
        PendingDeprecationWarning = define("PendingDeprecationWarning", Warning);
        ResourceWarning = define("ResourceWarning", Warning);
        RuntimeWarning = define("RuntimeWarning", Warning);
        SyntaxWarning = define("SyntaxWarning", Warning);
        UnicodeWarning = define("UnicodeWarning", Warning);
        UserWarning = define("UserWarning", Warning);
        ExceptionAttrs.install();
        sharedLayouts();
        for (PyType t : ALL) Py.finish(t);
    }

    /**
     * Objects/exceptions.c gives only some exceptions their own C struct; the rest share their base's
     * layout (solid_base), so e.g. {@code class E(OSError, ValueError)} has no lay-out conflict.
     */
    private static void sharedLayouts() {
        Set<PyType> ownLayout = Set.of(BaseException, BaseExceptionGroup, StopIteration, SystemExit, ImportError,
                OSError, SyntaxError, UnicodeError, AttributeError, NameError);
        for (PyType t : ALL) {
            if (!ownLayout.contains(t)) t.solidBase = t.base.solidBase;
        }
    }

    private static PyType define(String name, PyType... bases) {
        PyType t = bases.length == 1 ? PyType.builtin(Py.TYPE, name, bases[0])
                : PyType.builtinMulti(Py.TYPE, name, bases);
        ALL.add(t);
        return t;
    }

    // ---------------------------------------------------------------- BaseException

    private static void installBaseException(PyType t) {
        t.tpNew = (type, args, off, nargs, kw) -> {
            PyBaseException e = new PyBaseException(type);
            e.args = PyTuple.copyOf(args, off, nargs);
            return e;
        };
        t.init = (self, args, off, nargs, kw) -> {
            if (kw != null && kw.length > 0 && ((PyType) Py.type(self)).init == BaseException.init) {
                throw typeError(Py.type(self).name + "() takes no keyword arguments");
            }
            ((PyBaseException) self).args = PyTuple.copyOf(args, off, nargs);
            return Py.None;
        };
        t.str = v -> {
            PyTuple a = ((PyBaseException) v).args;
            return switch (a.size()) {
                case 0 -> "";
                case 1 -> Abstract.str(a.get(0));
                default -> Abstract.str(a);
            };
        };
        t.repr = v -> {
            PyBaseException e = (PyBaseException) v;
            String name = e.type.name;
            if (e.args.size() == 1) return name + "(" + Abstract.repr(e.args.get(0)) + ")";
            return name + Abstract.repr(e.args);
        };
        Def.getset(t, "args", v -> ((PyBaseException) v).args, (v, x) -> {
            if (x == null) throw typeError("args may not be deleted");
            ((PyBaseException) v).args = PyTuple.fromIterable(x);
        });
        Def.getset(t, "__traceback__", v -> ((PyBaseException) v).traceback, (v, x) -> {
            if (x == null) throw typeError("__traceback__ may not be deleted");
            if (x != Py.None && !Py.type(x).name.equals("traceback")) {
                throw typeError("__traceback__ must be a traceback or None");
            }
            ((PyBaseException) v).traceback = x;
        });
        Def.getset(t, "__context__", v -> ((PyBaseException) v).context, (v, x) -> {
            if (x == null) throw typeError("__context__ may not be deleted");
            if (x != Py.None && !(x instanceof PyBaseException)) {
                throw typeError("exception context must be None or derive from BaseException");
            }
            ((PyBaseException) v).context = x;
        });
        Def.getset(t, "__cause__", v -> ((PyBaseException) v).cause, (v, x) -> {
            if (x == null) throw typeError("__cause__ may not be deleted");
            if (x != Py.None && !(x instanceof PyBaseException)) {
                throw typeError("exception cause must be None or derive from BaseException");
            }
            PyBaseException e = (PyBaseException) v;
            e.cause = x;
            e.suppressContext = true;
        });
        // a Py_T_BOOL member, as structmember.c's PyMember_SetOne checks it
        Def.getset(t, "__suppress_context__", v -> ((PyBaseException) v).suppressContext, (v, x) -> {
            if (x == null) throw typeError("can't delete numeric/char attribute");
            if (!(x instanceof Boolean b)) throw typeError("attribute value type must be bool");
            ((PyBaseException) v).suppressContext = b;
        });
        Def.method1(t, "add_note", (self, note) -> {
            if (!(note instanceof String)) {
                throw typeError("note must be a str, not '" + Py.type(note).name + "'");
            }
            PyBaseException e = (PyBaseException) self;
            Object notes = e.getAttr("__notes__");
            if (notes == null) {
                notes = new PyList();
                e.setAttr("__notes__", notes);
            } else if (!(notes instanceof PyList)) {
                throw typeError("Cannot add note: __notes__ is not a list");
            }
            ((PyList) notes).append(note);
            return Py.None;
        });
        Def.method1(t, "with_traceback", (self, tb) -> {
            Abstract.setattr(self, "__traceback__", tb);
            return self;
        });
    }

    // ---------------------------------------------------------------- raising helpers

    /** Instantiates a builtin exception type with positional args. */
    public static PyBaseException create(PyType type, Object... args) {
        PyBaseException e = (PyBaseException) type.tpNew.make(type, args, 0, args.length, null);
        type.init.call(e, args, 0, args.length, null);
        return e;
    }

    public static PyException raise(PyType type, Object... args) {
        return create(type, args).toThrow();
    }

    public static PyException typeError(String msg) { return raise(TypeError, msg); }

    /**
     * Python/getargs.c: error_unexpected_keyword_arg, hinting the closest of the function's
     * keyword parameters (3.13+).
     */
    public static PyException unexpectedKeyword(String fname, String key, String... keywords) {
        String hint = Suggestions.closest(java.util.List.of(keywords), key);
        return typeError(fname + "() got an unexpected keyword argument '" + key + "'"
                + (hint == null ? "" : ". Did you mean '" + hint + "'?"));
    }
    public static PyException valueError(String msg) { return raise(ValueError, msg); }
    public static PyException indexError(String msg) { return raise(IndexError, msg); }
    public static PyException overflowError(String msg) { return raise(OverflowError, msg); }
    public static PyException zeroDivision(String msg) { return raise(ZeroDivisionError, msg); }
    public static PyException runtimeError(String msg) { return raise(RuntimeError, msg); }
    /** Where PyErr_WarnEx sends warnings; the interpreter installs Python/_warnings.c's logic (it needs frames). */
    public interface WarningSink { void warn(PyType category, String message, int stacklevel); }

    public static volatile WarningSink warnings = (category, message, stacklevel) -> { };

    /** PyErr_WarnEx: a warning of {@code category} attributed to the Python frame {@code stacklevel} up. */
    public static void warn(PyType category, String message, int stacklevel) {
        warnings.warn(category, message, stacklevel);
    }

    public static PyException attributeError(String msg) { return raise(AttributeError, msg); }

    /** KeyError(key): its str() is repr(key). */
    public static PyException keyError(Object key) { return raise(KeyError, key); }

    /** AttributeError with the name and obj attributes that suggestions use. */
    public static PyException attributeError(String msg, String name, Object obj) {
        PyBaseException e = create(AttributeError, msg);
        e.setAttr("name", name);
        e.setAttr("obj", obj);
        return e.toThrow();
    }

    /** StopIteration(value), as a generator's return raises it. */
    public static PyException stopIteration(Object value) { return raise(StopIteration, value); }
}
