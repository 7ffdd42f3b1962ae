# typing: NewType, ParamSpec, TypeVarTuple, protocols, overload registry, TypedDict/NamedTuple class syntax
import typing
from typing import NewType, ParamSpec, TypeVarTuple, Protocol, overload, TypedDict, NamedTuple, ForwardRef, Generic, TypeVar

UserId = NewType('UserId', int)
print(UserId, UserId(5), UserId.__supertype__)  # expect: __main__.UserId 5 <class 'int'>
P = ParamSpec('P')
print(P, P.args, P.kwargs, TypeVarTuple('Ts'), typing.NoDefault)  # expect: ~P P.args P.kwargs Ts typing.NoDefault


class Proto(Protocol):
    x: int

    def meth(self): ...


class Impl(Proto):
    pass


print(typing.is_protocol(Proto), typing.is_protocol(Impl), typing.is_protocol(int), sorted(typing.get_protocol_members(Proto)))  # expect: True False False ['meth', 'x']


@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x


print(len(typing.get_overloads(f)), f('s'))  # expect: 2 s


class Movie(TypedDict):
    title: str
    year: int


class Row(NamedTuple):
    a: int
    b: str = 'x'


T = TypeVar('T')


class Box(Generic[T]):
    pass


print(typing.is_typeddict(Movie), typing.is_typeddict(dict), Row(1), Row(2, 'y').b, ForwardRef('int'))  # expect: True False Row(a=1, b='x') y ForwardRef('int')
print(Box.__orig_bases__, Box.__bases__)  # expect: (typing.Generic[~T],) (<class 'typing.Generic'>,)
print(all(hasattr(typing, n) for n in ['ContextManager', 'KeysView', 'SupportsRound', 'Pattern', 'ReadOnly', 'TypeAliasType']))  # expect: True
