# Module attributes, metaclass attributes and keyword method calls while their sites are specialized.
import math

N = 100


def root(x):
    return math.sqrt(x)


for i in range(N):
    root(4.0)
print(root(9.0))  # expect: 3.0
original_sqrt = math.sqrt
math.sqrt = lambda x: 'patched'
print(root(9.0))  # expect: patched
math.sqrt = original_sqrt
print(root(16.0))  # expect: 4.0


class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    label = 'a'


def label():
    return WithMeta.label


for i in range(N):
    label()
print(label())  # expect: a
Meta.label = property(lambda cls: 'meta')
print(label())  # expect: meta


class Point:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y

    def moved(self, dx=0, dy=0):
        return Point(self.x + dx, self.y + dy)


def step(p):
    return p.moved(dy=1)


p = Point(0)
for i in range(N):
    p = step(p)
print(p.x, p.y)  # expect: 0 100
Point.moved = lambda self, dx=0, dy=0: Point(self.x - dx, self.y - dy)
print(step(p).y)  # expect: 99


def describe(x):
    return '%s:%s' % (type(x).__name__, str(x))


for i in range(N):
    describe(i)
print(describe(1.5), describe('s'))  # expect: float:1.5 str:s
