# Frames of finished calls are reused for later calls: nothing that can still see a frame may change under it
import sys

def keep_frame():
    x = "kept"
    return sys._getframe()

def other(a, b):
    y = a + b
    return y

fr = keep_frame()
for i in range(50):
    other(i, i)
print(fr.f_code.co_name, fr.f_locals["x"])  # expect: keep_frame kept

def inner():
    return sys._getframe(1)

def outer():
    z = "outer-local"
    return inner()

up = outer()
for i in range(50):
    other(i, 1)
print(up.f_code.co_name, up.f_locals["z"])  # expect: outer outer-local

def child():
    return sys._getframe()

def parent():
    w = "parent-local"
    return child()

cf = parent()
for i in range(50):
    other(i, 2)
print(cf.f_back.f_code.co_name, cf.f_back.f_locals["w"])  # expect: parent parent-local

def fails(n):
    v = n * 2
    raise ValueError(n)

tbs = []
for i in range(3):
    try:
        fails(i)
    except ValueError as e:
        tbs.append(e.__traceback__)
    other(i, 3)
print([tb.tb_next.tb_frame.f_locals["v"] for tb in tbs])  # expect: [0, 2, 4]

def gen(n):
    for i in range(n):
        yield i * 10

g1 = gen(3)
next(g1)
for i in range(20):
    other(i, 4)
g2 = gen(5)
print(next(g1), next(g2), list(g1), list(g2))  # expect: 10 0 [20] [10, 20, 30, 40]

def unbound(flag):
    if flag:
        local = 1
    try:
        return local
    except UnboundLocalError:
        return "unbound"

print(unbound(True), unbound(False), unbound(True), unbound(False))  # expect: 1 unbound 1 unbound

def kw(a, b=2, *rest, c, **extra):
    return a, b, rest, c, extra

try:
    kw(1, 2, 3)
except TypeError as e:
    print(e)  # expect: kw() missing 1 required keyword-only argument: 'c'
print(kw(1, c=3))  # expect: (1, 2, (), 3, {})

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(500), depth(10), depth(300))  # expect: 500 10 300

def rec_frames(n, acc):
    acc.append(sys._getframe())
    if n:
        rec_frames(n - 1, acc)
    return acc

frames = rec_frames(3, [])
for i in range(50):
    other(i, 5)
print([f.f_locals["n"] for f in frames], frames[-1].f_back is frames[-2])  # expect: [3, 2, 1, 0] True
