# FOR_ITER_GEN and SEND_GEN sites under change: exceptions, early exits, return values, re-entry.

def count(n):
    for i in range(n):
        yield i

def consume(it):
    t = 0
    for x in it:
        t += x
    return t

for i in range(50):
    consume(count(10))
print(consume(count(100)))  # expect: 4950
print(consume([1, 2, 3]))  # expect: 6
exhausted = count(3)
print(consume(exhausted), consume(exhausted))  # expect: 3 0

def failing(n):
    for i in range(n):
        yield i
    raise KeyError("boom")

try:
    consume(failing(5))
except KeyError as e:
    print("KeyError", e)  # expect: KeyError 'boom'

def first_over(it, limit):
    for x in it:
        if x > limit:
            return x
    return None

for i in range(50):
    first_over(count(10), 5)
g = count(10)
print(first_over(g, 3), next(g))  # expect: 4 5

def delegate(n):
    r = yield from inner(n)
    yield "returned " + str(r)

def inner(n):
    for i in range(n):
        got = yield i
        if got is not None:
            yield "got " + str(got)
    return n * 10

for i in range(50):
    list(delegate(3))
print(list(delegate(3)))  # expect: [0, 1, 2, 'returned 30']
d = delegate(2)
print(next(d), d.send("x"), next(d), next(d))  # expect: 0 got x 1 returned 20

def selfish():
    yield from me

me = selfish()
try:
    for x in me:
        pass
except ValueError as e:
    print("ValueError", e)  # expect: ValueError generator already executing

def stopper():
    yield 1
    raise StopIteration

try:
    consume(stopper())
except RuntimeError as e:
    print("RuntimeError", e)  # expect: RuntimeError generator raised StopIteration
