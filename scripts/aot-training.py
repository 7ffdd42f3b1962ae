# The training run behind tierpy's AOT cache (JDK 25+, see the launcher): a generic workload, run
# once per build, whose loaded classes, linked call sites and method profiles every later start
# reuses. It covers the common instructions and their specialized forms (int/float/str arithmetic
# and compares, attribute and method access on classes with inheritance, calls with defaults and
# keywords, closures, generators, comprehensions, containers, exceptions) and starts the way
# programs do: a file, a stdlib import. Each part loops long enough to get its handlers compiled.
from __future__ import print_function
import sys
import math


class Shape(object):
    count = 0

    def __init__(self, name, scale=1.0):
        self.name = name
        self.scale = scale
        Shape.count += 1

    def area(self):
        return 0.0

    def describe(self):
        return "%s:%.2f" % (self.name, self.area())


class Rect(Shape):
    def __init__(self, w, h, **kw):
        Shape.__init__(self, "rect", **kw)
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h * self.scale


class Circle(Shape):
    __slots__ = ("r",)

    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    @property
    def diameter(self):
        return 2 * self.r


def shapes(n):
    total = 0.0
    items = []
    for i in range(n):
        s = Rect(i % 7 + 1, i % 5 + 2, scale=0.5) if i & 1 else Circle(i % 3 + 0.5)
        items.append(s)
        total += s.area()
        if isinstance(s, Circle) and s.diameter > 4:
            total -= 1
    names = sorted(set(s.describe() for s in items[:50]))
    return total, len(names), Shape.count


def integers(n):
    a, b, acc = 12345, 0, 0
    i = 0
    while i < n:
        a = (a * 1103515245 + 12345) & 0x7FFFFFFF
        b ^= a >> 3
        acc += a % 1000 - (b // 7) % 13
        if acc > 1 << 40:
            acc -= 1 << 40
        elif acc < -(1 << 20):
            acc = -acc
        i += 1
    return acc, a % 97 == b % 97, -a, ~b, abs(acc) <= n * 1000


def floats(n):
    xs = [0.1 * i for i in range(16)]
    vs = [[1.0, 2.0, 3.0] for _ in range(4)]
    e = 0.0
    for step in range(n):
        for i in range(len(vs)):
            v = vs[i]
            d = v[0] * v[0] + v[1] * v[1] + v[2] * v[2] + 0.01
            mag = 0.001 / (d * math.sqrt(d))
            v[0] -= xs[i] * mag
            v[1] += mag * 2.5
            v[2] = v[2] * 0.999 + step / (n + 1.0)
            e += d / 2 - mag
    return round(e, 3), float("inf") > e, int(e) // 3, min(xs), max(xs), sum(xs) / len(xs)


def text(n):
    words = {}
    parts = []
    for i in range(n):
        key = "k%d" % (i % 97)
        words[key] = words.get(key, 0) + len(str(i).upper().split("1"))
        if key in words and i % 11 == 0:
            parts.append(key.replace("k", "w") + "-" + str(i)[::-1])
    line = " ".join(parts[:30]).strip()
    stats = {k: v for k, v in words.items() if v > n // 50}
    return len(line), line.count("w"), line.find("-"), sorted(stats)[:3], "-".join(f"{i:03d}" for i in range(3))


def recursion(n):
    def fib(k):
        return k if k < 2 else fib(k - 1) + fib(k - 2)

    memo = {}

    def ways(k, coins=(1, 2, 5)):
        if k == 0:
            return 1
        if k < 0 or not coins:
            return 0
        key = (k, len(coins))
        if key not in memo:
            memo[key] = ways(k - coins[0], coins) + ways(k, coins[1:])
        return memo[key]

    return fib(n), ways(n * 4)


def generators(n):
    def counter(limit):
        i = 0
        while i < limit:
            yield i
            i += 1

    def pairs(seq):
        it = iter(seq)
        for a in it:
            for b in it:
                yield a, b
                break

    def perms(items, used=frozenset()):
        if len(used) == len(items):
            yield ()
            return
        for i, x in enumerate(items):
            if i not in used:
                for rest in perms(items, used | {i}):
                    yield (x,) + rest

    total = sum(a * b for a, b in pairs(counter(n)))
    seen = set()
    for p in perms("abcde"):
        seen.add(p[0] + p[-1])
        seen.discard("ae")
    squares = list(map(lambda v: v * v, filter(lambda v: v % 3, range(50))))
    return total, len(seen), squares[-1], any(v > 100 for v in squares), all(squares), list(zip("ab", reversed([1, 2])))


def containers(n):
    grid = [[(i * j) % 10 for j in range(10)] for i in range(10)]
    stack, queue = [], []
    t = 0
    for i in range(n):
        stack.append(i)
        if len(stack) > 8:
            t += stack.pop() - stack.pop(0)
        row = grid[i % 10]
        t += row[i % 10] + row[-1]
        queue.insert(0, (i, -i))
        if len(queue) > 4:
            a, b = queue.pop()
            t += a + b
    d = dict(zip(range(10), "abcdefghij"))
    del d[3]
    tup = tuple(sorted(d.values(), reverse=True))
    s1, s2 = set(range(0, 30, 2)), {x for x in range(0, 30, 3)}
    return t, tup[:3], len(s1 & s2), len(s1 | s2), len(s1 - s2), grid[3][4:8], list(d)[-2:]


class Problem(Exception):
    pass


def exceptions(n):
    caught = 0
    for i in range(n):
        try:
            if i % 3 == 0:
                raise Problem("bad %d" % i)
            if i % 3 == 1:
                {}["missing"]
            caught -= 1
        except Problem as e:
            caught += len(e.args)
        except (KeyError, IndexError):
            caught += 2
        finally:
            caught += 1
    try:
        int("x")
    except ValueError as e:
        msg = str(e)
    with open(__file__) as f:
        first = f.readline()
    return caught, msg, first[:1]


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    for _ in range(rounds):
        results = [shapes(400), integers(20000), floats(2000), text(3000), recursion(16),
                   generators(4000), containers(4000), exceptions(1000)]
    for r in results:
        print(r)


if __name__ == "__main__":
    main()
