# Argument binding and CPython's TypeError messages for calls.
def f(a, b):
    return a + b
print(f(1, 2))  # expect: 3
print(f(b=1, a=2))  # expect: 3

def g(a, b=10, *rest, c, d=4, **kw):
    return (a, b, rest, c, d, kw)
print(g(1, c=3))  # expect: (1, 10, (), 3, 4, {})
print(g(1, 2, 3, 4, c=5, e=6))  # expect: (1, 2, (3, 4), 5, 4, {'e': 6})

def check(call):
    try:
        call()
    except TypeError as e:
        print(e)
check(lambda: f(1))  # expect: f() missing 1 required positional argument: 'b'
check(lambda: f())  # expect: f() missing 2 required positional arguments: 'a' and 'b'
check(lambda: f(1, 2, 3))  # expect: f() takes 2 positional arguments but 3 were given
check(lambda: f(1, a=2))  # expect: f() got multiple values for argument 'a'
check(lambda: f(1, x=2))  # expect: f() got an unexpected keyword argument 'x'
check(lambda: g(1))  # expect: g() missing 1 required keyword-only argument: 'c'

def h(a, b=1):
    return a
check(lambda: h(1, 2, 3))  # expect: h() takes from 1 to 2 positional arguments but 3 were given

def one(a):
    return a
check(lambda: one(1, 2))  # expect: one() takes 1 positional argument but 2 were given

def none():
    pass
check(lambda: none(1))  # expect: none() takes 0 positional arguments but 1 was given

def kwonly(*, k):
    return k
check(lambda: kwonly(1, k=2))  # expect: kwonly() takes 0 positional arguments but 1 positional argument (and 1 keyword-only argument) were given

class C:
    def m(self, x):
        return x * 2
print(C().m(21))  # expect: 42
check(lambda: C().m())  # expect: C.m() missing 1 required positional argument: 'x'
print(f(*[1, 2]), f(**{"a": 1, "b": 5}))  # expect: 3 6
