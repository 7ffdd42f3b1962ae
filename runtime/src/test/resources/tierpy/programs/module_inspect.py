# inspect: signature()/Signature/Parameter/BoundArguments as CPython prints them, source of functions and classes, predicates, docs, frames, generator states
import functools
import inspect


def f(a, b: int = 2, /, c='x', *args, d, e: 'str' = None, **kw) -> bool:
    """Doc here.

        indented
    """
    return True


class K:
    """K doc."""
    def __init__(self, x, y=1):
        self.x = x

    def meth(self, z):
        return z

    @staticmethod
    def st(q): pass


@functools.wraps(f)
def wrapper(*a, **k):
    return f(*a, **k)


sig = inspect.signature(f)
print(sig)  # expect: (a, b: int = 2, /, c='x', *args, d, e: 'str' = None, **kw) -> bool
print(repr(sig.parameters['e']), sig.parameters['a'].kind, repr(sig.parameters['d'].kind))  # expect: <Parameter "e: 'str' = None"> POSITIONAL_ONLY <_ParameterKind.KEYWORD_ONLY: 3>
print(inspect.signature(K), inspect.signature(K.meth), inspect.signature(K(1).meth), inspect.signature(K.st))  # expect: (x, y=1) (self, z) (z) (q)
print(inspect.signature(wrapper, follow_wrapped=False), inspect.signature(lambda x, *, y: 0))  # expect: (*a, **k) -> bool (x, *, y)
print(inspect.signature(functools.partial(f, 1, 2, d=3)))  # expect: (c='x', *args, d=3, e: 'str' = None, **kw) -> bool
b = sig.bind(1, 2, 3, 4, d=5, zz=6)
print(b, b.args, b.kwargs)  # expect: <BoundArguments (a=1, b=2, c=3, args=(4,), d=5, kw={'zz': 6})> (1, 2, 3, 4) {'d': 5, 'zz': 6}
b = inspect.signature(K).bind(7)
b.apply_defaults()
print(b)  # expect: <BoundArguments (x=7, y=1)>
for call in (lambda: sig.bind(), lambda: inspect.signature(K).bind(1, 2, 3), lambda: inspect.signature(K).bind(1, w=2)):
    try:
        call()
    except TypeError as e:
        print(e)
# expect: missing a required argument: 'a'
# expect: too many positional arguments
# expect: got an unexpected keyword argument 'w'
for bad in (lambda: inspect.signature(1), lambda: inspect.signature(int)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(e)
# expect: 1 is not a callable object
# expect: no signature found for builtin type <class 'int'>
P = inspect.Parameter
print(inspect.Signature([P('a', P.POSITIONAL_ONLY), P('b', P.KEYWORD_ONLY, default=3)], return_annotation=list[int]))  # expect: (a, /, *, b=3) -> list[int]
try:
    inspect.Signature([P('a', P.POSITIONAL_OR_KEYWORD, default=1), P('b', P.POSITIONAL_OR_KEYWORD)])
except ValueError as e:
    print(e)  # expect: non-default argument follows default argument
print(inspect.Parameter.empty, P('x', 1).replace(default=5))  # expect: <class 'inspect._empty'> x=5
print(inspect.getfullargspec(K.meth))  # expect: FullArgSpec(args=['self', 'z'], varargs=None, varkw=None, defaults=None, kwonlyargs=[], kwonlydefaults=None, annotations={})
print(inspect.getsource(K.meth), end='')
# expect:     def meth(self, z):
# expect:         return z
print(inspect.getsourcelines(K.st))  # expect: (['    @staticmethod\n', '    def st(q): pass\n'], 22)
print(inspect.getsource(K).splitlines()[:2])  # expect: ['class K:', '    """K doc."""']
print(repr(inspect.getdoc(f)), inspect.getdoc(K))  # expect: 'Doc here.\n\nindented' K doc.
print(inspect.cleandoc('  a\n    b\n      c\n\n').split('\n'))  # expect: ['a', 'b', '  c']
ns = {}
exec(compile("def h(x):\n    return x\n", "<generated>", "exec"), ns)
try:
    inspect.getsource(ns['h'])
except OSError as e:
    print(e)  # expect: could not get source code


def gen():
    yield 1


async def co():
    pass


print(inspect.isfunction(f), inspect.ismethod(K(1).meth), inspect.isbuiltin(len), inspect.isroutine(len), inspect.ismodule(inspect))  # expect: True True True True True
print(inspect.isgeneratorfunction(gen), inspect.iscoroutinefunction(co), inspect.iscoroutinefunction(f))  # expect: True True False
g = gen()
states = [inspect.getgeneratorstate(g)]
next(g)
states.append(inspect.getgeneratorstate(g))
g.close()
states.append(inspect.getgeneratorstate(g))
print(states)  # expect: ['GEN_CREATED', 'GEN_SUSPENDED', 'GEN_CLOSED']
c = co()
print(inspect.getcoroutinestate(c), inspect.isawaitable(c))  # expect: CORO_CREATED True
c.close()
print(inspect.unwrap(wrapper) is f, inspect.getmodule(f).__name__, inspect.getmodule(len).__name__)  # expect: True __main__ builtins
print(inspect.currentframe().f_code.co_name)  # expect: <module>


def inner():
    return inspect.stack()


frames = inner()
print(frames[0].function, frames[0].lineno, frames[0].code_context, frames[1].function)  # expect: inner 105 ['    return inspect.stack()\n'] <module>
print([n for n, v in inspect.getmembers(K) if not n.startswith('__')])  # expect: ['meth', 'st']
print(inspect.getmro(bool), inspect.CO_GENERATOR, inspect.CO_VARARGS)  # expect: (<class 'bool'>, <class 'int'>, <class 'object'>) 32 4


class Slotted:
    __slots__ = ('a',)

    @property
    def v(self):
        return 1


print(inspect.isdatadescriptor(Slotted.__dict__['v']), inspect.isdatadescriptor(Slotted.__dict__['a']), hasattr(property, '__set__'))  # expect: True True True

import dataclasses


@dataclasses.dataclass
class Point:
    x: int
    y: str = 'a'
    tags: list = dataclasses.field(default_factory=list)


print(inspect.signature(Point))  # expect: (x: int, y: str = 'a', tags: list = <factory>) -> None
