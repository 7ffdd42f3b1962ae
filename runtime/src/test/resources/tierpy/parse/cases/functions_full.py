
def f(a, b: int, c=1, d: str = "x", *args: int, e, f: float = 1.0, **kwargs: dict) -> None:
    """Docstring."""
    return
def g(a, /, b, *, c): pass
def h(a=1, /, b=2, *args, c, d=3, **kw): pass
def i(*, a): pass
def j(a, /): pass
class K: pass
class L(): pass
class M(A, B): x = 1
def gen():
    yield
    yield 1
    yield 1, 2
    x = yield from g()
    y = yield
