# Setting attributes of generators, coroutines, frames, code objects, cells and tracebacks
import sys


def gen():
    yield


def cellf():
    x = 1

    def inner():
        return x
    return inner


def failing():
    try:
        1 / 0
    except ZeroDivisionError as e:
        return e.__traceback__


g = gen()
inner = cellf()
cell = inner.__closure__[0]
tb = failing()
for obj, name, value in [(g, "gi_frame", 1), (g, "send", 1), (g, "__qualname__", "q"), (g, "__name__", None),
                         (sys._getframe(), "f_code", 1), (gen.__code__, "co_name", "x"),
                         (gen.__code__, "co_varnames", ()), (cell, "cell_contents", 5), (tb, "tb_lineno", 3)]:
    try:
        setattr(obj, name, value)
        print(type(obj).__name__, name, "set to", getattr(obj, name))
    except (AttributeError, TypeError) as e:
        print(type(obj).__name__, name, type(e).__name__, e)
# expect: generator gi_frame AttributeError attribute 'gi_frame' of 'generator' objects is not writable
# expect: generator send AttributeError 'generator' object attribute 'send' is read-only
# expect: generator __qualname__ set to q
# expect: generator __name__ TypeError __name__ must be set to a string object
# expect: frame f_code AttributeError attribute 'f_code' of 'frame' objects is not writable
# expect: code co_name AttributeError readonly attribute
# expect: code co_varnames AttributeError attribute 'co_varnames' of 'code' objects is not writable
# expect: cell cell_contents set to 5
# expect: traceback tb_lineno AttributeError attribute 'tb_lineno' of 'traceback' objects is not writable
print(repr(g)[:24], inner())  # expect: <generator object q at 0 5
try:
    g.extra = 1
except AttributeError as e:
    print(e)  # expect: 'generator' object has no attribute 'extra' and no __dict__ for setting new attributes

del cell.cell_contents
try:
    inner()
except NameError as e:
    print(e)  # expect: cannot access free variable 'x' where it is not associated with a value in enclosing scope

other = failing()
for value in (5, tb):
    try:
        tb.tb_next = value
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
# expect: TypeError expected traceback object, got 'int'
# expect: ValueError traceback loop detected
tb.tb_next = other
print(tb.tb_next is other)  # expect: True
try:
    other.tb_next = tb
except ValueError as e:
    print(e)  # expect: traceback loop detected

frame = sys._getframe()
frame.f_trace = print
print(frame.f_trace is print, frame.f_trace_lines, frame.f_trace_opcodes)  # expect: True True False
frame.f_trace = None
for value in (True, 1.5, 2**100):
    try:
        frame.f_lineno = value
    except ValueError as e:
        print(e)
# expect: lineno must be an integer
# expect: lineno must be an integer
# expect: f_lineno can only be set in a trace function


async def coro():
    return "result"

c = coro()
aw = c.__await__()
print(type(aw).__name__, iter(aw) is aw, next(aw, "end"), c.cr_frame)  # expect: coroutine_wrapper True end None
c = coro()
try:
    c.__await__().send(None)
except StopIteration as e:
    print(e.value)  # expect: result


def closing():
    try:
        yield 1
    except GeneratorExit:
        return "bye"

r = closing()
next(r)
print(r.close())  # expect: bye
