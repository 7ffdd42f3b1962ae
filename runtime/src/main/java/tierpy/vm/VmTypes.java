package tierpy.vm;

import tierpy.objects.Wrappers;
import java.util.Map;

import tierpy.objects.Abstract;
import tierpy.objects.Descriptors.BuiltinFunction;
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
    public static final PyType MODULE = make("module");

    private static PyType make(String name) {
        PyType t = PyType.newHeapType(Py.TYPE, name, new PyType[] {Py.OBJECT},
                Map.of("__module__", "builtins", "__qualname__", name), null, null);
        t.acceptableBase = false;
        return t;
    }

    static {
        Exceptions.warnings = Warnings::warn;
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
                case "f_lineno" -> (long) f.lineno();
                case "f_lasti" -> (long) f.lasti * 2;
                case "f_globals" -> f.globals;
                case "f_builtins" -> f.builtins;
                case "f_locals" -> f.locals != null ? f.locals : new FrameLocalsProxy((FrameView) o);
                case "f_back" -> ((FrameView) o).back();
                case "f_trace" -> Py.None;
                case "f_trace_lines" -> Boolean.TRUE;
                case "f_trace_opcodes" -> Boolean.FALSE;
                default -> inherited(o, name);
            };
        };
        FRAME.repr = o -> {
            Frame f = ((FrameView) o).frame;
            return "<frame at 0x" + Long.toHexString(0x7f0000000000L + ((long) System.identityHashCode(o) << 4))
                    + ", file '" + f.code.co.filename + "', line " + f.lineno() + ", code " + f.code.co.name + ">";
        };

        for (PyType gen : new PyType[] {GENERATOR, COROUTINE}) {
            gen.repr = Object::toString;
            gen.getattro = VmTypes::generatorAttr;
        }
        MODULE.getattro = PyModule::getattr;
        MODULE.setattro = PyModule::setattr;
        MODULE.repr = Object::toString;
        GENERATOR.iter = o -> o;
        GENERATOR.next = o -> ((PyGenerator) o).nextOrNull();
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
                if (v != null) return v;
                throw Exceptions.attributeError("'function' object has no attribute '" + name + "'", name, o);
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

    private static void setFunctionAttr(Object o, String name, Object value) {
        PyFunction fn = (PyFunction) o;
        switch (name) {
            case "__name__" -> fn.name = (String) value;
            case "__qualname__" -> fn.qualname = (String) value;
            case "__doc__" -> fn.doc = value;
            case "__module__" -> fn.module = value;
            case "__annotate__" -> {
                if (value != Py.None && Py.type(value).call == null) {
                    throw Exceptions.typeError("__annotate__ must be callable or None");
                }
                fn.annotate = value;
                if (value != Py.None) fn.annotations = Py.None;
            }
            case "__annotations__" -> {
                if (value != Py.None && !(value instanceof PyDict)) {
                    throw Exceptions.typeError("__annotations__ must be set to a dict object");
                }
                fn.annotations = value;
                fn.annotate = Py.None;
            }
            case "__defaults__" -> {
                fn.defaults = value == Py.None ? null : PyFunction.items((PyTuple) value);
                fn.bumpVersion();
            }
            case "__kwdefaults__" -> fn.kwdefaults = value == Py.None ? null : (PyDict) value;
            case "__code__" -> {
                fn.code = (PyCode) value;
                fn.bumpVersion();
            }
            default -> dictOf(fn).setItem(name, value);
        }
    }

    private static Object generatorAttr(Object o, String name) {
        PyGenerator g = (PyGenerator) o;
        return switch (name) {
            case "send" -> new BuiltinFunction("send", (self, a, off, n, kw) -> g.send(a[off]));
            case "throw" -> new BuiltinFunction("throw", (self, a, off, n, kw) ->
                    g.throwIn(Raise.fromThrowArgs(a, off, n)));
            case "close" -> new BuiltinFunction("close", (self, a, off, n, kw) -> g.close());
            case "__next__" -> new BuiltinFunction("__next__", (self, a, off, n, kw) -> g.send(Py.None));
            case "__iter__" -> new BuiltinFunction("__iter__", (self, a, off, n, kw) -> g);
            case "__name__" -> g.name;
            case "__qualname__" -> g.qualname;
            case "gi_frame", "cr_frame" -> g.isFinished() ? Py.None : frameObject(g.frame);
            case "gi_code", "cr_code" -> g.frame.code;
            case "gi_running", "cr_running" -> g.isRunning();
            case "gi_suspended", "cr_suspended" -> g.isSuspended();
            case "gi_yieldfrom", "cr_await" -> g.yieldFrom();
            default -> inherited(o, name);
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

        /** Names set through f_locals that the code has no variable for (f_extra_locals). */
        PyDict extraLocals;

        /** The caller when the frame object was made: a finished frame keeps its f_back (take_ownership). */
        private final Frame caller;

        FrameView(Frame frame) {
            super(FRAME);
            this.frame = frame;
            this.caller = frame.back;
        }

        /** A generator's frame has the caller of its current resumption, None while suspended. */
        Object back() {
            Frame b = frame.code.isGenerator() || caller == null ? frame.back : caller;
            return b == null ? Py.None : frameObject(b);
        }
    }
}
