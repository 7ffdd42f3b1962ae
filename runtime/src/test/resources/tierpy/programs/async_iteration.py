class Ticker:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def total(n):
    s = []
    async for x in Ticker(n):
        s.append(x)
    return s

print(run(total(3)))  # expect: [1, 2, 3]
print(run(total(0)))  # expect: []


class Sleep:
    def __await__(self):
        yield "tick"
        return "woke"


class Slow:
    def __init__(self):
        self.left = 2

    def __aiter__(self):
        return self

    def __anext__(self):
        return self.step()

    async def step(self):
        if not self.left:
            raise StopAsyncIteration
        self.left -= 1
        return await Sleep()


async def collect():
    out = []
    async for v in Slow():
        out.append(v)
    else:
        out.append("else")
    return out

c = collect()
print(c.send(None))  # expect: tick
print(c.send(None))  # expect: tick
try:
    c.send(None)
except StopIteration as e:
    print(e.value)  # expect: ['woke', 'woke', 'else']


async def breaking():
    async for x in Ticker(10):
        if x == 2:
            break
    return x

print(run(breaking()))  # expect: 2


async def failing():
    async for x in Ticker(5):
        if x == 3:
            raise ValueError("at 3")

try:
    run(failing())
except ValueError as e:
    print("caught", e)  # expect: caught at 3


async def comprehension():
    return [x * 10 async for x in Ticker(3)]

print(run(comprehension()))  # expect: [10, 20, 30]


async def no_aiter():
    async for x in [1, 2]:
        pass

try:
    run(no_aiter())
except TypeError as e:
    print(e)  # expect: 'async for' requires an object with __aiter__ method, got list


class NoAnext:
    def __aiter__(self):
        return 42

async def bad_aiter():
    async for x in NoAnext():
        pass

try:
    run(bad_aiter())
except TypeError as e:
    print(e)  # expect: 'async for' received an object from __aiter__ that does not implement __anext__: int


class BadAnext:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 5

async def bad_anext():
    async for x in BadAnext():
        pass

try:
    run(bad_anext())
except TypeError as e:
    print(e, "/", e.__cause__)  # expect: 'async for' received an invalid object from __anext__: int / 'int' object can't be awaited
