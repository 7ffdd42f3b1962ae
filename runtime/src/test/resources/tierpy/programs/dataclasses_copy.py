from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError
import copy


@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0


it = Item("pen", 1.5)
print(it, it == Item("pen", 1.5), it == Item("pen", 2))
print([f.name for f in fields(it)], asdict(it), astuple(it), is_dataclass(it), is_dataclass(Item))
print(replace(it, price=3), sorted([Version(1, 2), Version(0, 9), Version(1, 0)]))
print(Version(1) < Version(1, 1), hash(Version(1, 2)) == hash(Version(1, 2)))
try:
    Version(1).major = 2
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    Item()
except TypeError as e:
    print(e)


@dataclass
class Post:
    x: int
    y: int = 0

    def __post_init__(self):
        self.total = self.x + self.y


print(Post(2, 3).total, Post(1), Post(x=4, y=1))
a = [1, [2, 3], {"k": [4]}]
b = copy.copy(a)
c = copy.deepcopy(a)
a[1].append(9)
print(b, c, b[1] is a[1], c[1] is a[1])


class Pt:
    def __init__(self, x):
        self.x = x


p = Pt([1])
q = copy.deepcopy(p)
q.x.append(2)
print(p.x, q.x, copy.copy(p).x is p.x)


class Custom:
    def __copy__(self):
        return "copied"

    def __deepcopy__(self, memo):
        return "deep"


print(copy.copy(Custom()), copy.deepcopy([Custom()]))
cyc = [1]
cyc.append(cyc)
d = copy.deepcopy(cyc)
print(d[1] is d, d[1] is not cyc)

# Expected output (CPython 3.14 semantics):
# expect: Item(name='pen', price=1.5, tags=[]) True False
# expect: ['name', 'price', 'tags'] {'name': 'pen', 'price': 1.5, 'tags': []} ('pen', 1.5, []) True True
# expect: Item(name='pen', price=3, tags=[]) [Version(major=0, minor=9), Version(major=1, minor=0), Version(major=1, minor=2)]
# expect: True True
# expect: FrozenInstanceError cannot assign to field 'major'
# expect: Item.__init__() missing 1 required positional argument: 'name'
# expect: 5 Post(x=1, y=0) Post(x=4, y=1)
# expect: [1, [2, 3, 9], {'k': [4]}] [1, [2, 3], {'k': [4]}] True False
# expect: [1] [1, 2] True
# expect: copied ['deep']
# expect: True True
