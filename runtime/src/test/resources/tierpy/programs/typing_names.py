from typing import (Any, Optional, Union, List, Dict, Tuple, Callable, Iterable, TypeVar, Generic,
                    NamedTuple, TYPE_CHECKING, cast, overload, ClassVar, Final, Literal, Protocol)
T = TypeVar("T")
print(TYPE_CHECKING, cast(int, "x"), T, Optional[int], Union[int, str], List[int])
def f(x: Optional[int] = None) -> List[str]:
    return [str(x)]
print(f(3), Union[int, int] is int, Optional[int] == Union[int, None])
print(Generic[T], Dict[str, int], Callable, Literal["a"])
Emp = NamedTuple("Emp", [("name", str), ("id", int)])
e = Emp("a", 3)
print(e, e.id, Emp._fields)

# Expected output (CPython 3.14 semantics):
# expect: False x ~T int | None int | str typing.List[int]
# expect: ['3'] True True
# expect: typing.Generic[~T] typing.Dict[str, int] typing.Callable typing.Literal['a']
# expect: Emp(name='a', id=3) 3 ('name', 'id')
