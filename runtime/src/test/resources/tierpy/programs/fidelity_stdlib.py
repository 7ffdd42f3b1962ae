# Fidelity of the standard-library modules written in Python: argument errors, reprs, edge cases.
from dataclasses import dataclass, field, fields, KW_ONLY, InitVar


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)


show(lambda: Point(1, 2, [], 4))  # expect: TypeError Point.__init__() takes from 2 to 4 positional arguments but 5 were given
show(lambda: Point())  # expect: TypeError Point.__init__() missing 1 required positional argument: 'x'
show(lambda: Point(1, z=3))  # expect: TypeError Point.__init__() got an unexpected keyword argument 'z'
show(lambda: Point(1, x=3))  # expect: TypeError Point.__init__() got multiple values for argument 'x'
print(Point(1).tags is not Point(1).tags, Point.__init__.__defaults__[1])  # expect: True <factory>
print(repr(fields(Point)[0].metadata), 'MISSING' in repr(fields(Point)[0].default))  # expect: mappingproxy({}) True


@dataclass
class Keywords:
    a: int
    _: KW_ONLY
    b: int
    c: InitVar[int] = 2

    def __post_init__(self, c):
        self.total = self.a + self.b + c


show(lambda: Keywords(1, 2))  # expect: TypeError Keywords.__init__() takes 2 positional arguments but 3 were given
show(lambda: Keywords(1))  # expect: TypeError Keywords.__init__() missing 1 required keyword-only argument: 'b'
print(Keywords(1, b=2).total, Keywords(1, b=2))  # expect: 5 Keywords(a=1, b=2)


@dataclass
class HasSelf:
    self: int


print(HasSelf(self=3))  # expect: HasSelf(self=3)


@dataclass(slots=True)
class Slotted:
    a: int
    b: int = 2


print(Slotted(1), Slotted.__slots__, hasattr(Slotted(1), '__dict__'))  # expect: Slotted(a=1, b=2) ('a', 'b') False
show(lambda: setattr(Slotted(1), 'z', 1))  # expect: AttributeError 'Slotted' object has no attribute 'z' and no __dict__ for setting new attributes


@dataclass(frozen=True)
class Frozen:
    a: int


try:
    @dataclass
    class Thawed(Frozen):
        b: int = 0
except TypeError as e:
    print(e)  # expect: cannot inherit non-frozen dataclass from a frozen one

from collections import namedtuple, Counter

Pair = namedtuple('Pair', 'left right', defaults=[0])
show(lambda: Pair())  # expect: TypeError Pair.__new__() missing 1 required positional argument: 'left'
show(lambda: Pair(1, 2, 3))  # expect: TypeError Pair.__new__() takes from 2 to 3 positional arguments but 4 were given
show(lambda: Pair(1, z=2))  # expect: TypeError Pair.__new__() got an unexpected keyword argument 'z'
show(lambda: Pair(1)._replace(z=1))  # expect: TypeError Got unexpected field names: ['z']
show(lambda: setattr(Pair(1), 'left', 3))  # expect: AttributeError can't set attribute
print(Pair.__new__.__defaults__, Pair.left.__doc__)  # expect: (0,) Alias for field number 0
show(lambda: namedtuple('R', 'class x'))  # expect: ValueError Type names and field names cannot be a keyword: 'class'
print(namedtuple('R', 'a a _b class', rename=True)._fields)  # expect: ('a', '_1', '_2', '_3')
print(Counter(a=1) <= Counter(a=2), Counter(a=1) < Counter(a=1), Counter(a=2) > Counter(a=1, b=0))  # expect: True False True

import abc
from collections.abc import Hashable, Mapping, MutableMapping, Sequence, Iterator


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...

    @property
    @abc.abstractmethod
    def name(self): ...


show(lambda: Shape())  # expect: TypeError Can't instantiate abstract class Shape without an implementation for abstract methods 'area', 'name'


class Square(Shape):
    def area(self):
        return 4

    name = 'square'


print(Square().area(), isinstance(Square(), Shape), issubclass(Square, Shape))  # expect: 4 True True
Shape.register(int)
print(isinstance(3, Shape), issubclass(bool, Shape), issubclass(str, Shape))  # expect: True True False
print(isinstance([], Hashable), isinstance((), Hashable), isinstance({}, Mapping), isinstance(iter(()), Iterator))  # expect: False True True True


class Registry(MutableMapping):
    def __init__(self):
        self._d = {}

    def __getitem__(self, k):
        return self._d[k]

    def __setitem__(self, k, v):
        self._d[k] = v

    def __delitem__(self, k):
        del self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


r = Registry()
r.update(a=1, b=2)
print(r.get('a'), 'b' in r, list(r.items()), r.pop('a'), r.setdefault('c', 3), r == {'b': 2, 'c': 3})  # expect: 1 True [('a', 1), ('b', 2)] 1 3 True


class Triple(Sequence):
    def __getitem__(self, i):
        return (1, 2, 3)[i]

    def __len__(self):
        return 3


print(list(Triple()), 2 in Triple(), Triple().index(3), list(reversed(Triple())))  # expect: [1, 2, 3] True 2 [3, 2, 1]
show(lambda: Mapping())  # expect: TypeError Can't instantiate abstract class Mapping without an implementation for abstract methods '__getitem__', '__iter__', '__len__'
show(lambda: issubclass(1, Shape))  # expect: TypeError issubclass() arg 1 must be a class

import json
import heapq
import operator
from collections import ChainMap, OrderedDict

print(json.JSONDecodeError, json.JSONEncoder)  # expect: <class 'json.decoder.JSONDecodeError'> <class 'json.encoder.JSONEncoder'>
show(lambda: operator.index(1.5))  # expect: TypeError 'float' object cannot be interpreted as an integer
show(lambda: operator.itemgetter())  # expect: TypeError itemgetter expected 1 argument, got 0
show(lambda: operator.methodcaller())  # expect: TypeError methodcaller needs at least one argument, the method name
print(operator.itemgetter(1, 'a'), operator.methodcaller('split', ',', maxsplit=1))  # expect: operator.itemgetter(1, 'a') operator.methodcaller('split', ',', maxsplit=1)
show(lambda: heapq.heappop([]))  # expect: IndexError index out of range
show(lambda: heapq.heapify(None))  # expect: TypeError heapify() argument must be list, not None
show(lambda: heapq.heappush((), 1))  # expect: TypeError heappush() argument 1 must be list, not tuple
chain = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(chain.keys(), chain | {'z': 1})  # expect: KeysView(ChainMap({'a': 1}, {'a': 2, 'b': 3})) ChainMap({'a': 1, 'z': 1}, {'a': 2, 'b': 3})
show(lambda: ChainMap().popitem())  # expect: KeyError 'No keys found in the first mapping.'
print(OrderedDict(a=1) | {'b': 2}, {'b': 2} | OrderedDict(a=1))  # expect: OrderedDict({'a': 1, 'b': 2}) OrderedDict({'b': 2, 'a': 1})

import itertools

show(lambda: itertools.pairwise(5))  # expect: TypeError 'int' object is not iterable
show(lambda: itertools.cycle(None))  # expect: TypeError 'NoneType' object is not iterable
show(lambda: itertools.batched('abc', 0))  # expect: ValueError n must be at least one
show(lambda: itertools.batched('abc', n='x'))  # expect: TypeError 'str' object cannot be interpreted as an integer
show(lambda: list(itertools.islice('abc', 1, 2, 0)))  # expect: ValueError Step for islice() must be a positive integer or None.
show(lambda: list(itertools.starmap(pow, [1])))  # expect: TypeError 'int' object is not iterable

import functools

show(lambda: functools.partial())  # expect: TypeError type 'partial' takes at least one argument
print(type(functools.cmp_to_key(lambda a, b: 0)(1)).__name__)  # expect: KeyWrapper

from typing import TypedDict


class Movie(TypedDict):
    title: str
    year: int


print(Movie(title='x', year=1), type(Movie(title='x', year=1)))  # expect: {'title': 'x', 'year': 1} <class 'dict'>

from collections.abc import Generator, Coroutine


def numbers():
    yield 1


async def nothing():
    pass


pending = nothing()
print(isinstance(numbers(), Generator), isinstance(pending, Coroutine), isinstance(map(int, []), Iterator))  # expect: True True True
pending.close()
squares = map(lambda x: x * x, [2, 3])
print(squares.__next__(), '__next__' in map.__dict__, hasattr(squares, '__dict__'))  # expect: 4 True False
show(lambda: setattr(squares, 'x', 1))  # expect: AttributeError 'map' object has no attribute 'x' and no __dict__ for setting new attributes
show(lambda: squares.nxt)  # expect: AttributeError 'map' object has no attribute 'nxt'

import copy

print(copy.replace(Point(1), y=5), Point.__replace__.__name__)  # expect: Point(x=1, y=5, tags=[]) _replace

from collections import UserDict, UserList, UserString


class LowerKeys(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)


lowered = LowerKeys(A=1)
lowered.update({'B': 2})
print(lowered, type(lowered.data).__name__, isinstance(lowered, dict), isinstance(lowered, MutableMapping))  # expect: {'a': 1, 'b': 2} dict False True
items = UserList([1, 2])
print(items + [3], type(items[:1]).__name__, isinstance(items, list), [0] + items)  # expect: [1, 2, 3] UserList False [0, 1, 2]
text = UserString('ab')
print(repr(text), type(text.upper()).__name__, isinstance(text, str), text + 'c', text.split('a'))  # expect: 'ab' UserString False abc ['', 'b']

import io
from typing import Protocol, runtime_checkable, NamedTuple, get_protocol_members


@runtime_checkable
class Closable(Protocol):
    def close(self): ...


class Named(Protocol):
    name: str


@runtime_checkable
class Sized(Protocol):
    def __len__(self): ...


print(isinstance(io.StringIO(), Closable), isinstance(1, Closable), issubclass(io.StringIO, Closable))  # expect: True False True
print(isinstance([], Sized), sorted(get_protocol_members(Named)), '__classdictcell__' in Named.__dict__)  # expect: True ['name'] False
show(lambda: isinstance(1, Named))  # expect: TypeError Instance and class checks can only be used with @runtime_checkable protocols


class Coordinate(NamedTuple):
    x: int
    y: str = 'a'


print(Coordinate.__annotations__)  # expect: {'x': <class 'int'>, 'y': <class 'str'>}

from collections import deque

scores = {'a': 1, 'b': 2, 'c': 3}
del scores['b']
print(list(reversed(scores)), list(reversed(scores.values())), list(reversed(scores.items())))  # expect: ['c', 'a'] [3, 1] [('c', 3), ('a', 1)]
print(type(reversed(scores)).__name__, type(reversed(scores.items())).__name__)  # expect: dict_reversekeyiterator dict_reverseitemiterator
print(list(reversed(OrderedDict(a=1, b=2).items())))  # expect: [('b', 2), ('a', 1)]
looped = deque([1])
looped.append(looped)
again = OrderedDict()
again['me'] = again
print(looped, again)  # expect: deque([1, [...]]) OrderedDict({'me': ...})
show(lambda: deque().rotate('x'))  # expect: TypeError 'str' object cannot be interpreted as an integer
show(lambda: deque([1]).index(1, 'a'))  # expect: TypeError slice indices must be integers or have an __index__ method

from enum import Enum


class Light(Enum):
    RED = 1


show(lambda: setattr(Light.RED, 'value', 3))  # expect: AttributeError <enum 'Enum'> cannot set attribute 'value'
show(lambda: Light.value)  # expect: AttributeError <enum 'Light'> has no attribute 'value'
show(lambda: functools.reduce(max, 5))  # expect: TypeError reduce() arg 2 must support iteration


class Slots:
    __slots__ = ()

    @functools.cached_property
    def size(self):
        return 1


show(lambda: Slots().size)  # expect: TypeError No '__dict__' attribute on 'Slots' instance to cache 'size' property.

universal = io.StringIO('a\r\nb\rc', newline=None)
print(repr(universal.getvalue()), list(io.StringIO('a\r\nb\rc', newline='')))  # expect: 'a\nb\nc' ['a\r\n', 'b\r', 'c']
carriage = io.StringIO(newline='\r\n')
print(carriage.write('x\ny'), repr(carriage.getvalue()))  # expect: 3 'x\r\ny'
show(lambda: io.StringIO('ab').seek(1, 1))  # expect: OSError Can't do nonzero cur-relative seeks
show(lambda: io.StringIO(newline='x'))  # expect: ValueError illegal newline value: 'x'
show(lambda: io.BytesIO(b'abc').seek(-1))  # expect: ValueError negative seek value -1
show(lambda: io.StringIO().read('x'))  # expect: TypeError argument should be integer or None, not 'str'

import time
import os.path

epoch = time.gmtime(0)
print(epoch.tm_year, epoch.tm_yday, type(epoch).__name__, epoch[:3])  # expect: 1970 1 struct_time (1970, 1, 1)
print(time.asctime(epoch), time.asctime((2024, 2, 5, 3, 4, 5, 0, 36, 0)))  # expect: Thu Jan  1 00:00:00 1970 Mon Feb  5 03:04:05 2024
print(time.ctime(0) == time.asctime(time.localtime(0)), time.mktime(time.localtime(100)))  # expect: True 100.0
show(lambda: time.asctime(1))  # expect: TypeError Tuple or struct_time argument required
show(lambda: time.strftime(1))  # expect: TypeError strftime() argument 1 must be str, not int
show(lambda: os.path.join('a', 1))  # expect: TypeError join() argument must be str, bytes, or os.PathLike object, not 'int'
show(lambda: os.path.join('a', b'b'))  # expect: TypeError Can't mix strings and bytes in path components

import string


class PercentTemplate(string.Template):
    delimiter = '%'


class LowerOnly(string.Template):
    idpattern = r'[a-z]+'


print(PercentTemplate('%x and $x').substitute(x=1), LowerOnly('$ab1').safe_substitute(ab='Z'))  # expect: 1 and $x Z1
print(string.Template('$').is_valid(), string.Template('$a $$').is_valid(), string.Template('${a}b $A').substitute(a=1, A=2))  # expect: False True 1b 2
show(lambda: string.Template('ok\n  $ x').substitute())  # expect: ValueError Invalid placeholder in string: line 2, col 3
show(lambda: string.Formatter().format('{} {1}', 1, 2))  # expect: ValueError cannot switch from manual field specification to automatic field numbering

from typing import Generic, TypeVar, Union, Optional, get_type_hints

T = TypeVar('T')


class Box(Generic[T]):
    def put(self, item: 'T', count: 'int' = 1) -> 'Box[T]':
        return self


print(Box[int], Box.__parameters__, get_type_hints(Box.put)['count'])  # expect: __main__.Box[int] (~T,) <class 'int'>
print(Union[int, str] == Union[str, int], Union[int, str] == int | str)  # expect: True True
show(lambda: Optional[int, str])  # expect: TypeError typing.Optional requires a single type. Got (<class 'int'>, <class 'str'>).

show(lambda: heapq.nlargest('a', [1]))  # expect: TypeError '>=' not supported between instances of 'str' and 'int'
print(heapq.nlargest(1, []), heapq.nsmallest(2, (x for x in [5, 2, 9])), heapq.nlargest(-1, [1]))  # expect: [] [2, 5] []
show(lambda: [1, 2][:1.5])  # expect: TypeError slice indices must be integers or None or have an __index__ method
show(lambda: 'ab'[::'x'])  # expect: TypeError slice indices must be integers or None or have an __index__ method

tally = Counter('aabbc')
same = tally
tally |= Counter('zz')
tally &= Counter('abz')
print(tally, same is tally)  # expect: Counter({'a': 1, 'b': 1, 'z': 1}) True


@dataclass
class Documented:
    a: Point
    b: list[int] = field(default_factory=list)
    c: 'str' = 'x'
    _: KW_ONLY
    e: float = 1.5
    f: InitVar[int] = 0


print(Documented.__doc__)  # expect: Documented(a: __main__.Point, b: list[int] = <factory>, c: 'str' = 'x', *, e: float = 1.5, f: dataclasses.InitVar[int] = 0)
