package tierpy.vm;

import tierpy.objects.Wrappers;
import java.util.Map;

import tierpy.objects.Abstract;
import tierpy.objects.Descriptors;
import tierpy.objects.Descriptors.BuiltinFunction;
import tierpy.objects.Descriptors.MethodDescr;
import tierpy.objects.Exceptions;
import tierpy.objects.Py;
import tierpy.objects.PyDict;
import tierpy.objects.PyException;
import tierpy.objects.PyTuple;
import tierpy.objects.PyType;

/**
 * The types of the interpreter's own objects (Objects/funcobject.c, classobject.c, cellobject.c,
 * genobject.c, codeobject.c, traceback.c, frameobject.c). Built with the object model's public type
 * factory; their attributes are served by a getattro slot per type.
 */
public final class VmTypes {
    private VmTypes() {}

    public static final PyType FUNCTION = make("function");
    public static final PyType CELL = make("cell");
    public static final PyType CODE = make("code");
    public static final PyType TRACEBACK = make("traceback");
    public static final PyType FRAME = make("frame");
    public static final PyType GENERATOR = make("generator");
    public static final PyType COROUTINE = make("coroutine");
    public static final PyType COROUTINE_WRAPPER = make("coroutine_wrapper");
    public static final PyType ANEXT_AWAITABLE = make("anext_awaitable");
    public static final PyType ASYNC_GENERATOR = make("async_generator");
    public static final PyType ASYNC_GEN_ASEND = make("async_generator_asend");
    public static final PyType ASYNC_GEN_ATHROW = make("async_generator_athrow");
    public static final PyType ASYNC_GEN_WRAPPED_VALUE = make("async_generator_wrapped_value");
    public static final PyType MODULE = make("module");

    /** coro_await and coro_wrapper_methods: coroutine.__await__() is an iterator driving the coroutine. */
    private static void defineCoroutineWrapper() {
        MethodDescr.define(COROUTINE, "__await__", self -> new Wrapped(COROUTINE_WRAPPER, (PyGenerator) self));
        PyType t = COROUTINE_WRAPPER;
        t.iter = o -> o;
        t.next = o -> ((Wrapped) o).coro.send(Py.None);
        MethodDescr.define(t, "__iter__", self -> self);
        MethodDescr.define(t, "__next__", self -> ((Wrapped) self).coro.send(Py.None));
        MethodDescr.define(t, "send", (self, v) -> ((Wrapped) self).coro.send(v));
        MethodDescr.define(t, "throw", (self, a, off, n, kw) -> ((Wrapped) self).coro.throwIn(Raise.fromThrowArgs(a, off, n)));
        MethodDescr.define(t, "close", self -> ((Wrapped) self).coro.close());
    }

    /** The coroutine_wrapper object. */
    private static final class Wrapped extends tierpy.objects.PyObject {
        final PyGenerator coro;

        Wrapped(PyType type, PyGenerator coro) {
            super(type);
            this.coro = coro;
        }
    }

    /** code_getsetlist: the co_ attributes computed on request (the others are members). */
    private static final java.util.Set<String> READONLY_CODE_GETSETS =
            java.util.Set.of("co_lnotab", "co_varnames", "co_cellvars", "co_freevars", "co_code");


    private static PyType make(String name) {
        PyType t = PyType.newHeapType(Py.TYPE, name, new PyType[] {Py.OBJECT},
                Map.of("__module__", "builtins", "__qualname__", name), null, null);
        t.acceptableBase = false;
        return t;
    }

    static {
        Exceptions.warnings = Warnings::warn;
        PyType.callerGlobals = () -> {
            Frame f = ThreadState.current().frame;
            return f == null ? null : f.globals;
        };
        // Py_TPFLAGS_METHOD_DESCRIPTOR: f(obj, *args) is obj.f(*args), so method calls need no bound method.
        FUNCTION.methodDescriptor = true;
        FUNCTION.call = (c, args, off, nargs, kw) -> Calls.callFunction((PyFunction) c, args, off, nargs, kw);
        FUNCTION.descrGet = (descr, obj, type) -> obj == null || obj == Py.None ? descr : new Wrappers.Method(descr, obj);
        FUNCTION.repr = o -> o.toString();
        FUNCTION.getattro = VmTypes::functionAttr;
        FUNCTION.setattro = VmTypes::setFunctionAttr;

        CELL.getattro = (o, name) -> {
            if (!name.equals("cell_contents")) return inherited(o, name);
            Object v = ((PyCell) o).ref;
            if (v == null) throw Exceptions.valueError("Cell is empty");
            return v;
        };
        CODE.repr = Object::toString;
        CODE.getattro = CodeAttrs::get;
        CODE.richcompare = CodeAttrs::compare;
        CODE.hash = CodeAttrs::hash;
        CodeAttrs.defineMethods();
        TRACEBACK.getattro = (o, name) -> {
            PyTraceback tb = (PyTraceback) o;
            return switch (name) {
                case "tb_next" -> tb.next;
                case "tb_lineno" -> (long) tb.lineno();
                case "tb_lasti" -> (long) tb.lasti * 2;
                case "tb_frame" -> frameObject(tb.frame);
                default -> inherited(o, name);
            };
        };
        FRAME.getattro = (o, name) -> {
            Frame f = ((FrameView) o).frame;
            return switch (name) {
                case "f_code" -> f.code;
                case "f_lineno" -> (long) f.code.lineAt(((FrameView) o).instrPtr());
                case "f_lasti" -> (long) ((FrameView) o).instrPtr() * 2;
                case "f_globals" -> f.globals;
                case "f_builtins" -> f.builtins;
                case "f_locals" -> f.locals != null ? f.locals : new FrameLocalsProxy((FrameView) o);
                case "f_back" -> ((FrameView) o).back();
                case "f_generator" -> f.generator == null || f.generator.isFinished() ? Py.None : f.generator;
                case "f_trace" -> ((FrameView) o).trace;
                case "f_trace_lines" -> ((FrameView) o).traceLines;
                case "f_trace_opcodes" -> ((FrameView) o).traceOpcodes;
                default -> inherited(o, name);
            };
        };
        FRAME.repr = o -> {
            Frame f = ((FrameView) o).frame;
            return "<frame at 0x" + Long.toHexString(0x7f0000000000L + ((long) System.identityHashCode(o) << 4))
                    + ", file '" + f.code.co.filename + "', line " + f.code.lineAt(((FrameView) o).instrPtr()) + ", code " + f.code.co.name + ">";
        };

        MethodDescr.define(FRAME, "clear", self -> ((FrameView) self).clear());
        for (PyType gen : new PyType[] {GENERATOR, COROUTINE, ASYNC_GENERATOR}) {
            gen.repr = Object::toString;
            gen.getattro = VmTypes::generatorAttr;
        }
        PyAsyncGenerator.defineMethods();
        defineCoroutineWrapper();
        AnextAwaitable.defineMethods();
        for (PyType gen : new PyType[] {GENERATOR, COROUTINE, ASYNC_GENERATOR}) gen.setattro = VmTypes::setGeneratorAttr;
        CELL.setattro = (o, name, value) -> {
            if (!name.equals("cell_contents")) throw notWritable(o, name);
            ((PyCell) o).ref = value;
        };
        TRACEBACK.setattro = VmTypes::setTracebackAttr;
        FRAME.setattro = (o, name, value) -> {
            // f_trace and its two switches are stored; tierpy runs no trace functions
            FrameView f = (FrameView) o;
            switch (name) {
                case "f_trace" -> f.trace = value == null ? Py.None : value;
                case "f_trace_lines" -> f.traceLines = Abstract.isTrue(value);
                case "f_trace_opcodes" -> f.traceOpcodes = Abstract.isTrue(value);
                case "f_lineno" -> {
                    // frame_lineno_set: jumping is for trace functions, which tierpy never runs
                    if (value == null) throw Exceptions.attributeError("cannot delete attribute", name, o);
                    if (Py.type(value) != Py.INT) throw Exceptions.valueError("lineno must be an integer");
                    throw Exceptions.valueError("f_lineno can only be set in a trace function");
                }
                default -> throw notWritable(o, name);
            }
        };
        CODE.setattro = (o, name, value) -> {
            // code_memberlist's READONLY members say less than a getset without a setter
            if (name.startsWith("co_") && !READONLY_CODE_GETSETS.contains(name) && hasAttr(o, name)) {
                throw Exceptions.attributeError("readonly attribute", name, o);
            }
            throw notWritable(o, name);
        };
        // module(name, doc=None): module___init___impl
        MODULE.tpNew = (type, a, off, n, kw) -> {
            if (n > 2) throw Exceptions.typeError("module() takes at most 2 arguments (" + n + " given)");
            Object[] p = tierpy.objects.Args.bind("module", a, off, n, kw, new String[] {"name", "doc"}, 2, 1);
            if (!(p[0] instanceof String name)) {
                throw Exceptions.typeError("module() argument 'name' must be str, not " + Py.type(p[0]).name);
            }
            PyModule m = new PyModule(name);
            m.madeByCall = true;
            m.dict.setItem("__doc__", p[1] == null ? Py.None : p[1]);
            return m;
        };
        MODULE.getattro = PyModule::getattr;
        MODULE.setattro = PyModule::setattr;
        MODULE.repr = Object::toString;
        GENERATOR.iter = o -> o;
        GENERATOR.next = o -> ((PyGenerator) o).nextOrNull();
        Descriptors.addSlotWrappers(GENERATOR);
    }

    /** What object supplies (__class__, __eq__, __doc__, ...), else AttributeError. */
    static Object inherited(Object o, String name) {
        Object v = Py.OBJECT.getattro.get(o, name);
        if (v == null) {
            throw Exceptions.attributeError("'" + Py.type(o).name + "' object has no attribute '" + name + "'", name, o);
        }
        return v;
    }

    private static Object functionAttr(Object o, String name) {
        PyFunction fn = (PyFunction) o;
        switch (name) {
            case "__name__": return fn.name;
            case "__qualname__": return fn.qualname;
            case "__code__": return fn.code;
            case "__globals__": return fn.globals;
            case "__builtins__": return fn.builtins;
            case "__module__": return fn.module;
            case "__doc__": return fn.doc;
            case "__defaults__": return fn.defaults == null ? Py.None : PyTuple.of(fn.defaults);
            case "__kwdefaults__": return fn.kwdefaults == null ? Py.None : fn.kwdefaults;
            case "__closure__": return fn.closure == null ? Py.None : PyTuple.of(fn.closure);
            case "__annotate__": return fn.annotate;
            case "__annotations__": return annotationsOf(fn);
            case "__type_params__": return fn.typeParams == Py.None ? PyTuple.EMPTY : fn.typeParams;
            case "__dict__": return dictOf(fn);
            case "__get__": return new BuiltinFunction("__get__", (self, a, off, n, kw) ->
                    n == 0 || a[off] == Py.None ? fn : new Wrappers.Method(fn, a[off]));
            default:
                Object v = fn.dict == null ? null : fn.dict.getItemOrNull(name);
                return v != null ? v : inherited(o, name);
        }
    }

    /** Mirrors Objects/funcobject.c: func_get_annotations (computed once from __annotate__(VALUE)). */
    private static Object annotationsOf(PyFunction fn) {
        if (fn.annotations instanceof PyTuple pairs) {
            // the (name, value, name, value, ...) form the compiler emits under "from __future__ import annotations"
            PyDict d = new PyDict();
            for (int i = 0; i + 1 < pairs.size(); i += 2) d.setItem(pairs.get(i), pairs.get(i + 1));
            fn.annotations = d;
        }
        if (fn.annotations != Py.None) return fn.annotations;
        if (fn.annotate == Py.None || Py.type(fn.annotate).call == null) {
            fn.annotations = new PyDict();
        } else {
            Object d = Abstract.call(fn.annotate, 1L);
            if (!(d instanceof PyDict)) {
                throw Exceptions.typeError("__annotate__ returned non-dict of type '" + Py.type(d).name + "'");
            }
            fn.annotations = d;
        }
        return fn.annotations;
    }

    private static PyDict dictOf(PyFunction fn) {
        if (fn.dict == null) fn.dict = new PyDict();
        return fn.dict;
    }

    /** func_getsetlist's setters and func_memberlist's READONLY members, each with CPython's check. */
    private static void setFunctionAttr(Object o, String name, Object value) {
        PyFunction fn = (PyFunction) o;
        switch (name) {
            case "__name__", "__qualname__" -> {
                if (!(value instanceof String s)) throw Exceptions.typeError(name + " must be set to a string object");
                if (name.equals("__name__")) fn.name = s;
                else fn.qualname = s;
            }
            case "__closure__", "__globals__", "__builtins__" -> throw Exceptions.attributeError("readonly attribute", name, o);
            case "__doc__" -> fn.doc = value == null ? Py.None : value;
            case "__module__" -> fn.module = value == null ? Py.None : value;
            case "__annotate__" -> {
                if (value == null) throw Exceptions.typeError("__annotate__ cannot be deleted");
                if (value != Py.None && Py.type(value).call == null) {
                    throw Exceptions.typeError("__annotate__ must be callable or None");
                }
                fn.annotate = value;
                if (value != Py.None) fn.annotations = Py.None;
            }
            case "__annotations__" -> {
                if (value == null) value = Py.None;
                if (value != Py.None && !(value instanceof PyDict)) {
                    throw Exceptions.typeError("__annotations__ must be set to a dict object");
                }
                fn.annotations = value;
                fn.annotate = Py.None;
            }
            case "__defaults__" -> {
                if (value != null && value != Py.None && !(value instanceof PyTuple)) {
                    throw Exceptions.typeError("__defaults__ must be set to a tuple object");
                }
                fn.defaults = value instanceof PyTuple t ? PyFunction.items(t) : null;
                fn.bumpVersion();
            }
            case "__kwdefaults__" -> {
                if (value != null && value != Py.None && !(value instanceof PyDict)) {
                    throw Exceptions.typeError("__kwdefaults__ must be set to a dict object");
                }
                fn.kwdefaults = value instanceof PyDict d ? d : null;
            }
            case "__code__" -> {
                if (!(value instanceof PyCode code)) throw Exceptions.typeError("__code__ must be set to a code object");
                int free = code.co.freevars().size(), closure = fn.closure == null ? 0 : fn.closure.length;
                if (free != closure) {
                    throw Exceptions.valueError(fn.name + "() requires a code object with " + closure
                            + " free vars, not " + free);
                }
                fn.code = code;
                fn.bumpVersion();
            }
            case "__dict__" -> {
                if (value == null) throw Exceptions.typeError("cannot delete __dict__");
                if (!(value instanceof PyDict d)) {
                    throw Exceptions.typeError("__dict__ must be set to a dictionary, not a '" + Py.type(value).name + "'");
                }
                fn.dict = d;
            }
            default -> {
                if (value != null) dictOf(fn).setItem(name, value);
                else if (fn.dict == null || fn.dict.removeOrNull(name) == null) {
                    throw Exceptions.attributeError("'function' object has no attribute '" + name + "'", name, o);
                }
            }
        }
    }

    private static Object generatorAttr(Object o, String name) {
        PyGenerator g = (PyGenerator) o;
        if (g instanceof PyAsyncGenerator ag) return asyncGeneratorAttr(ag, name);
        return switch (name) {
            case "send" -> new BuiltinFunction("send", (self, a, off, n, kw) -> g.send(a[off]));
            case "throw" -> new BuiltinFunction("throw", (self, a, off, n, kw) ->
                    g.throwIn(Raise.fromThrowArgs(a, off, n)));
            case "close" -> new BuiltinFunction("close", (self, a, off, n, kw) -> g.close());
            case "__next__" -> new BuiltinFunction("__next__", (self, a, off, n, kw) -> g.send(Py.None));
            case "__iter__" -> new BuiltinFunction("__iter__", (self, a, off, n, kw) -> g);
            case "__name__" -> g.name;
            case "__qualname__" -> g.qualname;
            default -> {
                // gen_getsetlist and coro_getsetlist: the same fields under gi_ or cr_ names
                String prefix = g.type == COROUTINE ? "cr_" : "gi_";
                if (!name.startsWith(prefix)) yield inherited(o, name);
                yield switch (name.substring(3)) {
                    case "frame" -> g.isFinished() ? Py.None : frameObject(g.frame);
                    case "code" -> g.frame.code;
                    case "running" -> g.isRunning();
                    case "suspended" -> g.isSuspended();
                    case "yieldfrom" -> prefix.equals("gi_") ? g.yieldFrom() : inherited(o, name);
                    case "await" -> prefix.equals("cr_") ? g.yieldFrom() : inherited(o, name);
                    case "origin" -> prefix.equals("cr_") ? Py.None : inherited(o, name);
                    default -> inherited(o, name);
                };
            }
        };
    }

    private static boolean hasAttr(Object o, String name) {
        try {
            Py.type(o).getattro.get(o, name);
            return true;
        } catch (PyException e) {
            if (e.matches(Exceptions.AttributeError)) return false;
            throw e;
        }
    }

    /**
     * PyObject_GenericSetAttr on an attribute these types do not let Python code set: a method is
     * read-only, a getset without a setter not writable, anything else missing (there is no __dict__).
     */
    static PyException notWritable(Object o, String name) {
        String type = Py.type(o).name;
        if (!hasAttr(o, name)) {
            return Exceptions.attributeError("'" + type + "' object has no attribute '" + name
                    + "' and no __dict__ for setting new attributes", name, o);
        }
        Object v = Py.type(o).getattro.get(o, name);
        if (v instanceof BuiltinFunction || v instanceof Wrappers.Method) {
            return Exceptions.attributeError("'" + type + "' object attribute '" + name + "' is read-only", name, o);
        }
        return Exceptions.attributeError("attribute '" + name + "' of '" + type + "' objects is not writable", name, o);
    }

    /** gen_set_name / gen_set_qualname. */
    private static void setGeneratorAttr(Object o, String name, Object value) {
        PyGenerator g = (PyGenerator) o;
        if (!name.equals("__name__") && !name.equals("__qualname__")) throw notWritable(o, name);
        if (!(value instanceof String s)) throw Exceptions.typeError(name + " must be set to a string object");
        if (name.equals("__name__")) g.name = s;
        else g.qualname = s;
    }

    /** tb_next_set: another traceback or None, never making a loop. */
    private static void setTracebackAttr(Object o, String name, Object value) {
        if (!name.equals("tb_next")) throw notWritable(o, name);
        if (value == null) throw Exceptions.typeError("can't delete tb_next attribute");
        if (value != Py.None && !(value instanceof PyTraceback)) {
            throw Exceptions.typeError("expected traceback object, got '" + Py.type(value).name + "'");
        }
        for (Object cursor = value; cursor instanceof PyTraceback t; cursor = t.next) {
            if (cursor == o) throw Exceptions.valueError("traceback loop detected");
        }
        ((PyTraceback) o).next = value;
    }

    /** async_gen_getsetlist and async_gen_memberlist; the methods are in the type's dict. */
    private static Object asyncGeneratorAttr(PyAsyncGenerator ag, String name) {
        return switch (name) {
            case "__name__" -> ag.name;
            case "__qualname__" -> ag.qualname;
            case "ag_frame" -> ag.isFinished() ? Py.None : frameObject(ag.frame);
            case "ag_code" -> ag.frame.code;
            case "ag_running" -> ag.runningAsync();
            case "ag_suspended" -> ag.isSuspended();
            case "ag_await" -> ag.yieldFrom();
            default -> inherited(ag, name);
        };
    }

    /** The frame object of an interpreter frame, the same object each time (_PyFrame_GetFrameObject). */
    static FrameView frameObject(Frame f) {
        if (f.frameObject == null) {
            // The view keeps the frame and its caller (f_back): neither may be reused.
            f.pin();
            if (f.back != null) f.back.pin();
            f.frameObject = new FrameView(f);
        }
        return f.frameObject;
    }

    /** Mirrors Python/sysmodule.c: sys__getframe_impl. */
    public static Object callerFrame(long depth) {
        Frame f = ThreadState.current().frame;
        for (long i = 0; i < depth && f != null; i++) f = f.back;
        if (f == null) throw Exceptions.valueError("call stack is not deep enough");
        return frameObject(f);
    }

    /** The Python-visible frame object (PyFrameObject) for an interpreter frame. */
    public static final class FrameView extends tierpy.objects.PyObject {
        public final Frame frame;

        /** f_trace, f_trace_lines and f_trace_opcodes as last set. */
        Object trace = Py.None;
        boolean traceLines = true, traceOpcodes;

        /** Names set through f_locals that the code has no variable for (f_extra_locals). */
        PyDict extraLocals;

        /** The caller when the frame object was made: a finished frame keeps its f_back (take_ownership). */
        private final Frame caller;

        FrameView(Frame frame) {
            super(FRAME);
            this.frame = frame;
            this.caller = frame.back;
        }

        /**
         * The code unit frame->instr_ptr stands at: a generator not running has stepped past
         * RETURN_GENERATOR or YIELD_VALUE (both do frame->instr_ptr++), while tierpy's lasti stays on
         * that instruction, where a throw() looks for its handler.
         */
        int instrPtr() {
            PyGenerator g = frame.generator;
            return g != null && !g.isRunning() && !g.isFinished() ? frame.lasti + 1 : frame.lasti;
        }

        /**
         * frame_clear_impl: a frame still running (on the thread's stack or in a running generator) or
         * suspended refuses; a generator not started is closed; a finished frame drops its variables.
         */
        Object clear() {
            PyGenerator g = frame.generator;
            if (g != null) {
                if (g.isRunning()) throw Exceptions.runtimeError("cannot clear an executing frame");
                if (g.isSuspended()) throw Exceptions.runtimeError("cannot clear a suspended frame");
                if (!g.isFinished()) {
                    // _PyGen_Finalize: a coroutine never started is only warned about
                    if (g.type == COROUTINE) {
                        Exceptions.warn(Exceptions.RuntimeWarning, "coroutine '" + g.qualname + "' was never awaited", 1);
                    } else {
                        g.close();
                    }
                    return Py.None;
                }
            } else {
                for (Frame f = frame.ts.frame; f != null; f = f.back) {
                    if (f == frame) throw Exceptions.runtimeError("cannot clear an executing frame");
                }
            }
            java.util.Arrays.fill(frame.localsplus, null);
            extraLocals = null;
            return Py.None;
        }

        /** A generator's frame has the caller of its current resumption, None while suspended. */
        Object back() {
            Frame b = frame.code.isGenerator() || caller == null ? frame.back : caller;
            return b == null ? Py.None : frameObject(b);
        }
    }
}
