"""Mirrors Lib/copy.py: copy and deepcopy with a memo, __copy__/__deepcopy__ and __reduce_ex__."""

__all__ = ["Error", "copy", "deepcopy", "replace"]


class Error(Exception):
    pass


error = Error

_ATOMIC = (type(None), int, float, bool, complex, str, tuple, frozenset, type, range, slice, property,
           type(Ellipsis), type(NotImplemented), type(len), type(lambda: 0))


def copy(x):
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        return x
    if cls is list:
        return x[:]
    if cls is dict:
        return x.copy()
    if cls is set:
        return x.copy()
    if cls.__name__ == 'bytearray':
        return x[:]
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, None, *_reduce(x))


def _reduce(x):
    reductor = getattr(x, "__reduce_ex__", None)
    if reductor is not None:
        try:
            rv = reductor(4)
        except TypeError:
            rv = None
        if rv is not None and not isinstance(rv, str):
            return rv
    cls = type(x)
    state = getattr(x, '__dict__', None)
    if state is not None and not state:
        state = None
    slots = []
    for klass in cls.__mro__:
        names = getattr(klass, '__slots__', ())
        if isinstance(names, str):
            names = (names,)
        slots.extend(n for n in names if n not in ('__dict__', '__weakref__') and n not in slots)
    if slots:
        slotstate = {n: getattr(x, n) for n in slots if hasattr(x, n)}
        state = (state, slotstate)
    for base in cls.__mro__:
        if base in (list, dict, set, tuple, int, float, str) or base is object:
            break
    if base is object:
        return (_new_object, (cls,), state)
    return (_new_builtin, (cls, base, base(x)), state)


def _new_object(cls):
    return object.__new__(cls)


def _new_builtin(cls, base, value):
    if base in (list, dict, set):
        obj = base.__new__(cls)
        if base is dict:
            obj.update(value)
        elif base is list:
            obj.extend(value)
        else:
            obj.update(value)
        return obj
    return base.__new__(cls, value)


def deepcopy(x, memo=None, _nil=[]):
    d = id(x)
    if memo is None:
        memo = {}
    else:
        y = memo.get(d, _nil)
        if y is not _nil:
            return y
    cls = type(x)
    if cls in _ATOMIC and cls is not tuple or issubclass(cls, type):
        return x
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        y = [deepcopy(a, memo) for a in x]
        try:
            return memo[d]
        except KeyError:
            pass
        for k, j in zip(x, y):
            if k is not j:
                y = tuple(y)
                break
        else:
            y = x
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set:
        y = {deepcopy(a, memo) for a in x}
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None and not isinstance(x, type):
            y = copier(memo)
        else:
            y = _reconstruct(x, memo, *_reduce(x))
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = tuple(deepcopy(arg, memo) for arg in args)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y


def replace(obj, /, **changes):
    cls = obj.__class__
    func = getattr(cls, '__replace__', None)
    if func is None:
        raise TypeError(f"replace() does not support {cls.__name__} objects")
    return func(obj, **changes)
