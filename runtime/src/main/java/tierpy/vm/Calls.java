package tierpy.vm;

import java.util.ArrayList;
import java.util.List;

import tierpy.code.CodeObject;
import tierpy.objects.Exceptions;
import tierpy.objects.PyDict;
import tierpy.objects.PyException;
import tierpy.objects.PyTuple;

/**
 * Mirrors Python/ceval.c: _PyEval_Vector and initialize_locals, with the TypeError messages of
 * too_many_positional, missing_arguments and positional_only_passed_as_keyword.
 */
public final class Calls {
    private Calls() {}

    /** Calls a Python function: {@code args[off, off+nargs)} positional, then one value per keyword name. */
    public static Object callFunction(PyFunction fn, Object[] args, int off, int nargs, String[] kwnames) {
        ThreadState ts = ThreadState.current();
        Frame caller = ts.frame;
        Frame f = caller == null ? new Frame(ts, fn.code, fn, fn.globals, fn.builtins, null) : Frame.forCall(caller, fn);
        bindInto(caller, f, args, off, nargs, kwnames);
        return Interpreter.run(f);
    }

    /** The frame a call of {@code fn} runs in; {@code locals} is the class namespace for class bodies. */
    static Frame newFrame(PyFunction fn, Object locals) {
        return new Frame(ThreadState.current(), fn.code, fn, fn.globals, fn.builtins, locals);
    }

    /**
     * Whether {@code fn} takes exactly {@code nargs} positional arguments and nothing else
     * (specialize.c: function_kind == SIMPLE_FUNCTION and co_argcount == nargs), so a frame can be
     * filled by copying the arguments into its first slots.
     */
    public static boolean isSimple(PyFunction fn, int nargs) {
        CodeObject co = fn.code.co;
        return co.argcount == nargs && co.kwonlyargcount == 0
                && (co.flags & (CodeObject.CO_VARARGS | CodeObject.CO_VARKEYWORDS)) == 0;
    }

    /** _PyFrame_PushUnchecked: the frame of a call of a simple function made by {@code caller}; the caller fills the arguments. */
    public static Frame pushUnchecked(Frame caller, PyFunction fn) {
        return Frame.forCall(caller, fn);
    }

    /**
     * Binds the arguments into {@code f}, a frame for a call made by {@code caller}. A binding error
     * leaves the frame half filled: it is dropped rather than reused.
     */
    static void bindInto(Frame caller, Frame f, Object[] args, int off, int nargs, String[] kwnames) {
        try {
            bind(f.function, f.localsplus, args, off, nargs, kwnames);
        } catch (RuntimeException e) {
            f.pin();
            f.release(caller);
            throw e;
        }
    }

    /** Runs a class body with {@code ns} as its locals; returns what it returns (the __class__ cell or None). */
    public static Object runClassBody(PyFunction body, Object ns) {
        return Interpreter.run(newFrame(body, ns));
    }

    /** _PyObject_FunctionStr: how call errors name the callable ("f()", "mod.f()", "list.append()"). */
    public static String describe(Object callable) {
        Object qualname = tierpy.objects.Abstract.getattrOrNull(callable, "__qualname__");
        if (!(qualname instanceof String q)) return tierpy.objects.Abstract.str(callable);
        Object module = tierpy.objects.Abstract.getattrOrNull(callable, "__module__");
        if (module instanceof String m && !m.equals("builtins")) return m + "." + q + "()";
        return q + "()";
    }

    /** initialize_locals: binds the arguments to the parameters in {@code localsplus}. */
    static void bind(PyFunction fn, Object[] localsplus, Object[] args, int off, int nargs, String[] kwnames) {
        CodeObject co = fn.code.co;
        // Small enough to inline into every call site: exactly the positional parameters.
        if (nargs == co.argcount && kwnames == null && co.kwonlyargcount == 0
                && (co.flags & (CodeObject.CO_VARARGS | CodeObject.CO_VARKEYWORDS)) == 0) {
            System.arraycopy(args, off, localsplus, 0, nargs);
        } else {
            bindGeneral(fn, localsplus, args, off, nargs, kwnames);
        }
    }

    private static void bindGeneral(PyFunction fn, Object[] localsplus, Object[] args, int off, int nargs,
            String[] kwnames) {
        CodeObject co = fn.code.co;
        int argcount = co.argcount;
        int totalArgs = argcount + co.kwonlyargcount;
        boolean varargs = (co.flags & CodeObject.CO_VARARGS) != 0;
        PyDict kwdict = null;
        if ((co.flags & CodeObject.CO_VARKEYWORDS) != 0) {
            kwdict = new PyDict();
            localsplus[totalArgs + (varargs ? 1 : 0)] = kwdict;
        }
        int n = Math.min(nargs, argcount);
        System.arraycopy(args, off, localsplus, 0, n);
        if (varargs) {
            localsplus[totalArgs] = nargs > argcount ? PyTuple.copyOf(args, off + argcount, nargs - argcount) : PyTuple.EMPTY;
        }
        if (kwnames != null) {
            for (int k = 0; k < kwnames.length; k++) {
                String key = kwnames[k];
                Object value = args[off + nargs + k];
                int j = indexOfParameter(co, key, totalArgs);
                if (j < 0) {
                    if (kwdict == null) {
                        if (isPositionalOnly(co, key)) throw positionalOnlyAsKeyword(fn, kwnames);
                        throw Exceptions.unexpectedKeyword(fn.qualname, key,
                                co.localsplusnames.subList(co.posonlyargcount, totalArgs).toArray(String[]::new));
                    }
                    kwdict.setItem(key, value);
                    continue;
                }
                if (localsplus[j] != null) throw typeError(fn, "() got multiple values for argument '" + key + "'");
                localsplus[j] = value;
            }
        }
        if (nargs > argcount && !varargs) throw tooManyPositional(fn, nargs, localsplus);
        if (nargs < argcount) {
            Object[] defaults = fn.defaults;
            int defcount = defaults == null ? 0 : defaults.length;
            int m = argcount - defcount;
            List<String> missing = new ArrayList<>();
            for (int i = nargs; i < m; i++) {
                if (localsplus[i] == null) missing.add(co.localsplusnames.get(i));
            }
            if (!missing.isEmpty()) throw missingArguments(fn, missing, "positional");
            for (int i = Math.max(n, m); i < argcount; i++) {
                if (localsplus[i] == null) localsplus[i] = defaults[i - m];
            }
        }
        if (co.kwonlyargcount > 0) {
            List<String> missing = new ArrayList<>();
            for (int i = argcount; i < totalArgs; i++) {
                if (localsplus[i] != null) continue;
                String name = co.localsplusnames.get(i);
                Object def = fn.kwdefaults == null ? null : fn.kwdefaults.getItemOrNull(name);
                if (def != null) localsplus[i] = def;
                else missing.add(name);
            }
            if (!missing.isEmpty()) throw missingArguments(fn, missing, "keyword-only");
        }
    }

    private static int indexOfParameter(CodeObject co, String key, int totalArgs) {
        for (int j = co.posonlyargcount; j < totalArgs; j++) {
            if (co.localsplusnames.get(j).equals(key)) return j;
        }
        return -1;
    }

    private static boolean isPositionalOnly(CodeObject co, String key) {
        for (int j = 0; j < co.posonlyargcount; j++) {
            if (co.localsplusnames.get(j).equals(key)) return true;
        }
        return false;
    }

    private static PyException typeError(PyFunction fn, String tail) {
        return Exceptions.typeError(fn.qualname + tail);
    }

    private static PyException positionalOnlyAsKeyword(PyFunction fn, String[] kwnames) {
        CodeObject co = fn.code.co;
        List<String> names = new ArrayList<>();
        for (int j = 0; j < co.posonlyargcount; j++) {
            String name = co.localsplusnames.get(j);
            for (String k : kwnames) {
                if (k.equals(name)) names.add(name);
            }
        }
        return typeError(fn, "() got some positional-only arguments passed as keyword arguments: '"
                + String.join(", ", names) + "'");
    }

    private static PyException tooManyPositional(PyFunction fn, int given, Object[] localsplus) {
        CodeObject co = fn.code.co;
        int kwonlyGiven = 0;
        for (int i = co.argcount; i < co.argcount + co.kwonlyargcount; i++) {
            if (localsplus[i] != null) kwonlyGiven++;
        }
        int defcount = fn.defaults == null ? 0 : fn.defaults.length;
        boolean plural;
        String sig;
        if (defcount > 0) {
            plural = true;
            sig = "from " + (co.argcount - defcount) + " to " + co.argcount;
        } else {
            plural = co.argcount != 1;
            sig = Integer.toString(co.argcount);
        }
        String kwonlySig = kwonlyGiven == 0 ? "" : " positional argument" + (given != 1 ? "s" : "") + " (and "
                + kwonlyGiven + " keyword-only argument" + (kwonlyGiven != 1 ? "s" : "") + ")";
        return typeError(fn, "() takes " + sig + " positional argument" + (plural ? "s" : "") + " but " + given
                + kwonlySig + " " + (given == 1 && kwonlyGiven == 0 ? "was" : "were") + " given");
    }

    private static PyException missingArguments(PyFunction fn, List<String> names, String kind) {
        StringBuilder list = new StringBuilder();
        int count = names.size();
        for (int i = 0; i < count; i++) {
            if (i > 0) list.append(count == 2 ? " and " : i == count - 1 ? ", and " : ", ");
            list.append('\'').append(names.get(i)).append('\'');
        }
        return typeError(fn, "() missing " + count + " required " + kind + " argument" + (count == 1 ? "" : "s")
                + ": " + list);
    }
}
