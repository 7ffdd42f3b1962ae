package tierpy.vm;

import tierpy.objects.Abstract;
import tierpy.objects.Descriptors.MethodDescr;
import tierpy.objects.Exceptions;
import tierpy.objects.Py;
import tierpy.objects.PyException;
import tierpy.objects.PyObject;
import tierpy.objects.PyType;

/**
 * Mirrors Objects/iterobject.c: anextawaitable, what {@code anext(iterator, default)} returns. Each
 * step goes to the iterator of the awaitable __anext__() gave; its StopAsyncIteration becomes
 * StopIteration(default), so the await evaluates to the default.
 */
public final class AnextAwaitable extends PyObject {
    static final PyType TYPE = VmTypes.ANEXT_AWAITABLE;

    private final Object wrapped;
    private final Object defaultValue;

    public AnextAwaitable(Object wrapped, Object defaultValue) {
        super(TYPE);
        this.wrapped = wrapped;
        this.defaultValue = defaultValue;
    }

    /** anextawaitable_getiter: _PyCoro_GetAwaitableIter, and a coroutine's __await__() iterator. */
    private Object awaitableIter() {
        Object awaitable = Generators.awaitable(wrapped, 0);
        if (Py.type(awaitable).next != null) return awaitable;
        Object it = Abstract.callBound(Abstract.lookupSpecial(awaitable, "__await__"), awaitable);
        if (Py.type(it).next == null) throw Exceptions.typeError("__await__ returned a non-iterable");
        return it;
    }

    /** StopAsyncIteration from the iterator: the await is over and its value is the default. */
    private PyException translated(PyException e) {
        return e.matches(Exceptions.StopAsyncIteration) ? Exceptions.stopIteration(defaultValue) : e;
    }

    private Object next() {
        Object it = awaitableIter();
        Object r;
        try {
            r = Py.type(it).next.apply(it);
        } catch (PyException e) {
            throw translated(e);
        }
        if (r == null) throw Exceptions.raise(Exceptions.StopIteration);
        return r;
    }

    /** anextawaitable_proxy: send, throw and close go to the iterator's method of that name. */
    private Object proxy(String method, Object[] args, int off, int n) {
        Object it = awaitableIter();
        try {
            return Abstract.vectorcall(Abstract.getattr(it, method), args, off, n, null);
        } catch (PyException e) {
            throw translated(e);
        }
    }

    static void defineMethods() {
        TYPE.repr = Object::toString;
        TYPE.iter = o -> o;
        TYPE.next = o -> ((AnextAwaitable) o).next();
        MethodDescr.define(TYPE, "__await__", self -> self);
        MethodDescr.define(TYPE, "__iter__", self -> self);
        MethodDescr.define(TYPE, "__next__", self -> ((AnextAwaitable) self).next());
        MethodDescr.define(TYPE, "send", (self, v) -> ((AnextAwaitable) self).proxy("send", new Object[] {v}, 0, 1));
        MethodDescr.define(TYPE, "throw", (self, a, off, n, kw) -> {
            if (kw != null && kw.length > 0) throw Exceptions.typeError("throw() takes no keyword arguments");
            if (n < 1) throw Exceptions.typeError("throw expected at least 1 argument, got " + n);
            if (n > 3) throw Exceptions.typeError("throw expected at most 3 arguments, got " + n);
            return ((AnextAwaitable) self).proxy("throw", a, off, n);
        });
        MethodDescr.define(TYPE, "close", self -> ((AnextAwaitable) self).proxy("close", new Object[0], 0, 0));
    }

    @Override
    public String toString() {
        return "<anext_awaitable object at 0x"
                + Long.toHexString(0x7f0000000000L + ((long) System.identityHashCode(this) << 4)) + ">";
    }
}
