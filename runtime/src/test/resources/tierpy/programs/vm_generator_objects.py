# generator and coroutine objects: states, attributes, expressions, closing, yield from results
import sys
def counter(n):
    i = 0
    while i < n:
        got = yield i
        i += 1 if got is None else got
g = counter(10)
print(type(g).__name__, g.__name__, g.__qualname__, next(g), g.send(3), next(g), g.gi_running, g.gi_frame is not None)  # expect: generator counter counter 0 3 4 False True
print(list(g), g.gi_frame)  # expect: [5, 6, 7, 8, 9] None
def outer():
    def inner():
        yield 1
    return inner()
print(outer().__qualname__)  # expect: outer.<locals>.inner
ge = (x * x for x in range(4))
print(type(ge).__name__, ge.__name__, sum(ge), list(ge))  # expect: generator <genexpr> 14 []
def running():
    yield g2.gi_running
g2 = running()
print(next(g2))  # expect: True
def reenter():
    yield next(g3)
g3 = reenter()
try:
    next(g3)
except ValueError as e:
    print(e)  # expect: generator already executing
def sub():
    x = yield "s1"
    y = yield f"s2 got {x}"
    return x, y
def deleg():
    result = yield from sub()
    yield f"result {result}"
d = deleg()
print(next(d), d.send("A"), d.send("B"))  # expect: s1 s2 got A result ('A', 'B')
def fin():
    try:
        yield 1
        yield 2
    finally:
        print("fin ran")  # expect: fin ran
f2 = fin()
next(f2)
f2.close()
print("after close", f2.gi_suspended)  # expect: after close False
def ret_in_finally():
    try:
        yield 1
    finally:
        return "early"
r = ret_in_finally()
next(r)
print(r.close())  # expect: early
async def coro(x):
    return x * 2
c = coro(21)
print(type(c).__name__, c.__qualname__)  # expect: coroutine coro
try:
    c.send(None)
except StopIteration as s:
    print("coroutine returned", s.value)  # expect: coroutine returned 42
class Awaitable:
    def __await__(self):
        v = yield "suspended"
        return v + 1
async def waiter():
    return await Awaitable()
w = waiter()
print(w.send(None))  # expect: suspended
try:
    w.send(41)
except StopIteration as s:
    print(s.value)  # expect: 42
def lazy_pairs():
    yield from zip("ab", range(2))
print(dict(lazy_pairs()), list(enumerate(counter(3), 1)))  # expect: {'a': 0, 'b': 1} [(1, 0), (2, 1), (3, 2)]
print([x for x in counter(5) if x % 2], next(iter(counter(2))), sorted(counter(4), reverse=True))  # expect: [1, 3] 0 [3, 2, 1, 0]
