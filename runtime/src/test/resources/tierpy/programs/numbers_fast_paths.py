# Fast paths for ints, lists, dicts and fixed-arity builtins keep CPython's results and messages
import math

# small ints (-5..256) are one object per value however they are computed; others are not
a = int("200")
b = a // 2 + 100
print(a is b, a * 2 - 144 is b + 56)  # expect: True True
c = a + 100
d = b + 100
print(c is d, c == d)  # expect: False True
print(2**62 + 2**62, -(2**63) - 1, 3 * 2**62, -7 // 2, -7 % 3, 255 & 256)  # expect: 9223372036854775808 -9223372036854775809 13835058055282163712 -4 2 0

# list subscripts by int: negative indexes, bools, big ints and the two IndexError messages
xs = [1, 2, 3]
print(xs[-1], xs[-3], xs[True])  # expect: 3 1 2
errors = []
for k in (3, -4, 2**70):
    try:
        xs[k]
    except IndexError as e:
        errors.append(str(e))
    try:
        xs[k] = 0
    except IndexError as e:
        errors.append(str(e))
print(errors[0], "/", errors[1], "/", len(errors))  # expect: list index out of range / list assignment index out of range / 6
xs[-1] = 9
print(xs)  # expect: [1, 2, 9]

# dict lookups: identity first, then hash and __eq__; equal hashes that differ in __eq__ stay apart
class K:
    def __init__(self, h, n):
        self.h, self.n = h, n
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        return isinstance(other, K) and self.n == other.n
table = {K(1 << 40, i): i for i in range(100)}
print(len(table), table[K(1 << 40, 57)], K(2, 57) in table, K(1 << 40, 1000) in table)  # expect: 100 57 False False
nan = float("nan")
print({nan: 1}[nan], float("nan") in {nan: 1})  # expect: 1 False
mixed = {1: "a", 1.0: "b", True: "c"}
del mixed[True]
print(mixed, 1 in mixed)  # expect: {} False
words = {"w%d" % i: i for i in range(2000)}
for i in range(0, 2000, 2):
    del words["w%d" % i]
print(len(words), words["w1999"], "w1998" in words, sum(words.values()))  # expect: 1000 1999 False 1000000

# fixed-arity builtins: METH_O and METH_FASTCALL argument checks
print(math.sqrt(2.0), math.hypot(3, 4), divmod(7, 2))  # expect: 1.4142135623730951 5.0 (3, 1)
try:
    divmod(1)
except TypeError as e:
    print(e)  # expect: divmod expected 2 arguments, got 1
print(math.sqrt(*[4.0]), math.gcd(12, 18), math.pow(2, 3))  # expect: 2.0 6 8.0
