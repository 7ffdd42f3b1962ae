package tierpy.vm;

import tierpy.code.CodeObject;
import tierpy.objects.Abstract;
import tierpy.objects.Exceptions;
import tierpy.objects.Py;
import tierpy.objects.PyInstance;
import tierpy.objects.PyType;

/**
 * Mirrors the frame side of Python/bytecodes.c's specialized calls (_INIT_CALL_PY_EXACT_ARGS,
 * _PY_FRAME_GENERAL, _PY_FRAME_KW, _CREATE_INIT_FRAME, _LOAD_ATTR_PROPERTY_FRAME,
 * LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN, the __init__ side of _PUSH_FRAME) and Objects/typeobject.c: _PySuper_Lookup. A specialized call builds the callee's frame from the caller's
 * stack itself, skipping the generic call protocol; the frame then runs on the Java stack.
 */
public final class InlineCalls {
    private InlineCalls() {}

    /** The frame of an __init__ call: when it returns, the call's result is {@code self} (EXIT_INIT_CHECK). */
    record InitFrame(Frame frame, Object self) {}

    /** A frame for {@code fn} with its positional parameters bound straight from {@code args[first, first+n)}. */
    public static Frame exactArgsFrame(Frame caller, PyFunction fn, Object[] args, int first, int n) {
        Frame f = Calls.pushUnchecked(caller, fn);
        Object[] locals = f.localsplus;
        // A plain loop: for the few arguments of a call it beats System.arraycopy's out-of-line stub.
        for (int i = 0; i < n; i++) locals[i] = args[first + i];
        return f;
    }

    /**
     * The frame running a property getter on {@code owner}; null (deoptimize) when the getter's code no
     * longer takes exactly one plain parameter (its __code__ can change without a type change).
     */
    public static Frame propertyFrame(Frame caller, PyFunction fget, Object owner) {
        if ((fget.code.co.flags & CodeObject.CO_OPTIMIZED) == 0 || !Calls.isSimple(fget, 1)) return null;
        Frame f = Calls.pushUnchecked(caller, fget);
        f.localsplus[0] = owner;
        return f;
    }

    /** The frame of LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN: {@code getattribute(owner, name)}; the caller resumes after the load. */
    public static Frame getattributeFrame(Frame caller, PyFunction getattribute, Object owner, String name) {
        Frame f = Calls.pushUnchecked(caller, getattribute);
        f.localsplus[0] = owner;
        f.localsplus[1] = name;
        caller.returnOffset = 0;
        return f;
    }

    /** A frame for {@code fn} with the full argument binding (defaults, *args, keywords). */
    public static Frame frame(Frame caller, PyFunction fn, Object[] args, int first, int nargs, String[] kwnames) {
        Frame f = Calls.pushUnchecked(caller, fn);
        Calls.bindInto(caller, f, args, first, nargs, kwnames);
        return f;
    }

    /** A call of {@code fn} made by {@code caller}: its frame runs on the Java stack. */
    public static Object call(Frame caller, PyFunction fn, Object[] args, int first, int nargs, String[] kwnames) {
        return Interpreter.run(frame(caller, fn, args, first, nargs, kwnames));
    }

    /** The __init__ frame of a new instance: {@code args[first]} is self. */
    public static Object initFrame(Frame caller, PyFunction init, Object self, Object[] args, int first, int nargs) {
        return new InitFrame(frame(caller, init, args, first, nargs, null), self);
    }

    /** object.__new__ for a class whose instances keep their attributes in shared-keys values. */
    public static Object allocate(PyType type) {
        return new PyInstance(type);
    }

    /** _PUSH_FRAME of an __init__ frame: runs it, then EXIT_INIT_CHECK; the call's result is the instance. */
    static Object runInit(InitFrame init) {
        Object result = Interpreter.run(init.frame());
        if (result != Py.None) {
            throw Exceptions.typeError("__init__() should return None, not '" + Py.type(result).name + "'");
        }
        return init.self();
    }

    /**
     * _PySuper_Lookup: {@code super(cls, self).name} ({@code superType} is the builtin super). When {@code method} is given and the attribute is
     * a plain method found on the MRO after {@code cls}, it comes back unbound with {@code method[0] = self},
     * as LOAD_SUPER_ATTR_METHOD pushes it.
     */
    public static Object superLookup(Object superType, PyType cls, Object self, String name, Object[] method) {
        PyType start = self instanceof PyType t && t.isSubtype(cls) ? t : Py.type(self);
        if (method != null && start == Py.type(self) && start.isSubtype(cls)
                && start.getattro == Py.OBJECT.getattro) {
            PyType[] mro = start.mro;
            int i = 0;
            while (mro[i] != cls) i++;
            for (i++; i < mro.length; i++) {
                Object found = mro[i].dict.get(name);
                if (found == null) continue;
                if (!Py.type(found).methodDescriptor) break;
                method[0] = self;
                return found;
            }
        }
        return Abstract.getattr(Abstract.call(superType, cls, self), name);
    }
}
