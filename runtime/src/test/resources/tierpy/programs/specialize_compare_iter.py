# Hot COMPARE_OP, CONTAINS_OP, TO_BOOL, FOR_ITER, UNPACK_SEQUENCE and STORE_SUBSCR sites under change.

def lt(a, b):
    return a < b

for i in range(100):
    lt(i, 50)
print(lt(2**40, 2**41))  # expect: True
print(lt(2**70, 1))  # expect: False
print(lt(1.5, 2))  # expect: True
print(lt("a", "b"))  # expect: True
print(lt(float("nan"), 1.0))  # expect: False

def eq(a, b):
    return a == b

for i in range(100):
    eq("x" * (i % 3), "xx")
print(eq("xx", "xx"))  # expect: True
print(eq("xx", 2))  # expect: False
print(eq(1, 1.0))  # expect: True

def has(x, c):
    return x in c

for i in range(100):
    has(i, {1, 2, 3})
print(has(2, frozenset([2])))  # expect: True
print(has(2, {2: "a"}))  # expect: True
print(has(2, [1, 2]))  # expect: True

def truth(v):
    if v:
        return "yes"
    return "no"

for i in range(100):
    truth(i)
print(truth(0), truth(2**80), truth([]), truth(""), truth(None), truth("a"))  # expect: no yes no no no yes

class Plain:
    pass

for i in range(100):
    truth(Plain())
Plain.__bool__ = lambda self: False
print(truth(Plain()))  # expect: no
del Plain.__bool__
Plain.__len__ = lambda self: 0
print(truth(Plain()))  # expect: no

def total(seq):
    t = 0
    for x in seq:
        t += x
    return t

for i in range(50):
    total([1, 2, 3])
print(total((4, 5)))  # expect: 9
print(total(range(4)))  # expect: 6
print(total(x for x in [1, 1]))  # expect: 2

def grow(lst):
    out = []
    for x in lst:
        if x < 3:
            lst.append(x + 10)
        out.append(x)
    return out

for i in range(20):
    grow([5])
print(grow([1, 2, 5]))  # expect: [1, 2, 5, 11, 12]

def pair(p):
    a, b = p
    return a - b

for i in range(100):
    pair((i, 1))
print(pair([10, 3]))  # expect: 7
print(pair("ab" if False else (1, 1)))  # expect: 0
try:
    pair((1, 2, 3))
except ValueError as e:
    print("ValueError:", e)  # expect: ValueError: too many values to unpack (expected 2, got 3)

def put(c, k, v):
    c[k] = v

lst = [0] * 4
for i in range(100):
    put(lst, i % 4, i)
print(lst)  # expect: [96, 97, 98, 99]
try:
    put(lst, 4, 0)
except IndexError as e:
    print("IndexError:", e)  # expect: IndexError: list assignment index out of range
d = {}
put(d, "k", 1)
print(d)  # expect: {'k': 1}
