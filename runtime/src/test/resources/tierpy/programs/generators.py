# Generators: iteration, send, throw, close, return values and yield from.
def counter(n):
    i = 0
    while i < n:
        got = yield i
        if got is not None:
            i = got
        else:
            i += 1
    return "done"

print(list(counter(3)))  # expect: [0, 1, 2]
g = counter(10)
print(next(g), g.send(7), next(g))  # expect: 0 7 8
try:
    g.send(10)
except StopIteration as e:
    print("stop", e.value)  # expect: stop done

def guarded():
    try:
        yield 1
        yield 2
    except ValueError as e:
        yield "caught " + str(e)
    finally:
        print("cleanup")

g = guarded()
print(next(g))  # expect: 1
print(g.throw(ValueError("boom")))  # expect: caught boom
g.close()  # expect: cleanup

def inner():
    yield 1
    yield 2
    return 3

def outer():
    result = yield from inner()
    yield result

print(list(outer()))  # expect: [1, 2, 3]
print(sum(x * x for x in range(4)))  # expect: 14
