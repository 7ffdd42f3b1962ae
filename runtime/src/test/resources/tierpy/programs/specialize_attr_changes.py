# Attribute sites that are specialized while hot must follow every change to the classes and instances.
N = 100


class A:
    def __init__(self):
        self.x = 1


def getx(o):
    return o.x


a = A()
for i in range(N):
    getx(a)
print(getx(a))  # expect: 1
A.x = 'class'
del a.x
print(getx(a))  # expect: class
a.x = 2
print(getx(a))  # expect: 2


class B:
    def m(self):
        return 'orig'


def callm(o):
    return o.m()


b = B()
for i in range(N):
    callm(b)
B.m = lambda self: 'patched'
print(callm(b))  # expect: patched
b.m = lambda: 'instance'
print(callm(b))  # expect: instance
del b.m
print(callm(b))  # expect: patched


class C:
    pass


def gety(o):
    try:
        return o.y
    except AttributeError:
        return 'missing'


c = C()
for i in range(N):
    gety(c)
print(gety(c))  # expect: missing
C.__getattr__ = lambda self, name: 'dyn-' + name
print(gety(c))  # expect: dyn-y


def g1(self):
    return 'g1'


def g2(self):
    return 'g2'


class D:
    v = property(g1)


def getv(o):
    return o.v


d = D()
for i in range(N):
    getv(d)
print(getv(d))  # expect: g1
g1.__code__ = g2.__code__
print(getv(d))  # expect: g2
D.v = 'plain'
print(getv(d))  # expect: plain


class S:
    __slots__ = ('a', 'b')

    def __init__(self):
        self.a = 1
        self.b = 2


def geta(o):
    return o.a


def seta(o, v):
    o.a = v


s = S()
for i in range(N):
    seta(s, i)
    geta(s)
print(geta(s))  # expect: 99
del s.a
try:
    geta(s)
except AttributeError as e:
    print(e)  # expect: 'S' object has no attribute 'a'


class K:
    val = 1


def kval():
    return K.val


for i in range(N):
    kval()
K.val = 2
print(kval())  # expect: 2


class Base:
    def f(self):
        return 'base'


class Sub(Base):
    pass


def callf(o):
    return o.f()


o = Sub()
for i in range(N):
    callf(o)
Base.f = lambda self: 'base2'
print(callf(o))  # expect: base2
Sub.f = lambda self: 'sub'
print(callf(o))  # expect: sub


class W:
    def __init__(self):
        self.z = 0


def setz(o, v):
    o.z = v


w = W()
for i in range(N):
    setz(w, i)
print(w.z)  # expect: 99
W.__setattr__ = lambda self, n, v: object.__setattr__(self, n, v * 10)
setz(w, 5)
print(w.z)  # expect: 50


def cls_of(o):
    return o.__class__.__name__


for i in range(N):
    cls_of(w)
print(cls_of(o))  # expect: Sub


class Many:
    def __init__(self, n):
        for i in range(n):
            setattr(self, 'a%d' % i, i)


def last(o):
    return o.a3


m1 = Many(4)
for i in range(N):
    last(m1)
m1.__dict__['a3'] = 'dict'
print(last(m1))  # expect: dict
print(last(Many(5)))  # expect: 3


class Super1:
    def hello(self):
        return 'super1'


class Child(Super1):
    def hello(self):
        return 'child+' + super().hello()


ch = Child()
for i in range(N):
    ch.hello()
print(ch.hello())  # expect: child+super1
Super1.hello = lambda self: 'patched-super'
print(ch.hello())  # expect: child+patched-super
