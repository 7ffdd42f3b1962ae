# Async generators driven by hand: awaits inside them reach the driver, async yields do not
import types

@types.coroutine
def pause(v):
    got = yield ("pause", v)
    return got

async def ticker(n):
    for i in range(n):
        r = await pause(i)
        yield i, r

async def double(agen):
    async for i, r in agen:
        yield (await pause(i * 10), r)

def drive(coro, reply=lambda v: v):
    log = []
    try:
        req = coro.send(None)
        while True:
            log.append(req)
            req = coro.send(reply(req))
    except StopIteration as e:
        log.append(("ret", e.value))
    return log

async def main():
    out = [x async for x in double(ticker(2))]
    ge = (await pause(x) async for x in ticker(2))
    out.append([y async for y in ge])
    return out

for entry in drive(main(), lambda req: req[1] + 100 if isinstance(req[1], int) else req[1]):
    print(entry)
# expect: ('pause', 0)
# expect: ('pause', 0)
# expect: ('pause', 1)
# expect: ('pause', 10)
# expect: ('pause', 0)
# expect: ('pause', (0, 100))
# expect: ('pause', 1)
# expect: ('pause', (1, 101))
# expect: ('ret', [(100, 100), (110, 101), [(0, 100), (1, 101)]])

class CM:
    async def __aenter__(self):
        print("enter")
        return self
    async def __aexit__(self, *a):
        print("exit", a[0])
        return True

async def with_in_gen():
    async with CM():
        yield 1
        raise KeyError
    yield 2

async def main2():
    return [x async for x in with_in_gen()]

print(drive(main2()))
# expect: enter
# expect: exit <class 'KeyError'>
# expect: [('ret', [1, 2])]
ag = ticker(3)
async def peek():
    a = ag.__anext__()
    v = await a
    return v
c = peek()
print(c.send(None), ag.ag_await.__name__, ag.ag_running, ag.ag_suspended, ag.ag_frame.f_lineno)  # expect: ('pause', 0) pause True True 11


@types.coroutine
def marked():
    yield 1

print(marked.__code__.co_flags & 0x100, types.coroutine(marked) is marked)  # expect: 256 True
wrapped = types.coroutine(len)
print(wrapped("ab"), wrapped.__name__)  # expect: 2 len
try:
    types.coroutine(3)
except TypeError as e:
    print(e)  # expect: types.coroutine() expects a callable
