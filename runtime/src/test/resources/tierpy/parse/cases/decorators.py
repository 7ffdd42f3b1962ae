
@a
@a.b.c
@a(1, x=2)
@a[0]
@(lambda f: f)
@x if y else z
def f(): pass
@dataclass(frozen=True)
class C(Base, metaclass=Meta, **kw):
    """doc"""
    x: int = 0
    y: "str"
    (z): int
    a.b: int = 1
    c[0]: float
