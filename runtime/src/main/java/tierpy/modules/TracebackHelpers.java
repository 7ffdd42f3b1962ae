package tierpy.modules;

import java.util.ArrayList;
import java.util.List;

import tierpy.code.CodeObject;
import tierpy.objects.Abstract;
import tierpy.objects.Exceptions;
import tierpy.objects.Py;
import tierpy.objects.PyBaseException;
import tierpy.objects.PyTuple;
import tierpy.objects.PyType;
import tierpy.vm.PyFunction;
import tierpy.vm.ThreadState;
import tierpy.vm.Tracebacks;

/**
 * Mirrors the formatting half of Lib/traceback.py for tierpy's pure-Python {@code traceback}: the
 * text comes from {@link Tracebacks}, the formatter the interpreter uses for uncaught exceptions.
 */
@ModuleDef("_tierpy_traceback")
public final class TracebackHelpers {
    private TracebackHelpers() {}

    /** TracebackException(exc, limit=limit).format(chain=chain) joined into one string. */
    @Function
    static Object format_exception(Object exc, Object limit, Object chain) {
        Integer frames = limit == Py.None ? null : (int) Abstract.asIndex(limit);
        return Tracebacks.format(exception(exc), frames, Abstract.isTrue(chain));
    }

    /** TracebackException.format_exception_only: the last lines, SyntaxError's located source, the notes. */
    @Function
    static Object format_exception_only(Object exc) {
        return Tracebacks.exceptionOnly(exception(exc));
    }

    /**
     * StackSummary.format over (filename, lineno, end_lineno, colno, end_colno, name, line) tuples,
     * None for an unknown position or a line to read from the file.
     */
    @Function
    static Object format_frames(Object summaries) {
        List<Tracebacks.FrameSummary> frames = new ArrayList<>();
        Object it = Abstract.iter(summaries);
        for (Object x; (x = Abstract.next(it)) != null; ) {
            PyTuple t = PyTuple.fromIterable(x);
            if (t.size() != 7) throw Exceptions.typeError("frame summary must have 7 fields, not " + t.size());
            CodeObject.Position position = new CodeObject.Position(orMinusOne(t.get(1)), orMinusOne(t.get(2)),
                    orMinusOne(t.get(3)), orMinusOne(t.get(4)));
            frames.add(new Tracebacks.FrameSummary(Abstract.str(t.get(0)), Abstract.str(t.get(5)), position,
                    t.get(6) == Py.None ? null : Abstract.str(t.get(6))));
        }
        return Tracebacks.formatStack(frames);
    }

    /**
     * builtin_frames(*objects): the given functions, and the methods of the given classes, stand for
     * code CPython writes in C, which has no frames: tracebacks leave theirs out. Only the calling
     * module's own functions are marked, so {@code builtin_frames(*globals().values())} marks a module.
     */
    @Function
    static Object builtin_frames(Object[] args, int off, int nargs, String[] kwnames) {
        Object module = ThreadState.current().frame.globals;
        for (int i = 0; i < nargs; i++) {
            Object o = args[off + i];
            if (o instanceof PyType type) {
                for (Object attr : type.dict.values()) markBuiltinFrames(attr, module);
            } else {
                markBuiltinFrames(o, module);
            }
        }
        return Py.None;
    }

    /** A function, or the functions behind a classmethod, staticmethod or property, defined in {@code module}. */
    private static void markBuiltinFrames(Object o, Object module) {
        if (!(o instanceof PyFunction)) {
            for (String name : new String[] {"__func__", "fget", "fset", "fdel"}) {
                if (Abstract.getattrOrNull(o, name) instanceof PyFunction fn) markBuiltinFrames(fn, module);
            }
        } else if (((PyFunction) o).globals == module) {
            ((PyFunction) o).code.markBuiltinFrame();
        }
    }

    private static int orMinusOne(Object v) {
        return v == Py.None ? -1 : (int) Abstract.asIndex(v);
    }

    private static PyBaseException exception(Object exc) {
        if (exc instanceof PyBaseException e) return e;
        throw Exceptions.typeError("expected an exception instance, not " + Py.type(exc).name);
    }
}
