package tierpy.vm;

import tierpy.code.CodeObject;
import tierpy.objects.Abstract;
import tierpy.objects.Exceptions;
import tierpy.objects.Py;
import tierpy.objects.PyBaseException;
import tierpy.objects.PyDict;
import tierpy.objects.PyException;

/** Mirrors Python/intrinsics.c: the CALL_INTRINSIC_1 functions the interpreter implements. */
public final class Intrinsics {
    private Intrinsics() {}

    /** INTRINSIC_PRINT: sys.displayhook for expression statements at the interactive prompt. */
    public static Object print(Object value) {
        Object hook = Imports.sysAttrOrNull("displayhook");
        if (hook == null) throw Exceptions.runtimeError("lost sys.displayhook");
        return Abstract.call(hook, value);
    }

    /** INTRINSIC_IMPORT_STAR: {@code from module import *} into the frame's locals. */
    public static Object importStar(Frame f, Object module) {
        if (!(f.locals instanceof PyDict locals)) throw Exceptions.raise(Exceptions.SystemError, "no locals found during 'import *'");
        Object all = Abstract.getattrOrNull(module, "__all__");
        Object dict = Abstract.getattr(module, "__dict__");
        Object names = all != null ? all : Abstract.call(Abstract.getattr(dict, "keys"));
        Object it = Abstract.iter(names);
        for (Object name; (name = Abstract.next(it)) != null; ) {
            String n = (String) name;
            if (all == null && n.startsWith("_")) continue;
            locals.setItem(n, Abstract.getattr(module, n));
        }
        return Py.None;
    }

    /** INTRINSIC_STOPITERATION_ERROR: PEP 479, a StopIteration escaping a generator becomes RuntimeError. */
    public static Object stopIterationError(Frame f, Object exc) {
        PyBaseException e = (PyBaseException) exc;
        String kind = (f.code.co.flags & CodeObject.CO_ASYNC_GENERATOR) != 0 ? "async generator"
                : (f.code.co.flags & CodeObject.CO_COROUTINE) != 0 ? "coroutine" : "generator";
        String message = null;
        if (Py.type(e).isSubtype(Exceptions.StopIteration)) message = kind + " raised StopIteration";
        else if (kind.equals("async generator") && Py.type(e).isSubtype(Exceptions.StopAsyncIteration)) {
            message = "async generator raised StopAsyncIteration";
        }
        if (message == null) return exc;
        PyException error = Exceptions.runtimeError(message);
        error.value.cause = e;
        error.value.context = e;
        error.value.suppressContext = true;
        return error.value;
    }
}
