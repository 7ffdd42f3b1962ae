package tierpy.vm;

import tierpy.objects.Abstract;
import tierpy.objects.Exceptions;
import tierpy.objects.Py;
import tierpy.objects.PyBaseException;
import tierpy.objects.PyException;
import tierpy.objects.PyTuple;
import tierpy.objects.PyType;

/** Mirrors Python/ceval.c: do_raise, and the exception checks of CHECK_EXC_MATCH and RERAISE. */
public final class Raise {
    private Raise() {}

    /** {@code raise exc [from cause]}. */
    public static PyException doRaise(Object exc, Object cause) {
        PyBaseException value = instantiate(exc, "exceptions must derive from BaseException");
        if (cause != null) {
            if (cause == Py.None) {
                value.cause = Py.None;
            } else {
                value.cause = instantiate(cause, "exception causes must derive from BaseException");
            }
            value.suppressContext = true;
        }
        ThreadState ts = ThreadState.current();
        Interpreter.chainContext(ts, value);
        return new PyException(value);
    }

    private static PyBaseException instantiate(Object o, String message) {
        if (o instanceof PyType t && t.isSubtype(Exceptions.BaseException)) {
            Object made = Abstract.call(t);
            if (made instanceof PyBaseException b) return b;
            throw Exceptions.typeError("calling " + Abstract.repr(t)
                    + " should have returned an instance of BaseException, not " + Py.type(made).name);
        }
        if (o instanceof PyBaseException b) return b;
        throw Exceptions.typeError(message);
    }

    /** Bare {@code raise}: the exception being handled, with its traceback, and no new entry for this frame. */
    public static PyException reraiseHandled(ThreadState ts) {
        if (!(ts.handled instanceof PyBaseException b)) {
            return Exceptions.raise(Exceptions.RuntimeError, "No active exception to reraise");
        }
        ts.reraising = true;
        return new PyException(b);
    }

    /** RERAISE: the exception continues unwinding as it was (no new traceback entry). */
    public static PyException reraise(Object exc) {
        ThreadState.current().reraising = true;
        return new PyException((PyBaseException) exc);
    }

    /** CHECK_EXC_MATCH: {@code isinstance(exc, types)} after validating the except clause's types. */
    public static boolean matches(Object exc, Object types) {
        if (types instanceof PyTuple t) {
            for (int i = 0; i < t.size(); i++) checkCatchable(t.get(i));
            for (int i = 0; i < t.size(); i++) {
                if (Py.type(exc).isSubtype((PyType) t.get(i))) return true;
            }
            return false;
        }
        checkCatchable(types);
        return Py.type(exc).isSubtype((PyType) types);
    }

    private static void checkCatchable(Object type) {
        if (!(type instanceof PyType t && t.isSubtype(Exceptions.BaseException))) {
            throw Exceptions.typeError("catching classes that do not inherit from BaseException is not allowed");
        }
    }

    /**
     * CHECK_EG_MATCH: _PyEval_CheckExceptStarTypeValid, then _PyEval_ExceptionGroupMatch. Returns
     * {rest, match}; a naked exception that matches is wrapped in ExceptionGroup("", [exc]).
     */
    public static Object[] exceptionGroupMatch(Frame f, Object exc, Object types) {
        boolean isGroupType = false;
        if (types instanceof PyTuple t) {
            for (int i = 0; i < t.size(); i++) {
                checkCatchable(t.get(i));
                isGroupType |= ((PyType) t.get(i)).isSubtype(Exceptions.BaseExceptionGroup);
            }
        } else {
            checkCatchable(types);
            isGroupType = ((PyType) types).isSubtype(Exceptions.BaseExceptionGroup);
        }
        if (isGroupType) throw Exceptions.typeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
        if (exc == Py.None) return new Object[] {Py.None, Py.None};
        if (matches(exc, types)) {
            if (Py.type(exc).isSubtype(Exceptions.BaseExceptionGroup)) return new Object[] {Py.None, exc};
            PyBaseException wrapped = (PyBaseException) Abstract.call(Exceptions.BaseExceptionGroup, "", PyTuple.of(exc));
            wrapped.traceback = new PyTraceback(Py.None, f, f.lasti);
            return new Object[] {Py.None, wrapped};
        }
        if (Py.type(exc).isSubtype(Exceptions.BaseExceptionGroup)) {
            Object pair = Abstract.call(Abstract.getattr(exc, "split"), types);
            if (!(pair instanceof PyTuple t) || Py.type(pair) != Py.TUPLE) {
                throw Exceptions.typeError(Py.type(exc).name + ".split must return a tuple, not " + Py.type(pair).name);
            }
            if (t.size() < 2) {
                throw Exceptions.typeError(Py.type(exc).name + ".split must return a 2-tuple, got tuple of size " + t.size());
            }
            return new Object[] {t.get(1), t.get(0)};
        }
        return new Object[] {exc, Py.None};
    }

    /** LOAD_COMMON_CONSTANT: Include/internal/pycore_opcode_utils.h: CONSTANT_*. */
    public static Object commonConstant(int oparg) {
        return switch (oparg) {
            case 0 -> Exceptions.AssertionError;
            case 1 -> Exceptions.NotImplementedError;
            case 2 -> Py.TUPLE;
            case 3 -> ThreadState.current().frame.builtins.getItem("all");
            case 4 -> ThreadState.current().frame.builtins.getItem("any");
            default -> throw Exceptions.raise(Exceptions.SystemError, "bad LOAD_COMMON_CONSTANT oparg " + oparg);
        };
    }

    /** gen_throw's argument checks: 1 to 3 arguments, the three-argument form deprecated. */
    static PyException fromThrowArgs(Object[] a, int off, int n) {
        if (n < 1) throw Exceptions.typeError("throw expected at least 1 argument, got " + n);
        if (n > 3) throw Exceptions.typeError("throw expected at most 3 arguments, got " + n);
        if (n > 1) {
            Exceptions.warn(Exceptions.DeprecationWarning,
                    "the (type, exc, tb) signature of throw() is deprecated, use the single-arg signature instead.", 1);
        }
        return throwException(a, off, n);
    }

    /** The exception {@code throw(typ[, val[, tb]])} raises (_gen_throw's argument handling). */
    static PyException throwException(Object[] a, int off, int n) {
        Object typ = a[off];
        Object val = n > 1 ? a[off + 1] : Py.None;
        if (n > 2 && a[off + 2] != Py.None && !(a[off + 2] instanceof PyTraceback)) {
            throw Exceptions.typeError("throw() third argument must be a traceback object");
        }
        if (typ instanceof PyType t && t.isSubtype(Exceptions.BaseException)) {
            Object made = val instanceof PyBaseException ? val
                    : val == Py.None ? Abstract.call(t) : Abstract.call(t, val);
            return new PyException((PyBaseException) made);
        }
        if (typ instanceof PyBaseException b) {
            if (val != Py.None) throw Exceptions.typeError("instance exception may not have a separate value");
            return new PyException(b);
        }
        throw Exceptions.typeError("exceptions must be classes or instances deriving from BaseException, not "
                + Py.type(typ).name);
    }
}
