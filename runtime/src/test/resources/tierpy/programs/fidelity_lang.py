# Language features as whole programs: calls, ** merging, imports, match, generators, exits (CPython 3.14 wording).
def show(call):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)

# `import a.b` binds b on a
import collections.abc
print(collections.abc.Mapping.__name__)  # expect: Mapping

# ** merging: dict_merge(override=2) and _PyEval_FormatKwargsError
def kw(**k):
    return k
class KeysNotIterable:
    def keys(self): return 1
    def __getitem__(self, k): return 5
class DuplicateKeys:
    def keys(self): return ['q', 'q']
    def __getitem__(self, k): return 5
class MissingItem:
    def keys(self): return ['a']
    def __getitem__(self, k): raise KeyError(k)
class KeysFails:
    def keys(self): raise AttributeError('zz')
show(lambda: kw(**{1: 2}))  # expect: TypeError keywords must be strings
show(lambda: kw(**{'a': 1}, **{2: 3}))  # expect: TypeError keywords must be strings
show(lambda: kw(**{'a': 1}, **{'a': 3}))  # expect: TypeError __main__.kw() got multiple values for keyword argument 'a'
show(lambda: len(**{1: 2}))  # expect: TypeError keywords must be strings
show(lambda: kw(**KeysNotIterable()))  # expect: TypeError KeysNotIterable.keys() returned a non-iterable (type int)
show(lambda: kw(**DuplicateKeys()))  # expect: TypeError __main__.kw() got multiple values for keyword argument 'q'
show(lambda: kw(**MissingItem()))  # expect: TypeError __main__.kw() got multiple values for keyword argument 'a'
show(lambda: kw(**KeysFails()))  # expect: TypeError __main__.kw() argument after ** must be a mapping, not KeysFails
show(lambda: kw(**{'a': 1}, **1))  # expect: TypeError __main__.kw() argument after ** must be a mapping, not int
show(lambda: dict(KeysNotIterable()))  # expect: TypeError KeysNotIterable.keys() returned a non-iterable (type int)
show(lambda: {**KeysNotIterable()})  # expect: TypeError KeysNotIterable.keys() returned a non-iterable (type int)

# unpacking: only an exact list, tuple or dict reports how many it had (3.14)
def unpack2(x):
    a, b = x
    return a, b
class Tup(tuple): pass
show(lambda: unpack2((1, 2, 3)))  # expect: ValueError too many values to unpack (expected 2, got 3)
show(lambda: unpack2({1: 1, 2: 2, 3: 3}))  # expect: ValueError too many values to unpack (expected 2, got 3)
show(lambda: unpack2("abc"))  # expect: ValueError too many values to unpack (expected 2)
show(lambda: unpack2(Tup((1, 2, 3))))  # expect: ValueError too many values to unpack (expected 2)
show(lambda: unpack2(range(3)))  # expect: ValueError too many values to unpack (expected 2)
show(lambda: unpack2([1]))  # expect: ValueError not enough values to unpack (expected 2, got 1)
def unpack_star(x):
    a, *b, c = x
    return a, b, c
show(lambda: unpack_star("a"))  # expect: ValueError not enough values to unpack (expected at least 2, got 1)
show(lambda: unpack_star(range(5)))  # expect: (0, [1, 2, 3], 4)
show(lambda: unpack_star(5))  # expect: TypeError cannot unpack non-iterable int object

# exec/eval check their namespaces before compiling, with builtin_exec_impl/builtin_eval_impl's wording
show(lambda: eval("x", None, 5))  # expect: TypeError locals must be a mapping
show(lambda: eval("x", 5))  # expect: TypeError globals must be a dict
show(lambda: eval("x", [1]))  # expect: TypeError globals must be a real dict; try eval(expr, {}, mapping)
show(lambda: eval("x", None, {"x": 4}))  # expect: 4
show(lambda: exec("1 +", 5))  # expect: TypeError exec() globals must be a dict, not int
show(lambda: exec("1", {}, 5))  # expect: TypeError locals must be a mapping or None, not int
show(lambda: exec(5))  # expect: TypeError exec() arg 1 must be a string, bytes or code object
show(lambda: eval(5))  # expect: TypeError eval() arg 1 must be a string, bytes or code object
show(lambda: compile(5, "s", "exec"))  # expect: TypeError compile() arg 1 must be a string, bytes or AST object

# slots come from the first class of the MRO defining them: a mixin before a builtin base hides nothing
class Mixin:
    def hello(self): return "hi"
class MixedList(Mixin, list): pass
print(MixedList([1, 2]), MixedList([1, 2]).hello())  # expect: [1, 2] hi
class MixedDict(Mixin, dict): pass
print(MixedDict(a=1)["a"])  # expect: 1
class NoDunders: pass
class Dunders:
    def __init__(self, x): self.x = x
    def __len__(self): return 3
    def __add__(self, other): return "added"
class Later(NoDunders, Dunders): pass
print(Later(7).x, len(Later(7)), Later(7) + 1)  # expect: 7 3 added

# match: sequence and mapping patterns follow Py_TPFLAGS_SEQUENCE / Py_TPFLAGS_MAPPING, inherited from the best base
from collections import deque
import types
def kind(v):
    match v:
        case {"a": x}: return f"mapping {x}"
        case [x, y]: return f"sequence {x} {y}"
        case _: return "neither"
print(kind(deque([1, 2])))  # expect: sequence 1 2
print(kind(memoryview(b"ab")))  # expect: sequence 97 98
print(kind(types.MappingProxyType({"a": 3})))  # expect: mapping 3
print(kind(MixedList([4, 5])))  # expect: sequence 4 5
print(kind(MixedDict(a=6)))  # expect: mapping 6
print(kind("ab"), kind(b"ab"), kind(bytearray(b"ab")))  # expect: neither neither neither

# yield from a Python iterator: the value of its StopIteration is the expression's value
class CountTo3:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration(self.i * 100)
        return self.i
def delegate():
    result = yield from CountTo3()
    yield result
print(list(delegate()))  # expect: [1, 2, 3, 400]

# class patterns: bytes and bytearray match one positional sub-pattern as themselves (_Py_TPFLAGS_MATCH_SELF)
match b"x":
    case bytes(b): print("bytes", b)  # expect: bytes b'x'
match bytearray(b"y"):
    case bytearray(b): print("bytearray", b)  # expect: bytearray bytearray(b'y')
show(lambda: kw(**{1: 2}, **{1: 3}))  # expect: TypeError __main__.kw() got multiple values for keyword argument '1'

# with / async with on the wrong protocol: _Py_SpecialMethods' messages, with the 3.14 suggestion
class SyncCM:
    def __enter__(self): return self
    def __exit__(self, *exc): return False
class AsyncCM:
    async def __aenter__(self): return self
    async def __aexit__(self, *exc): return False
class OnlyExit:
    def __exit__(self, *exc): pass
def with_async_cm():
    with AsyncCM(): pass
async def async_with_sync_cm():
    async with SyncCM(): pass
def with_only_exit():
    with OnlyExit(): pass
show(with_async_cm)  # expect: TypeError 'AsyncCM' object does not support the context manager protocol (missed __exit__ method) but it supports the asynchronous context manager protocol. Did you mean to use 'async with'?
show(lambda: async_with_sync_cm().send(None))  # expect: TypeError 'SyncCM' object does not support the asynchronous context manager protocol (missed __aexit__ method) but it supports the context manager protocol. Did you mean to use 'with'?
show(with_only_exit)  # expect: TypeError 'OnlyExit' object does not support the context manager protocol (missed __enter__ method)

# exec() in a function writes to a snapshot of its locals (PEP 667), never to the module's globals
def exec_in_function():
    exec("leaked = 1")
    a = 5
    return eval("a * 2")
print(exec_in_function(), "leaked" in globals())  # expect: 10 False

# list(x) asks len(x) first, as list_extend's PyObject_LengthHint does: its errors propagate
show(lambda: list(range(10**20)))  # expect: OverflowError Python int too large to convert to C ssize_t
class LenFails:
    def __len__(self): raise ValueError("len fails")
    def __iter__(self): return iter([1])
show(lambda: list(LenFails()))  # expect: ValueError len fails
show(lambda: [*range(3)])  # expect: [0, 1, 2]

# function attributes check their types (func_set_name, func_set_defaults, ...)
def target(a, b=1, *, c=2): return a
show(lambda: setattr(target, "__name__", 5))  # expect: TypeError __name__ must be set to a string object
show(lambda: setattr(target, "__qualname__", None))  # expect: TypeError __qualname__ must be set to a string object
show(lambda: setattr(target, "__defaults__", [1]))  # expect: TypeError __defaults__ must be set to a tuple object
show(lambda: setattr(target, "__kwdefaults__", [1]))  # expect: TypeError __kwdefaults__ must be set to a dict object
show(lambda: setattr(target, "__code__", 5))  # expect: TypeError __code__ must be set to a code object
show(lambda: setattr(target, "__dict__", 5))  # expect: TypeError __dict__ must be set to a dictionary, not a 'int'
target.__dict__ = {"k": 1}
print(target.k, target.__dict__)  # expect: 1 {'k': 1}

# __suppress_context__ is a bool member
err = ValueError("x")
show(lambda: setattr(err, "__suppress_context__", 1))  # expect: TypeError attribute value type must be bool
show(lambda: delattr(err, "__suppress_context__"))  # expect: TypeError can't delete numeric/char attribute
err.__suppress_context__ = True
print(err.__suppress_context__)  # expect: True

# class patterns test isinstance() with the metaclass's __instancecheck__
class AcceptsAll(type):
    def __instancecheck__(cls, inst): return True
class Anything(metaclass=AcceptsAll):
    __match_args__ = ("real",)
match 5:
    case Anything(r): print("matched", r)  # expect: matched 5

# repr of very deep nesting ends in RecursionError (PyObject_Repr's recursion guard); self-reference is [...]
deep = []
for _ in range(100000):
    deep = [deep]
show(lambda: repr(deep))  # expect: RecursionError maximum recursion depth exceeded while getting the repr of an object
loop = [1]
loop.append(loop)
print(loop, (loop,))  # expect: [1, [...]] ([1, [...]],)

# builtins given a wrong argument type raise TypeError (these raised Java ClassCastExceptions)
show(lambda: format(5, 5))  # expect: TypeError format() argument 2 must be str, not int
show(lambda: __import__(5))  # expect: TypeError module name must be a string

# reversed() of a dict and of its views (dict.__reversed__, 3.8+)
rd = {"a": 1, "b": 2}
print(list(reversed(rd)), list(reversed(rd.values())), list(reversed(rd.items())))  # expect: ['b', 'a'] [2, 1] [('b', 2), ('a', 1)]
print(type(reversed(rd)).__name__)  # expect: dict_reversekeyiterator
