def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def agen():
    yield 1
    yield 2


def step_twice(step):
    """The first send ends the step with the value yielded; the second finds the step used up."""
    try:
        step.send(None)
    except StopIteration as e:
        print("first", e.value)
    try:
        step.send(None)
    except RuntimeError as e:
        print(e)


g = agen()
print(type(g).__name__, g.__name__, g.__qualname__)  # expect: async_generator agen agen
print(g.ag_running, g.ag_code.co_name, g.ag_await, g.ag_frame.f_code is g.ag_code)  # expect: False agen None True
print(g.__aiter__() is g)  # expect: True
a = g.__anext__()
print(type(a).__name__)  # expect: async_generator_asend
print(a.__await__() is a, iter(a) is a)  # expect: True True
step_twice(a)
# expect: first 1
# expect: cannot reuse already awaited __anext__()/asend()


async def collect(it):
    return [x async for x in it]

print(run(collect(agen())))  # expect: [1, 2]


async def echo():
    received = []
    try:
        while True:
            v = yield len(received)
            received.append(v)
    finally:
        print("echo finally", received)


async def drive():
    e = echo()
    print(await e.asend(None))
    print(await e.asend("a"))
    print(await e.asend("b"))
    await e.aclose()
    try:
        await e.__anext__()
    except StopAsyncIteration:
        print("exhausted")

run(drive())
# expect: 0
# expect: 1
# expect: 2
# expect: echo finally ['a', 'b']
# expect: exhausted


class Tick:
    def __await__(self):
        v = yield "tick"
        return v


async def awaiting():
    got = await Tick()
    yield got
    got = await Tick()
    yield got * 2


def finish(step, value):
    """Sends the value an await inside the generator receives; the yielded value ends the step."""
    try:
        step.send(value)
    except StopIteration as e:
        return e.value


ag = awaiting()
step = ag.__anext__()
print(step.send(None))  # expect: tick
print("yielded", finish(step, 21))  # expect: yielded 21
step = ag.__anext__()
print(step.send(None))  # expect: tick
print("yielded", finish(step, 5))  # expect: yielded 10
step = ag.__anext__()
try:
    step.send(None)
except StopAsyncIteration as e:
    print("done", type(e).__name__, e.args)  # expect: done StopAsyncIteration ()


ag = awaiting()
first = ag.__anext__()
first.send(None)
print(ag.ag_running, ag.ag_await is not None)  # expect: True True
second = ag.__anext__()
try:
    second.send(None)
except RuntimeError as e:
    print(e)  # expect: anext(): asynchronous generator is already running
closer = ag.aclose()
try:
    closer.send(None)
except RuntimeError as e:
    print(e)  # expect: aclose(): asynchronous generator is already running
thrower = ag.athrow(ValueError("x"))
try:
    thrower.send(None)
except RuntimeError as e:
    print(e)  # expect: athrow(): asynchronous generator is already running
try:
    first.throw(KeyError("k"))
except KeyError as e:
    print("thrown", repr(e))  # expect: thrown KeyError('k')
print(ag.ag_running, ag.ag_frame)  # expect: False None


async def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            yield "caught " + str(e)


async def throw_in():
    c = catcher()
    print(await c.__anext__())
    print(await c.athrow(ValueError("boom")))
    print(await c.asend(None))
    await c.aclose()
    print(await c.aclose())

run(throw_in())
# expect: ready
# expect: caught boom
# expect: ready
# expect: None


async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


async def ignore_exit():
    s = stubborn()
    await s.__anext__()
    try:
        await s.aclose()
    except RuntimeError as e:
        print(e)

run(ignore_exit())  # expect: async generator ignored GeneratorExit


async def bad_stop():
    yield 1
    raise StopAsyncIteration


async def raising():
    try:
        async for x in bad_stop():
            pass
    except RuntimeError as e:
        print(e, "|", type(e.__cause__).__name__)

run(raising())  # expect: async generator raised StopAsyncIteration | StopAsyncIteration


async def bad_iter():
    yield 1
    raise StopIteration(5)


async def raising2():
    try:
        async for x in bad_iter():
            pass
    except RuntimeError as e:
        print(e)

run(raising2())  # expect: async generator raised StopIteration


ag = agen()
try:
    ag.asend(1).send(None)
except TypeError as e:
    print(e)  # expect: can't send non-None value to a just-started async generator

try:
    next(agen())
except TypeError as e:
    print(e)  # expect: 'async_generator' object is not an iterator

try:
    iter(agen())
except TypeError as e:
    print(e)  # expect: 'async_generator' object is not iterable


def gen_from():
    yield from agen()

try:
    list(gen_from())
except TypeError as e:
    print(e)  # expect: 'async_generator' object is not iterable


async def await_agen():
    await agen()

try:
    run(await_agen())
except TypeError as e:
    print(e)  # expect: 'async_generator' object can't be awaited


async def squares(n):
    for i in range(n):
        yield i * i


async def genexp():
    ge = (x + 1 async for x in squares(4))
    print(type(ge).__name__, ge.__name__)
    print([y async for y in ge])
    print({x async for x in squares(3)}, {x: -x async for x in squares(3)})
    print([x async for x in squares(6) if x % 2 if x > 1])
    return "done"

print(run(genexp()))
# expect: async_generator <genexpr>
# expect: [1, 2, 5, 10]
# expect: {0, 1, 4} {0: 0, 1: -1, 4: -4}
# expect: [9, 25]
# expect: done


async def nested():
    out = []
    async for x in squares(3):
        async for y in squares(x):
            out.append((x, y))
    return out

print(run(nested()))  # expect: [(1, 0), (4, 0), (4, 1), (4, 4), (4, 9)]


async def aiter_anext():
    it = aiter(squares(3))
    print(await anext(it), await anext(it), await anext(it), await anext(it, "end"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("stop")

run(aiter_anext())
# expect: 0 1 4 end
# expect: stop


async def finished_athrow():
    g = agen()
    async for _ in g:
        pass
    print(await g.athrow(ValueError), await g.aclose(), g.ag_frame)

run(finished_athrow())  # expect: None None None


async def closed_early():
    g = agen()
    print(await g.__anext__())
    await g.aclose()
    try:
        await g.asend(10)
    except StopAsyncIteration:
        print("asend after aclose: StopAsyncIteration")
    print("athrow after aclose:", await g.athrow(ValueError("late")))

run(closed_early())
# expect: 1
# expect: asend after aclose: StopAsyncIteration
# expect: athrow after aclose: None


def gen_awaits_coro():
    async def c():
        pass
    co = c()
    try:
        yield from co
    finally:
        co.close()

try:
    next(gen_awaits_coro())
except TypeError as e:
    print(e)  # expect: cannot 'yield from' a coroutine object in a non-coroutine generator

import sys
print(sys.get_asyncgen_hooks())  # expect: asyncgen_hooks(firstiter=None, finalizer=None)
seen = []
sys.set_asyncgen_hooks(firstiter=seen.append)
h = agen()
run(collect(h))
print(seen == [h], sys.get_asyncgen_hooks().finalizer)  # expect: True None
sys.set_asyncgen_hooks(firstiter=None)
try:
    sys.set_asyncgen_hooks(finalizer=3)
except TypeError as e:
    print(e)  # expect: callable finalizer expected, got int

print(repr(agen()).startswith("<async_generator object agen at 0x"))  # expect: True
print(repr(agen().__anext__()).startswith("<async_generator_asend object at 0x"))  # expect: True
print(repr(agen().aclose()).startswith("<async_generator_athrow object at 0x"))  # expect: True
import types
print(types.AsyncGeneratorType is type(agen()))  # expect: True
print(g.ag_suspended, agen().ag_suspended)  # expect: True False


class Exhausted:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise StopAsyncIteration


async def defaults():
    g = agen()
    return await anext(g, "d"), await anext(g, "d"), await anext(g, "d"), await anext(Exhausted(), "m")

print(run(defaults()))  # expect: (1, 2, 'd', 'm')
a = anext(agen(), 5)
print(type(a).__name__, a.__await__() is a, iter(a) is a)  # expect: anext_awaitable True True
step_twice(a)
# expect: first 1
# expect: cannot reuse already awaited __anext__()/asend()
b = anext(agen(), 5)
try:
    b.throw(ValueError("x"))
except ValueError as e:
    print("thrown", e)  # expect: thrown x
print(b.close())  # expect: None
