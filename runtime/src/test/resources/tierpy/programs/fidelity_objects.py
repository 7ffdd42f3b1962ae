# Object model and exception fidelity: dunder fallbacks, conversion dunders, ternary pow, attribute setters, exception constructors.
def t(f):
    try:
        return repr(f())
    except BaseException as e:
        return type(e).__name__ + ': ' + str(e)


class NoIter:
    __iter__ = None
class NoReverse:
    __reversed__ = None
    def __len__(self): return 2
    def __getitem__(self, i): return i
class BadIter:
    def __iter__(self): return 1
print(t(lambda: iter(NoIter())))  # expect: TypeError: 'NoIter' object is not iterable
print(t(lambda: reversed(NoReverse())))  # expect: TypeError: 'NoReverse' object is not reversible
print(t(lambda: 1 in BadIter()))  # expect: TypeError: argument of type 'BadIter' is not a container or iterable
print(t(lambda: 1 in NoIter()))  # expect: TypeError: argument of type 'NoIter' is not a container or iterable
print(t(lambda: iter(BadIter())))  # expect: TypeError: iter() returned non-iterator of type 'int'


class Pow:
    def __pow__(self, o, m=None): return ('pow', o, m)
    def __rpow__(self, o, m=None): return ('rpow', o, m)
class IntPow(int):
    def __pow__(self, o, m=None): return ('I.pow', o, m)
print(t(lambda: pow(Pow(), 2, 3)))  # expect: ('pow', 2, 3)
print(t(lambda: pow(2, Pow(), 3)))  # expect: TypeError: unsupported operand type(s) for ** or pow(): 'int', 'Pow', 'int'
print(t(lambda: pow(IntPow(2), 2, 3)))  # expect: ('I.pow', 2, 3)
print(t(lambda: pow(2, IntPow(2), 3)))  # expect: 1
print(t(lambda: pow(2.0, 2, 3)))  # expect: TypeError: pow() 3rd argument not allowed unless all arguments are integers
print(t(lambda: pow(2, 2, 3j)))  # expect: ValueError: complex modulo


class Conv:
    def __complex__(self): return 2j
    def __bytes__(self): return b'xy'
class BadConv:
    def __complex__(self): return 'z'
    def __bytes__(self): return 'w'
print(complex(Conv()), complex(Conv(), 1), bytes(Conv()), bytearray(b'a'))  # expect: 2j 3j b'xy' bytearray(b'a')
print(t(lambda: complex(BadConv())))  # expect: TypeError: __complex__ returned non-complex (type str)
print(t(lambda: bytes(BadConv())))  # expect: TypeError: __bytes__ returned non-bytes (type str)


def f(a=1): return a
print(t(lambda: setattr(f, '__name__', 1)))  # expect: TypeError: __name__ must be set to a string object
print(t(lambda: setattr(f, '__defaults__', [1])))  # expect: TypeError: __defaults__ must be set to a tuple object
print(t(lambda: setattr(f, '__code__', 1)))  # expect: TypeError: __code__ must be set to a code object
print(t(lambda: setattr(f, '__globals__', {})))  # expect: AttributeError: readonly attribute
print(t(lambda: setattr(f, '__dict__', 1)))  # expect: TypeError: __dict__ must be set to a dictionary, not a 'int'
print(t(lambda: delattr(f, '__dict__')))  # expect: TypeError: cannot delete __dict__
print(t(lambda: delattr(f, 'nope')))  # expect: AttributeError: 'function' object has no attribute 'nope'
print(t(lambda: delattr(f, '__annotate__')))  # expect: TypeError: __annotate__ cannot be deleted
del f.__module__, f.__defaults__
print(f.__module__, f.__defaults__)  # expect: None None


print(t(lambda: ImportError(nme=1)))  # expect: TypeError: ImportError() got an unexpected keyword argument 'nme'. Did you mean 'name'?
print(t(lambda: int('1', bse=2)))  # expect: TypeError: int() got an unexpected keyword argument 'bse'. Did you mean 'base'?
print(t(lambda: sorted([], ky=1)))  # expect: TypeError: sort() got an unexpected keyword argument 'ky'. Did you mean 'key'?
print(t(lambda: print(sepp='')))  # expect: TypeError: print() got an unexpected keyword argument 'sepp'. Did you mean 'sep'?
print(t(lambda: enumerate(start=1)))  # expect: TypeError: 'start' is an invalid keyword argument for enumerate()
print(t(lambda: list(enumerate(start=1, iterable='ab'))))  # expect: [(1, 'a'), (2, 'b')]
print(t(lambda: SyntaxError('m', (1,))))  # expect: TypeError: function takes at least 4 arguments (1 given)
print(t(lambda: UnicodeTranslateError(1, 1, 2, 'r')))  # expect: TypeError: argument 1 must be str, not int
print(t(lambda: UnicodeDecodeError('a', 'x', 1, 2, 'r')))  # expect: TypeError: a bytes-like object is required, not 'str'
print(UnicodeTranslateError('abc', 1, 2, 'bad'))  # expect: can't translate character '\x62' in position 1: bad
print(UnicodeEncodeError('ascii', 'abc', 5, 9, 'r'))  # expect: 'ascii' codec can't encode characters in position 5-8: r


class Meta(type):
    def __new__(mcls, name, bases, ns):
        print('Meta.__new__', name)  # expect: Meta.__new__ Base
        return super().__new__(mcls, name, bases, ns)
class Base(metaclass=Meta): pass
Made = type('Made', (Base,), {})  # expect: Meta.__new__ Made
print(type(Made).__name__, Made.__module__, type('T', (), {}))  # expect: Meta __main__ <class '__main__.T'>
class BadPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases): return 1
def bad_prepare():
    class Q(metaclass=BadPrepare): pass
print(t(bad_prepare))  # expect: TypeError: BadPrepare.__prepare__() must return a mapping, not int
Made.__name__ = 'Renamed'
print(Made.__name__, Made, type.__module__)  # expect: Renamed <class '__main__.Made'> builtins
print(t(lambda: setattr(Made, '__name__', 1)))  # expect: TypeError: can only assign string to Renamed.__name__, not 'int'
print(t(lambda: delattr(Made, '__name__')))  # expect: TypeError: cannot delete '__name__' attribute of immutable type 'Renamed'


class OnlySet:
    def __setitem__(self, k, v): pass
def del_item(): del OnlySet()[1]
print(t(del_item))  # expect: AttributeError: __delitem__


class Slotted:
    __slots__ = ('b', 'a', '__p')
    def set_p(self): self.__p = 5; return self.__p
class Other:
    __slots__ = ('c',)
print([k for k in Slotted.__dict__ if not k.startswith('__')], Slotted().set_p())  # expect: ['set_p', '_Slotted__p', 'a', 'b'] 5
print(Slotted.a.__name__, Slotted.a.__qualname__, Slotted.a.__objclass__.__name__)  # expect: a Slotted.a Slotted
print(t(lambda: delattr(Slotted(), 'a')))  # expect: AttributeError: a
print(t(lambda: Slotted.a.__get__(1)))  # expect: TypeError: descriptor 'a' for 'Slotted' objects doesn't apply to a 'int' object
print(t(lambda: type('T', (), {'__slots__': ('x', 'x')}).__name__))  # expect: 'T'
print(t(lambda: type('T', (), {'__slots__': ('x',), 'x': 1})))  # expect: ValueError: 'x' in __slots__ conflicts with class variable
print(t(lambda: type('T', (int,), {'__slots__': ('x',)})))  # expect: TypeError: nonempty __slots__ not supported for subtype of 'int'
print(t(lambda: type('T', (Slotted, Other), {})))  # expect: TypeError: multiple bases have instance lay-out conflict
print(t(lambda: type('T', (Other,), {'__slots__': ('__weakref__',)})().__weakref__))  # expect: None
print(t(lambda: type('T', (OnlySet,), {'__slots__': ('__weakref__',)})))  # expect: TypeError: __weakref__ slot disallowed: we already got one
print(int.real.__name__, int.real.__objclass__.__name__)  # expect: real int


class AsyncCM:
    async def __aenter__(self): pass
    async def __aexit__(self, *a): pass
class ExitOnly:
    def __exit__(self, *a): pass
def with_async():
    with AsyncCM(): pass
def with_exit_only():
    with ExitOnly(): pass
print(t(with_async))  # expect: TypeError: 'AsyncCM' object does not support the context manager protocol (missed __exit__ method) but it supports the asynchronous context manager protocol. Did you mean to use 'async with'?
print(t(with_exit_only))  # expect: TypeError: 'ExitOnly' object does not support the context manager protocol (missed __enter__ method)


import functools, heapq, itertools, operator, traceback
print(operator.index(True), operator.index(2 ** 70), t(lambda: operator.index('s')))  # expect: 1 1180591620717411303424 TypeError: 'str' object cannot be interpreted as an integer
def failing(*args): return 1 / 0
def frame_names(f):
    try:
        f()
    except ZeroDivisionError as e:
        return [fs.name for fs in traceback.extract_tb(e.__traceback__)]
# C functions in CPython add no frames between the caller and the callback
print(frame_names(lambda: functools.reduce(failing, [1, 2])))  # expect: ['frame_names', '<lambda>', 'failing']
print(frame_names(lambda: list(itertools.starmap(failing, [(1,)]))))  # expect: ['frame_names', '<lambda>', 'failing']
print(frame_names(lambda: sorted([2, 1], key=functools.cmp_to_key(failing))))  # expect: ['frame_names', '<lambda>', 'failing']
class FailingLt:
    __lt__ = failing
print(frame_names(lambda: heapq.heapify([FailingLt(), FailingLt()])))  # expect: ['frame_names', '<lambda>', 'failing']
print(frame_names(lambda: functools.partial(failing, 1)()))  # expect: ['frame_names', '<lambda>', 'failing']


from abc import ABC, ABCMeta, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @property
    @abstractmethod
    def name(self): ...
class Square(Shape):
    def area(self): return 4
    name = 'square'
class HalfShape(Shape):
    def area(self): return 1
print(Square().area(), sorted(Shape.__abstractmethods__), Square.__abstractmethods__)  # expect: 4 ['area', 'name'] frozenset()
print(t(Shape))  # expect: TypeError: Can't instantiate abstract class Shape without an implementation for abstract methods 'area', 'name'
print(t(HalfShape))  # expect: TypeError: Can't instantiate abstract class HalfShape without an implementation for abstract method 'name'
class Duck:
    def area(self): return 0
Shape.register(Duck)
print(isinstance(Duck(), Shape), issubclass(Duck, Shape), issubclass(int, Shape), type(Shape) is ABCMeta)  # expect: True True False True
class Quacks(ABC):
    @classmethod
    def __subclasshook__(cls, C): return hasattr(C, 'quack') or NotImplemented
class Mallard:
    def quack(self): pass
print(issubclass(Mallard, Quacks), isinstance(1, Quacks), t(lambda: issubclass(1, Quacks)))  # expect: True False TypeError: issubclass() arg 1 must be a class
print(t(lambda: int.__abstractmethods__), object.__subclasshook__(int), Shape.__subclasses__())  # expect: AttributeError: __abstractmethods__ NotImplemented [<class '__main__.Square'>, <class '__main__.HalfShape'>]


class Parent:
    def m(self): return 'Parent'
class Child(Parent):
    def m(self):
        del self
        return super().m()
print(t(lambda: Child().m()))  # expect: RuntimeError: super(): arg[0] deleted
print(t(lambda: super(Child, Parent)))  # expect: TypeError: super(type, obj): obj (type Parent) is not an instance or subtype of type (Child).
print(super(Child), super(Child).__self__, super(Child).__thisclass__.__name__)  # expect: <super: <class 'Child'>, NULL> None Child
print(t(lambda: list[int][str]))  # expect: TypeError: list[int] is not a generic class


print(t(lambda: [1, 2][1:'a']))  # expect: TypeError: slice indices must be integers or None or have an __index__ method
import types
made = types.ModuleType('made', 'the doc')
print(made, made.__doc__)  # expect: <module 'made'> the doc
made.__getattr__ = lambda name: 'lazy ' + name
print(made.anything)  # expect: lazy anything
print(t(lambda: types.ModuleType(1)))  # expect: TypeError: module() argument 'name' must be str, not int


import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    compile("x is 1", "<w>", "eval")
print([(str(m.message), m.category.__name__, m.filename, m.lineno) for m in caught])  # expect: [('"is" with \'int\' literal. Did you mean "=="?', 'SyntaxWarning', '<w>', 1)]
with warnings.catch_warnings():
    warnings.simplefilter('error')
    print(t(lambda: compile("x is 'a'", "err.py", "eval")))  # expect: SyntaxError: "is" with 'str' literal. Did you mean "=="? (err.py, line 1)


from dataclasses import dataclass
@dataclass(slots=True)
class SlotPoint:
    x: int
    y: int = 0
@dataclass(slots=True)
class SlotPoint3(SlotPoint):
    z: int = 0
print(SlotPoint(1), SlotPoint.__slots__, SlotPoint3.__slots__, t(lambda: setattr(SlotPoint(1), 'w', 2)))  # expect: SlotPoint(x=1, y=0) ('x', 'y') ('z',) AttributeError: 'SlotPoint' object has no attribute 'w' and no __dict__ for setting new attributes
def slots_twice():
    @dataclass(slots=True)
    class Twice:
        __slots__ = ('x',)
        x: int
print(t(slots_twice))  # expect: TypeError: Twice already specifies __slots__
print(t(lambda: type.__init__(int, 1, 2)), t(lambda: type('Bad\0Name', (), {})))  # expect: TypeError: type.__init__() takes 1 or 3 arguments ValueError: type name must not contain null characters
print(t(lambda: object.__init__()), t(lambda: int.__add__('a', 1)), t(lambda: list.append()))  # expect: TypeError: descriptor '__init__' of 'object' object needs an argument TypeError: descriptor '__add__' requires a 'int' object but received a 'str' TypeError: unbound method list.append() needs an argument
