package tierpy.vm;

import tierpy.objects.Descriptors.MethodDescr;
import tierpy.objects.Exceptions;
import tierpy.objects.Py;
import tierpy.objects.PyException;
import tierpy.objects.PyObject;
import tierpy.objects.PyType;

/**
 * Mirrors Objects/genobject.c: PyAsyncGen_Type with its asend/athrow awaitables. Each {@code yield}
 * hands out a {@link WrappedValue} (INTRINSIC_ASYNC_GEN_WRAP), which tells an async yield (the
 * awaitable then finishes with StopIteration(value)) from a value an {@code await} inside the
 * generator passes out to whatever drives the awaitable.
 */
public final class PyAsyncGenerator extends PyGenerator {
    /** ag_running_async: an asend/athrow awaitable is iterating the generator (ag_running). */
    private boolean runningAsync;
    /** ag_closed: it ended with StopAsyncIteration or GeneratorExit, or aclose() began. */
    private boolean closed;
    /** ag_hooks_inited: sys.set_asyncgen_hooks' firstiter was consulted. */
    private boolean hooksInited;

    PyAsyncGenerator(Frame frame) {
        super(frame, VmTypes.ASYNC_GENERATOR);
    }

    /** _PyAsyncGenWrappedValue: what an async generator's {@code yield} suspends with. */
    public static final class WrappedValue extends PyObject {
        final Object value;

        public WrappedValue(Object value) {
            super(VmTypes.ASYNC_GEN_WRAPPED_VALUE);
            this.value = value;
        }
    }

    boolean runningAsync() {
        return runningAsync;
    }

    /** async_gen_init_hooks: the first asend/athrow/aclose/__anext__ calls firstiter and keeps the finalizer. */
    private void initHooks() {
        if (hooksInited) return;
        hooksInited = true;
        Object firstiter = ThreadState.current().asyncGenFirstiter;
        if (firstiter != Py.None) tierpy.objects.Abstract.call(firstiter, this);
    }

    /** gen_send then async_gen_unwrap_value. */
    private Object sendUnwrapped(Object arg) {
        Object result;
        try {
            result = send(arg);
        } catch (PyException e) {
            throw unwrapError(e);
        }
        return unwrap(result);
    }

    /** _gen_throw then async_gen_unwrap_value. */
    private Object throwUnwrapped(PyException exc, boolean closeOnGenExit) {
        Object result;
        try {
            result = throwIn(exc, closeOnGenExit);
        } catch (PyException e) {
            throw unwrapError(e);
        }
        return unwrap(result);
    }

    /** async_gen_unwrap_value for a yielded value: an async yield ends the awaitable with StopIteration(value). */
    private Object unwrap(Object result) {
        if (result instanceof WrappedValue w) {
            runningAsync = false;
            throw Exceptions.stopIteration(w.value);
        }
        return result;
    }

    /** async_gen_unwrap_value for an exception. */
    private PyException unwrapError(PyException e) {
        if (e.matches(Exceptions.StopAsyncIteration) || e.matches(Exceptions.GeneratorExit)) closed = true;
        runningAsync = false;
        return e;
    }

    private enum State { INIT, ITER, CLOSED }

    /** What async_gen_asend and async_gen_athrow share: the state, iteration through send and close. */
    private abstract static sealed class Awaitable extends PyObject permits ASend, AThrow {
        final PyAsyncGenerator gen;
        State state = State.INIT;

        /** The method named when the generator is already running: anext, athrow or aclose. */
        private final String method;
        /** What awaiting it again after it finished says. */
        private final String reuseMessage;

        Awaitable(PyType type, PyAsyncGenerator gen, String method, String reuseMessage) {
            super(type);
            this.gen = gen;
            this.method = method;
            this.reuseMessage = reuseMessage;
        }

        abstract Object send(Object arg);

        abstract Object throwIn(PyException exc);

        void checkReuse() {
            if (state == State.CLOSED) throw Exceptions.runtimeError(reuseMessage);
        }

        void checkRunning() {
            if (gen.runningAsync) {
                state = State.CLOSED;
                throw Exceptions.runtimeError(method + "(): asynchronous generator is already running");
            }
        }

        /** The start of throw(): the first step claims the generator. */
        void beginThrow() {
            checkReuse();
            if (state == State.INIT) {
                checkRunning();
                state = State.ITER;
                gen.runningAsync = true;
            }
        }

        /** throw() passed on to the generator; any exception ends the awaitable. */
        Object throwThrough(PyException exc) {
            try {
                return gen.throwUnwrapped(exc, true);
            } catch (PyException e) {
                gen.runningAsync = false;
                state = State.CLOSED;
                throw e;
            }
        }

        /** async_gen_asend_close / async_gen_athrow_close. */
        Object close() {
            if (state == State.CLOSED) return Py.None;
            try {
                throwIn(Exceptions.raise(Exceptions.GeneratorExit));
            } catch (PyException e) {
                if (e.matches(Exceptions.StopIteration) || e.matches(Exceptions.StopAsyncIteration)
                        || e.matches(Exceptions.GeneratorExit)) {
                    return Py.None;
                }
                throw e;
            }
            throw Exceptions.runtimeError("coroutine ignored GeneratorExit");
        }

        @Override
        public String toString() {
            return "<" + type.name + " object at 0x"
                    + Long.toHexString(0x7f0000000000L + ((long) System.identityHashCode(this) << 4)) + ">";
        }
    }

    /** async_generator_asend: what __anext__() and asend(v) return. */
    private static final class ASend extends Awaitable {
        /** ags_sendval: sent on the first step in place of None. */
        private final Object sendval;

        ASend(PyAsyncGenerator gen, Object sendval) {
            super(VmTypes.ASYNC_GEN_ASEND, gen, "anext", "cannot reuse already awaited __anext__()/asend()");
            this.sendval = sendval;
        }

        @Override
        Object send(Object arg) {
            checkReuse();
            if (state == State.INIT) {
                checkRunning();
                state = State.ITER;
                if (arg == Py.None) arg = sendval;
            }
            gen.runningAsync = true;
            try {
                return gen.sendUnwrapped(arg);
            } catch (PyException e) {
                state = State.CLOSED;
                throw e;
            }
        }

        @Override
        Object throwIn(PyException exc) {
            beginThrow();
            return throwThrough(exc);
        }
    }

    /** async_generator_athrow: what athrow(exc) and, with no exception (aclose mode), aclose() return. */
    private static final class AThrow extends Awaitable {
        /** athrow()'s arguments, checked when the exception is thrown in; null in aclose() mode. */
        private final Object[] args;

        AThrow(PyAsyncGenerator gen, Object[] args) {
            super(VmTypes.ASYNC_GEN_ATHROW, gen, args == null ? "aclose" : "athrow",
                    "cannot reuse already awaited aclose()/athrow()");
            this.args = args;
        }

        @Override
        Object send(Object arg) {
            checkReuse();
            if (gen.isFinished()) {
                state = State.CLOSED;
                throw Exceptions.raise(Exceptions.StopIteration);
            }
            if (state == State.ITER) {
                if (args != null) return gen.sendUnwrapped(arg);
                Object r;
                try {
                    r = gen.send(arg);
                } catch (PyException e) {
                    throw checkError(e);
                }
                return ignoringExit(r);
            }
            checkRunning();
            if (gen.closed) {
                state = State.CLOSED;
                throw Exceptions.raise(Exceptions.StopAsyncIteration);
            }
            if (arg != Py.None) throw Exceptions.runtimeError("can't send non-None value to a just-started coroutine");
            state = State.ITER;
            gen.runningAsync = true;
            Object r;
            try {
                if (args != null) return gen.throwUnwrapped(Raise.throwException(args, 0, args.length), false);
                gen.closed = true;
                r = gen.throwIn(Exceptions.raise(Exceptions.GeneratorExit), false);
            } catch (PyException e) {
                throw checkError(e);
            }
            return ignoringExit(r);
        }

        /** aclose() mode: a value the generator yields (rather than awaits) means it ignored GeneratorExit. */
        private Object ignoringExit(Object r) {
            if (!(r instanceof WrappedValue)) return r;
            gen.runningAsync = false;
            state = State.CLOSED;
            throw Exceptions.runtimeError("async generator ignored GeneratorExit");
        }

        /** check_error: aclose() ends quietly (StopIteration) when the generator exits. */
        private PyException checkError(PyException e) {
            gen.runningAsync = false;
            state = State.CLOSED;
            if (args == null && (e.matches(Exceptions.StopAsyncIteration) || e.matches(Exceptions.GeneratorExit))) {
                return Exceptions.raise(Exceptions.StopIteration);
            }
            return e;
        }

        @Override
        Object throwIn(PyException exc) {
            beginThrow();
            if (args != null) return throwThrough(exc);
            Object r;
            try {
                r = gen.throwIn(exc, true);
            } catch (PyException e) {
                throw checkError(e);
            }
            return ignoringExit(r);
        }
    }

    /** The methods of async_generator, async_generator_asend and async_generator_athrow. */
    static void defineMethods() {
        PyType ag = VmTypes.ASYNC_GENERATOR;
        MethodDescr.define(ag, "__aiter__", self -> self);
        MethodDescr.define(ag, "__anext__", self -> asend((PyAsyncGenerator) self, Py.None));
        MethodDescr.define(ag, "asend", (self, v) -> asend((PyAsyncGenerator) self, v));
        MethodDescr.define(ag, "aclose", self -> athrow((PyAsyncGenerator) self, null));
        MethodDescr.define(ag, "athrow", (self, a, off, n, kw) -> {
            if (kw != null && kw.length > 0) throw Exceptions.typeError("athrow() takes no keyword arguments");
            if (n < 1) throw Exceptions.typeError("athrow expected at least 1 argument, got " + n);
            if (n > 3) throw Exceptions.typeError("athrow expected at most 3 arguments, got " + n);
            if (n > 1) {
                Exceptions.warn(Exceptions.DeprecationWarning, "the (type, exc, tb) signature of athrow() is deprecated, "
                        + "use the single-arg signature instead.", 1);
            }
            return athrow((PyAsyncGenerator) self, java.util.Arrays.copyOfRange(a, off, off + n));
        });
        for (PyType t : new PyType[] {VmTypes.ASYNC_GEN_ASEND, VmTypes.ASYNC_GEN_ATHROW}) {
            t.repr = Object::toString;
            t.iter = o -> o;
            t.next = o -> ((Awaitable) o).send(Py.None);
            MethodDescr.define(t, "__await__", self -> self);
            MethodDescr.define(t, "__iter__", self -> self);
            MethodDescr.define(t, "__next__", self -> ((Awaitable) self).send(Py.None));
            MethodDescr.define(t, "send", (self, v) -> ((Awaitable) self).send(v));
            MethodDescr.define(t, "throw", (self, a, off, n, kw) -> {
                if (kw != null && kw.length > 0) throw Exceptions.typeError("throw() takes no keyword arguments");
                return ((Awaitable) self).throwIn(Raise.fromThrowArgs(a, off, n));
            });
            MethodDescr.define(t, "close", self -> ((Awaitable) self).close());
        }
    }

    private static Object asend(PyAsyncGenerator gen, Object value) {
        gen.initHooks();
        return new ASend(gen, value);
    }

    private static Object athrow(PyAsyncGenerator gen, Object[] args) {
        gen.initHooks();
        return new AThrow(gen, args);
    }
}
