# abc (ABCMeta, abstract methods, register, __subclasshook__) and collections.abc built on it, with mixins
import abc
from collections.abc import (Callable, Hashable, ItemsView, Iterable, Iterator, KeysView, Mapping,
                             MutableMapping, MutableSequence, MutableSet, Reversible, Sequence, Set, Sized)


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...

    @property
    @abc.abstractmethod
    def name(self): ...


class Square(Shape):
    def area(self):
        return 4


try:
    Shape()
except TypeError as e:
    print(e)  # expect: Can't instantiate abstract class Shape without an implementation for abstract methods 'area', 'name'
try:
    Square()
except TypeError as e:
    print(e)  # expect: Can't instantiate abstract class Square without an implementation for abstract method 'name'
print(type(Shape), sorted(Shape.__abstractmethods__), abc.ABC.__slots__)  # expect: <class 'abc.ABCMeta'> ['area', 'name'] ()


class Named(Square):
    name = 'sq'


print(Named().area(), Named.__abstractmethods__)  # expect: 4 frozenset()


class Comparable(metaclass=abc.ABCMeta):
    pass


token = abc.get_cache_token()
print(Comparable.register(int), isinstance(True, Comparable), issubclass(str, Comparable))  # expect: <class 'int'> True False
print(abc.get_cache_token() != token)  # expect: True
for bad in (lambda: Comparable.register(1), lambda: issubclass(1, Comparable), lambda: Shape.register(abc.ABC)):
    try:
        bad()
    except (TypeError, RuntimeError) as e:
        print(type(e).__name__, e)
# expect: TypeError Can only register classes
# expect: TypeError issubclass() arg 1 must be a class
# expect: RuntimeError Refusing to create an inheritance cycle


class Quacks(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return hasattr(C, 'quack') if cls is Quacks else NotImplemented


class Duck:
    quack = True


print(issubclass(Duck, Quacks), isinstance(Duck(), Quacks), issubclass(int, Quacks))  # expect: True True False


class Legacy(abc.ABC):
    @abc.abstractproperty
    def x(self): ...

    @abc.abstractclassmethod
    def make(cls): ...


print(sorted(Legacy.__abstractmethods__), Legacy.make.__isabstractmethod__)  # expect: ['make', 'x'] True


class Late(abc.ABC):
    @abc.abstractmethod
    def run(self): ...


Late.run = lambda self: 'ran'
print(abc.update_abstractmethods(Late)().run())  # expect: ran

print([issubclass(t, Hashable) for t in (int, list, tuple)], issubclass(list, Reversible))  # expect: [True, False, True] True
print([isinstance(x, Iterable) for x in (1, 'ab', {}, iter([]))], isinstance(iter([]), Iterator))  # expect: [False, True, True, True] True
print(isinstance([], MutableSequence), isinstance((), MutableSequence), isinstance(range(2), Sequence))  # expect: True False True
print(isinstance({}, MutableMapping), isinstance({}.keys(), KeysView), isinstance(frozenset(), Set), isinstance(set(), MutableSet))  # expect: True True True True
print(isinstance(len, Callable), isinstance({}, Reversible), issubclass(Duck, Sized))  # expect: True True False
print(list(reversed({'a': 1, 'b': 2})), list(reversed({'a': 1, 'b': 2}.items())))  # expect: ['b', 'a'] [('b', 2), ('a', 1)]


class Frozen(Mapping):
    def __init__(self, **items):
        self._items = items

    def __getitem__(self, key):
        return self._items[key]

    def __iter__(self):
        return iter(self._items)

    def __len__(self):
        return len(self._items)


f = Frozen(a=1, b=2)
print(f.get('a'), f.get('z', 0), 'b' in f, list(f.items()), f == {'a': 1, 'b': 2})  # expect: 1 0 True [('a', 1), ('b', 2)] True
print(f.keys() & {'a', 'q'}, isinstance(f.items(), ItemsView))  # expect: {'a'} True


class Store(MutableMapping):
    def __init__(self):
        self._d = {}

    def __getitem__(self, key):
        return self._d[key]

    def __setitem__(self, key, value):
        self._d[key] = value

    def __delitem__(self, key):
        del self._d[key]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


s = Store()
s.update({'x': 1}, y=2)
print(dict(s), s.pop('x'), s.setdefault('w', 9), s.popitem(), len(s))  # expect: {'x': 1, 'y': 2} 1 9 ('y', 2) 1


class Row(Sequence):
    def __init__(self, *items):
        self._items = items

    def __getitem__(self, i):
        return self._items[i]

    def __len__(self):
        return len(self._items)


r = Row(1, 2, 3, 2)
print(list(r), 3 in r, list(reversed(r)), r.index(2), r.count(2), r.index(2, 2))  # expect: [1, 2, 3, 2] True [2, 3, 2, 1] 1 2 3


class Bits(Set):
    def __init__(self, items=()):
        self._items = list(dict.fromkeys(items))

    def __contains__(self, x):
        return x in self._items

    def __iter__(self):
        return iter(self._items)

    def __len__(self):
        return len(self._items)

    __hash__ = Set._hash


a, b = Bits([1, 2, 3]), Bits([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), Bits([2]) < a)  # expect: [2, 3] [1, 2, 3, 4] [1] [1, 4] True
print(hash(a) == hash(frozenset([1, 2, 3])))  # expect: True


class Left:
    pass


class Right:
    def __and__(self, other):
        return 'Right.__and__'


class Both(Left, Right):
    pass


print(Both() & 1)  # expect: Right.__and__

from collections import ChainMap, deque
from collections import abc as abc_module  # a submodule through from-import
print(abc_module.Iterator is Iterator, isinstance(deque(), MutableSequence), isinstance(ChainMap(), MutableMapping))  # expect: True True True
print([isinstance(it, Iterator) for it in (zip(), map(len, []), filter(None, []), enumerate([]), (x for x in ()))])  # expect: [True, True, True, True, True]
