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
