# Call sites that are specialized while hot must follow rebinding, code and defaults changes.
import builtins

N = 100


def f(a):
    return a + 1


def g(a):
    return a * 10


def callf(x):
    return f(x)


for i in range(N):
    callf(i)
print(callf(3))  # expect: 4
f.__code__ = g.__code__
print(callf(3))  # expect: 30


def h(a, b=1):
    return a + b


def callh(x):
    return h(x)


for i in range(N):
    callh(1)
print(callh(1))  # expect: 2
h.__defaults__ = (100,)
print(callh(1))  # expect: 101


def gf():
    return 'one'


def callgf():
    return gf()


for i in range(N):
    callgf()
print(callgf())  # expect: one


def gf():
    return 'two'


print(callgf())  # expect: two


def length(x):
    return len(x)


for i in range(N):
    length('abc')
print(length('abc'))  # expect: 3
original_len = builtins.len
builtins.len = lambda x: 'fake'
print(length('abc'))  # expect: fake
builtins.len = original_len
print(length('abc'))  # expect: 3
len = lambda x: 'global'
print(length('abc'))  # expect: global
del len
print(length('abc'))  # expect: 3


class M:
    def m(self, a):
        return a * 2


obj = M()
bound = obj.m


def call_bound(x):
    return bound(x)


def call_unbound(x):
    return M.m(obj, x)


for i in range(N):
    call_bound(1)
    call_unbound(1)
print(call_bound(4), call_unbound(5))  # expect: 8 10
M.m = lambda self, a: a * 3
print(call_bound(4), call_unbound(5))  # expect: 8 15


def kw(a, **k):
    return a + sum(k.values())


def call_kw(x):
    return kw(x, b=1, c=2)


extra = {'b': 5}


def call_star(x):
    return kw(x, **extra)


for i in range(N):
    call_kw(1)
    call_star(1)
print(call_kw(10), call_star(10))  # expect: 13 15


class I:
    def __init__(self, v):
        self.v = v


def make(x):
    return I(x)


for i in range(N):
    make(i)
print(make(2).v)  # expect: 2
I.__init__ = lambda self, v: setattr(self, 'v', v * 3)
print(make(2).v)  # expect: 6
I.__init__ = lambda self, v: 42
try:
    make(1)
except TypeError as e:
    print(e)  # expect: __init__() should return None, not 'int'


def rec(n):
    return rec(n + 1)


try:
    rec(0)
except RecursionError:
    print('recursion')  # expect: recursion


def app(lst, x):
    lst.append(x)


items = []
for i in range(N):
    app(items, i)
print(len(items))  # expect: 100


class MyList(list):
    def append(self, x):
        super().append(x * 2)


ml = MyList()
app(ml, 5)
print(ml)  # expect: [10]


def conv(x):
    return str(x), type(x).__name__, tuple(x)


for i in range(N):
    conv('ab')
print(conv('xy'))  # expect: ('xy', 'str', ('x', 'y'))
print(conv([1, 2]))  # expect: ('[1, 2]', 'list', (1, 2))


def two(a, b):
    return a + b


def call_two(x):
    return two(x, x)


for i in range(N):
    call_two(i)
two.__code__ = (lambda a: a).__code__
try:
    call_two(1)
except TypeError as e:
    print(e)  # expect: two() takes 1 positional argument but 2 were given


def lower(s):
    return s.lower()


for i in range(N):
    lower('ABC')
print(lower('XyZ'))  # expect: xyz
try:
    str.lower(5)
except TypeError as e:
    print(e)  # expect: descriptor 'lower' for 'str' objects doesn't apply to a 'int' object


def inst(x):
    return isinstance(x, int)


for i in range(N):
    inst(i)
print(inst('a'), inst(True))  # expect: False True
isinstance = lambda x, t: 'shadowed'
print(inst(1))  # expect: shadowed
del isinstance
print(inst(1))  # expect: True


def gen(n):
    yield from range(n)


def total(n):
    return sum(gen(n))


for i in range(N):
    total(3)
print(total(5))  # expect: 10


def pick(d, k):
    return d.get(k, 'none')


for i in range(N):
    pick({}, 1)
print(pick({1: 'one'}, 1), pick({}, 2))  # expect: one none


def keyword_only(*, a):
    return a


def call_keyword_only(x):
    return keyword_only(a=x)


for i in range(N):
    call_keyword_only(i)
print(call_keyword_only('k'))  # expect: k


class Acc:
    def __init__(self):
        self.n = 0

    def add(self, k=1, *, scale=1):
        self.n += k * scale
        return self.n


acc = Acc()
add = acc.add


def add_default():
    return add()


def add_keyword(x):
    return add(x, scale=2)


for i in range(N):
    add_default()
    add_keyword(1)
print(acc.n)  # expect: 300
add = Acc().add
print(add_default(), add_keyword(5))  # expect: 1 11
add = len
try:
    add_default()
except TypeError as e:
    print(e)  # expect: len() takes exactly one argument (0 given)
