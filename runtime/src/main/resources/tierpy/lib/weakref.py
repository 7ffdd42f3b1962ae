"""Weak references: ref, proxy, WeakValueDictionary, WeakKeyDictionary, WeakSet, WeakMethod, finalize.

tierpy's objects are freed by the JVM's garbage collector, not by reference counting: an object
whose last strong reference goes away stays alive (and its weak references keep returning it)
until the JVM collects it. gc.collect() runs a full collection; the callbacks of the weak
references it cleared (and so the removals from the weak containers and finalize callbacks) run
before it returns. Otherwise they run at some later point: the next weak reference made or the
next gc.collect().
"""

import _weakref
import sys
import types
from _weakref import getweakrefcount, getweakrefs
from collections.abc import MutableMapping, MutableSet

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs",
           "WeakKeyDictionary", "ReferenceType", "ProxyType",
           "CallableProxyType", "ProxyTypes", "WeakValueDictionary",
           "WeakSet", "WeakMethod", "finalize"]

# built-in types whose instances can be weakly referenced (instances of classes qualify when
# the class has a __weakref__ slot)
_WEAKREFABLE = (type, types.FunctionType, types.BuiltinFunctionType, types.MethodType, set, frozenset,
                types.GeneratorType, types.CoroutineType, types.AsyncGeneratorType, types.CodeType,
                types.ModuleType)


# variable-size built-in types: CPython's subclasses of them have no room for weak references
_NO_WEAKREF_BASES = (int, tuple, bytes)


def _check_weakrefable(ob):
    if (not (isinstance(ob, _WEAKREFABLE) or hasattr(type(ob), "__weakref__"))
            or isinstance(ob, _NO_WEAKREF_BASES)):
        raise TypeError(f"cannot create weak reference to '{type(ob).__name__}' object")


def _address(ob):
    # the "at 0x..." part of the object's default repr
    return object.__repr__(ob).rsplit(" at ", 1)[1][:-1]


def _describe(ob):
    # "'Foo' at 0x..." as weakref reprs name the object they point to
    text = f"'{type(ob).__name__}' at {_address(ob)}"
    name = getattr(ob, "__name__", None)
    return f"{text} ({name})" if isinstance(name, str) else text


def _report_callback_error(callback, error):
    import traceback
    # from the callback's own frame on: the caller here stands for the collector
    traceback._print_unraisable(f"Exception ignored while calling weakref callback {callback!r}",
                                error.with_traceback(error.__traceback__.tb_next))


class ReferenceType:
    """A weak reference: calling it returns the object, or None once the object is gone."""

    __slots__ = ("_cell", "_callback", "_hash", "__weakref__")

    def __new__(cls, *args):
        if not 1 <= len(args) <= 2:
            raise TypeError(f"__new__ expected at {'least 1 argument' if not args else 'most 2 arguments'}, "
                            f"got {len(args)}")
        ob, callback = args if len(args) == 2 else (args[0], None)
        _check_weakrefable(ob)
        plain = callback is None and cls is ReferenceType
        if plain:
            existing = _weakref._plain_ref(ob)
            if existing is not None:
                return existing
        self = object.__new__(cls)
        self._callback = callback
        self._hash = None
        self._cell = _weakref._cell(self, ob, None if callback is None else self._died)
        if plain:
            _weakref._set_plain_ref(ob, self)
        return self

    def __init__(self, *args):
        pass

    def _died(self):
        callback, self._callback = self._callback, None
        try:
            callback(self)
        except Exception as error:
            _report_callback_error(callback, error)

    def __call__(self):
        return _weakref._deref(self._cell)

    @property
    def __callback__(self):
        return self._callback

    def __hash__(self):
        if self._hash is None:
            ob = self()
            if ob is None:
                raise TypeError("weak object has gone away")
            self._hash = hash(ob)
        return self._hash

    def __eq__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        mine, theirs = self(), other()
        if mine is None or theirs is None:
            return self is other
        return mine == theirs

    def __ne__(self, other):
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    def __repr__(self):
        ob = self()
        if ob is None:
            return f"<weakref at {_address(self)}; dead>"
        return f"<weakref at {_address(self)}; to {_describe(ob)}>"

    __class_getitem__ = classmethod(types.GenericAlias)


ref = ReferenceType


class WeakMethod(ref):
    """A weak reference to a bound method: it dies when either the object or the function does."""

    __slots__ = ("_func_ref", "_meth_type", "_alive")

    def __new__(cls, meth, callback=None):
        try:
            obj, func = meth.__self__, meth.__func__
        except AttributeError:
            raise TypeError(f"argument should be a bound method, not {type(meth)}") from None
        self = ref.__new__(cls, obj, callback)
        self._func_ref = ref(func, lambda _: self._died() if self._callback is not None else None)
        self._meth_type = type(meth)
        return self

    def __call__(self):
        obj, func = ref.__call__(self), self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)

    def __eq__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        return self is other if self() is None or other() is None else self() == other()

    def __hash__(self):
        return ref.__hash__(self)


class ProxyType:
    """A weak proxy: it forwards to its object, and raises ReferenceError once the object is gone."""

    __slots__ = ("_ref", "__weakref__")

    def __init__(self, ob, callback=None):
        object.__setattr__(self, "_ref", ref(ob, None if callback is None else lambda _: callback(self)))

    def __getattribute__(self, name):
        return getattr(_target(self), name)

    def __setattr__(self, name, value):
        setattr(_target(self), name, value)

    def __delattr__(self, name):
        delattr(_target(self), name)

    def __repr__(self):
        ob = object.__getattribute__(self, "_ref")()
        return f"<weakproxy at {_address(self)}; to {_describe(ob)}>" if ob is not None \
            else f"<weakproxy at {_address(self)}; dead>"

    def __str__(self):
        return str(_target(self))

    def __bytes__(self):
        return bytes(_target(self))

    def __bool__(self):
        return bool(_target(self))

    def __hash__(self):
        raise TypeError(f"unhashable type: 'weakref.{type(self).__name__}'")


class CallableProxyType(ProxyType):
    """A weak proxy to a callable object."""

    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return _target(self)(*args, **kwargs)


def _target(proxy):
    ob = object.__getattribute__(proxy, "_ref")()
    if ob is None:
        raise ReferenceError("weakly-referenced object no longer exists")
    return ob


def _forwarding(name):
    def forward(self, *args):
        return getattr(_target(self), name)(*args)
    forward.__name__ = name
    return forward


# the special methods a proxy forwards to its object (they are looked up on the type, so
# __getattribute__ alone would not reach them)
for _name in ("__len__", "__iter__", "__next__", "__reversed__", "__contains__", "__getitem__",
              "__setitem__", "__delitem__", "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__",
              "__add__", "__sub__", "__mul__", "__matmul__", "__truediv__", "__floordiv__", "__mod__",
              "__divmod__", "__pow__", "__lshift__", "__rshift__", "__and__", "__xor__", "__or__",
              "__radd__", "__rsub__", "__rmul__", "__rmatmul__", "__rtruediv__", "__rfloordiv__",
              "__rmod__", "__rdivmod__", "__rpow__", "__rlshift__", "__rrshift__", "__rand__",
              "__rxor__", "__ror__", "__neg__", "__pos__", "__abs__", "__invert__", "__int__",
              "__float__", "__index__", "__enter__", "__exit__"):
    setattr(ProxyType, _name, _forwarding(_name))
del _name


ProxyTypes = (ProxyType, CallableProxyType)


def proxy(ob, callback=None, /):
    """Create a proxy object that weakly references 'ob'."""
    _check_weakrefable(ob)
    return (CallableProxyType if callable(ob) else ProxyType)(ob, callback)


class KeyedRef(ref):
    """A weak reference that remembers the key it is stored under (in a WeakValueDictionary)."""

    __slots__ = ("key",)

    def __new__(cls, ob, callback, key):
        self = ref.__new__(cls, ob, callback)
        self.key = key
        return self


def _remover(container, drop):
    # the callback that takes a dead entry out of container.data (holding the container weakly)
    container_ref = ref(container)

    def remove(wr):
        owner = container_ref()
        if owner is not None:
            drop(owner.data, wr)
    return remove


def _alive(refs):
    # the objects still alive among weak references (a snapshot: callbacks may change refs)
    for wr in list(refs):
        ob = wr()
        if ob is not None:
            yield ob


def _holds(refs, ob):
    # whether refs (a set or dict keyed by weak references) has one to ob
    try:
        return ref(ob) in refs
    except TypeError:
        return False


def _drop_value(data, wr):
    if data.get(wr.key) is wr:
        del data[wr.key]


class _WeakMapping(MutableMapping):
    # what both weak dictionaries share: repr, copy and the | operators

    def __repr__(self):
        return f"<{type(self).__name__} at {_address(self)}>"

    def __copy__(self):
        return self.copy()

    def __or__(self, other):
        if not isinstance(other, (dict, MutableMapping)):
            return NotImplemented
        result = self.copy()
        result.update(other)
        return result

    def __ior__(self, other):
        self.update(other)
        return self


class WeakValueDictionary(_WeakMapping):
    """A mapping whose values are weakly referenced: an entry goes when its value dies."""

    def __init__(self, other=(), /, **kw):
        self._remove = _remover(self, _drop_value)
        self.data = {}
        self.update(other, **kw)

    def __getitem__(self, key):
        ob = self.data[key]()
        if ob is None:
            raise KeyError(key)
        return ob

    def __setitem__(self, key, value):
        self.data[key] = KeyedRef(value, self._remove, key)

    def __delitem__(self, key):
        del self.data[key]

    def __contains__(self, key):
        wr = self.data.get(key)
        return wr is not None and wr() is not None

    def __iter__(self):
        for key, wr in list(self.data.items()):
            if wr() is not None:
                yield key

    def __len__(self):
        return sum(1 for wr in list(self.data.values()) if wr() is not None)

    def copy(self):
        return type(self)(self.items())

    def itervaluerefs(self):
        """An iterator over the weak references to the values."""
        yield from list(self.data.values())

    def valuerefs(self):
        """A list of the weak references to the values."""
        return list(self.data.values())


class WeakKeyDictionary(_WeakMapping):
    """A mapping whose keys are weakly referenced: an entry goes when its key dies."""

    def __init__(self, dict=None):
        self._remove = _remover(self, lambda data, wr: data.pop(wr, None))
        self.data = {}
        if dict is not None:
            self.update(dict)

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __contains__(self, key):
        return _holds(self.data, key)

    def __iter__(self):
        return _alive(self.data)

    def __len__(self):
        return sum(1 for _ in _alive(self.data))

    def copy(self):
        return type(self)(dict(self.items()))

    def keyrefs(self):
        """A list of the weak references to the keys."""
        return list(self.data)


class WeakSet(MutableSet):
    """A set whose items are weakly referenced: an item goes when it dies."""

    def __init__(self, data=None):
        self._remove = _remover(self, lambda data, wr: data.discard(wr))
        self.data = set()
        if data is not None:
            self.update(data)

    def __iter__(self):
        return _alive(self.data)

    def __len__(self):
        return sum(1 for _ in _alive(self.data))

    def __contains__(self, item):
        return _holds(self.data, item)

    def add(self, item):
        self.data.add(ref(item, self._remove))

    def discard(self, item):
        self.data.discard(ref(item))

    def update(self, other):
        for item in other:
            self.add(item)

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    @classmethod
    def _from_iterable(cls, it):
        return cls(it)

    def __repr__(self):
        return repr(self.data)

    __class_getitem__ = classmethod(types.GenericAlias)


class finalize:
    """Class for finalization of weakrefable objects.

    finalize(obj, func, *args, **kwargs) returns a callable finalizer object which will be
    called when obj is garbage collected (as a weak reference callback). The first time the
    finalizer is called it evaluates func(*args, **kwargs) and returns the result; after that
    it is dead and calling it returns None. When the program exits, the finalizers still
    alive are called unless their atexit attribute was set to false.
    """

    __slots__ = ("_ref", "_func", "_args", "_kwargs", "atexit", "_index", "__weakref__")

    _registry = {}
    _counter = 0
    _exit_hook_registered = False

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._exit_hook_registered:
            import atexit
            atexit.register(finalize._exitfunc)
            finalize._exit_hook_registered = True
        self._ref = ref(obj, self)
        self._func, self._args, self._kwargs = func, args, kwargs
        self.atexit = True
        finalize._counter += 1
        self._index = finalize._counter
        finalize._registry[self] = None

    def __call__(self, _=None):
        """If alive then mark as dead and return func(*args, **kwargs); otherwise return None."""
        if finalize._registry.pop(self, False) is None:
            return self._func(*self._args, **self._kwargs)
        return None

    def detach(self):
        """If alive then mark as dead and return (obj, func, args, kwargs); otherwise return None."""
        obj = self._ref()
        if obj is not None and finalize._registry.pop(self, False) is None:
            return (obj, self._func, self._args, self._kwargs)
        return None

    def peek(self):
        """If alive then return (obj, func, args, kwargs); otherwise return None."""
        obj = self._ref()
        if obj is not None and self in finalize._registry:
            return (obj, self._func, self._args, self._kwargs)
        return None

    @property
    def alive(self):
        """Whether finalizer is alive."""
        return self in finalize._registry

    def __repr__(self):
        obj = self._ref()
        if obj is None:
            return f"<finalize object at {_address(self)}; dead>"
        return f"<finalize object at {_address(self)}; for {_describe(obj)}>"

    @classmethod
    def _exitfunc(cls):
        # the finalizers still alive at exit, newest first
        pending = sorted((f for f in cls._registry if f.atexit), key=lambda f: f._index, reverse=True)
        for f in pending:
            try:
                f()
            except Exception as error:
                import traceback
                traceback._print_unraisable(f"Exception ignored in: {f!r}", error)
