import sys


def gen():
    frame = sys._getframe()
    yield frame.f_back is not None
    yield frame.f_lineno


g = gen()
f = g.gi_frame
print(type(f).__name__, f.f_code is g.gi_code, f.f_globals is globals())  # expect: frame True True
print(f.f_lasti, f.f_lineno, f.f_back)  # expect: 2 4 None
print(g.gi_running, g.gi_suspended, g.gi_yieldfrom)  # expect: False False None
print(next(g), f.f_lineno, g.gi_suspended)  # expect: True 6 True
try:
    f.clear()
except RuntimeError as e:
    print(e)  # expect: cannot clear a suspended frame
print(next(g))  # expect: 7
print(list(g), g.gi_frame, g.gi_suspended)  # expect: [] None False


def running():
    me = yield
    yield me.gi_running, me.gi_frame.f_back is not None, me.gi_suspended
    try:
        me.gi_frame.clear()
    except RuntimeError as e:
        yield str(e)

r = running()
next(r)
print(r.send(r))  # expect: (True, True, False)
print(next(r))  # expect: cannot clear an executing frame


def current():
    try:
        sys._getframe().clear()
    except RuntimeError as e:
        return str(e)

print(current())  # expect: cannot clear an executing frame


def caller_frame():
    return sys._getframe(1)

outer = caller_frame()
print(outer.f_code.co_name, outer is sys._getframe())  # expect: <module> True


def make_tb():
    x = 42
    try:
        1 / 0
    except ZeroDivisionError as e:
        return e.__traceback__

tb = make_tb()
done = tb.tb_frame
print(done.f_code.co_name, done.f_locals["x"], done.f_back is not None)  # expect: make_tb 42 True
print(done.clear(), "x" in done.f_locals)  # expect: None False


def fresh():
    yield 1

fg = fresh()
print(fg.gi_frame.clear(), fg.gi_frame, fg.gi_suspended)  # expect: None None False
try:
    next(fg)
except StopIteration:
    print("cleared before start: exhausted")  # expect: cleared before start: exhausted


def delegating():
    yield from inner()

def inner():
    yield 1
    yield 2

d = delegating()
next(d)
print(d.gi_yieldfrom.__name__, d.gi_yieldfrom.gi_frame.f_back)  # expect: inner None


async def coro():
    return sys._getframe().f_code.co_name

c = coro()
print(c.cr_running, c.cr_suspended, c.cr_await, c.cr_frame.f_code is c.cr_code)  # expect: False False None True
try:
    c.send(None)
except StopIteration as e:
    print(e.value, c.cr_frame)  # expect: coro None
for name in ("gi_frame", "gi_running", "cr_frame"):
    try:
        getattr(c if name.startswith("gi") else g, name)
    except AttributeError as e:
        print(e)
# expect: 'coroutine' object has no attribute 'gi_frame'
# expect: 'coroutine' object has no attribute 'gi_running'
# expect: 'generator' object has no attribute 'cr_frame'


def lasti():
    f = sys._getframe()
    a = f.f_lasti
    b = f.f_lasti
    return a < b, a % 2

print(lasti())  # expect: (True, 0)


def owner():
    yield sys._getframe().f_generator

o = owner()
of = o.gi_frame
print(next(o) is o, of.f_generator is o, sys._getframe().f_generator)  # expect: True True None
print(list(o), of.f_generator)  # expect: [] None


import dis


def two():
    yield 1
    yield 2

t = two()
yields = [i.offset for i in dis.get_instructions(two) if i.opname == "YIELD_VALUE"]
next(t)
# a suspended frame's instr_ptr has moved past its YIELD_VALUE
print(t.gi_frame.f_lasti - 2 == yields[0], t.gi_frame.f_lineno)  # expect: True 131
next(t)
print(t.gi_frame.f_lasti - 2 == yields[1], t.gi_frame.f_lineno)  # expect: True 132
