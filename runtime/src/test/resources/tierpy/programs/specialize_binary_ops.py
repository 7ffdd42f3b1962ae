# Hot BINARY_OP sites whose operand types change after they specialized.

def add(a, b):
    return a + b

def mul(a, b):
    return a * b

def sub(a, b):
    return a - b

total = 0
for i in range(100):
    total = add(total, i)
print(total)  # expect: 4950
print(add(1.5, 2))  # expect: 3.5
print(add(2, 1.5))  # expect: 3.5
print(add("ab", "cd"))  # expect: abcd
print(add([1], [2]))  # expect: [1, 2]
print(add(2**62, 2**62))  # expect: 9223372036854775808
print(mul(3037000500, 3037000500))  # expect: 9223372037000250000
print(sub(-2**63, 1))  # expect: -9223372036854775809
print(add(True, True))  # expect: 2

class MyInt(int):
    def __add__(self, other):
        return "MyInt.__add__"

print(add(MyInt(1), 2))  # expect: MyInt.__add__
print(add(2, MyInt(1)))  # expect: 3

f = 0.0
for i in range(100):
    f = add(f, 0.5)
print(f)  # expect: 50.0
print(add(f, 1))  # expect: 51.0

def div(a, b):
    return a / b

for i in range(1, 100):
    div(1.0, i)
try:
    div(1.0, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)  # expect: ZeroDivisionError: division by zero
print(div(1, 4))  # expect: 0.25

def band(a, b):
    return a & b

for i in range(100):
    band(i, 7)
print(band(2**70 + 5, 7))  # expect: 5
print(band(True, False))  # expect: False
print(band({1, 2}, {2, 3}))  # expect: {2}

def concat_loop(n):
    s = ""
    for i in range(n):
        s += "x"
    return s

print(len(concat_loop(200)))  # expect: 200

def item(c, k):
    return c[k]

lst = list(range(10))
for i in range(100):
    item(lst, i % 10)
print(item(lst, -1))  # expect: 9
try:
    item(lst, 10)
except IndexError as e:
    print("IndexError:", e)  # expect: IndexError: list index out of range
print(item((1, 2, 3), 1))  # expect: 2
print(item("héllo", 1))  # expect: é
print(item("hello", 4))  # expect: o
print(item({"a": 1}, "a"))  # expect: 1
try:
    item({"a": 1}, ("b", 1))
except KeyError as e:
    print("KeyError:", e)  # expect: KeyError: ('b', 1)
print(item(lst, slice(2, 4)))  # expect: [2, 3]
print(item(range(5), 2))  # expect: 2

class Seq(list):
    def __getitem__(self, k):
        return "Seq[" + str(k) + "]"

print(item(Seq([1, 2]), 0))  # expect: Seq[0]

class Grid:
    def __init__(self, n):
        self.cells = list(range(n))
    def __getitem__(self, i):
        return self.cells[i] * 10

def at(g, i):
    return g[i]

grid = Grid(5)
for i in range(100):
    at(grid, i % 5)
print(at(grid, 2))  # expect: 20
Grid.__getitem__ = lambda self, i: "patched " + str(i)
print(at(grid, 2))  # expect: patched 2
def three(self, i, extra=1):
    return i + extra
Grid.__getitem__ = three
for i in range(100):
    at(grid, i)
print(at(grid, 2))  # expect: 3
class Boom:
    def __getitem__(self, i):
        raise IndexError("boom " + str(i))
for i in range(60):
    try:
        at(Boom(), i)
    except IndexError as e:
        last = str(e)
print(last)  # expect: boom 59
