"""Mirrors Lib/collections/abc.py: the names, as plain classes checked structurally."""


def _has(cls, *methods):
    return all(any(m in B.__dict__ for B in cls.__mro__) for m in methods)


class _ABCMeta(type):
    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, sub):
        if type.__subclasscheck__(cls, sub):
            return True
        required = cls.__dict__.get('_required', ())
        return bool(required) and _has(sub, *required)


class Hashable(metaclass=_ABCMeta): _required = ('__hash__',)
class Iterable(metaclass=_ABCMeta): _required = ('__iter__',)
class Iterator(Iterable): _required = ('__iter__', '__next__')
class Reversible(Iterable): _required = ('__reversed__', '__iter__')
class Generator(Iterator): _required = ('send', 'throw', '__next__')
class Sized(metaclass=_ABCMeta): _required = ('__len__',)
class Container(metaclass=_ABCMeta): _required = ('__contains__',)
class Callable(metaclass=_ABCMeta): _required = ('__call__',)
class Collection(Sized, Iterable, Container): _required = ('__len__', '__iter__', '__contains__')
class Sequence(Reversible, Collection): _required = ('__getitem__', '__len__')
class MutableSequence(Sequence): _required = ('__getitem__', '__setitem__', '__delitem__', 'insert')
class Set(Collection): _required = ('__contains__', '__iter__', '__len__', 'isdisjoint')
class MutableSet(Set): _required = ('add', 'discard', 'isdisjoint')
class Mapping(Collection): _required = ('__getitem__', 'keys', 'items', 'get')
class MutableMapping(Mapping): _required = ('__getitem__', '__setitem__', '__delitem__', 'keys', 'update')
class MappingView(Sized): _required = ()
class KeysView(MappingView, Set): _required = ()
class ItemsView(MappingView, Set): _required = ()
class ValuesView(MappingView, Collection): _required = ()
class Awaitable(metaclass=_ABCMeta): _required = ('__await__',)
class Coroutine(Awaitable): _required = ('send', 'throw', 'close', '__await__')
class AsyncIterable(metaclass=_ABCMeta): _required = ('__aiter__',)
class AsyncIterator(AsyncIterable): _required = ('__aiter__', '__anext__')
class Buffer(metaclass=_ABCMeta): _required = ('__buffer__',)
