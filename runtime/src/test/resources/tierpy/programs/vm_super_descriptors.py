# super() forms, descriptors (data/non-data precedence, __set_name__, property subclassing), generators send/throw/close
class Base:
    def greet(self):
        return "base"
    @classmethod
    def make(cls):
        return f"make {cls.__name__}"
    @staticmethod
    def util():
        return "util"
    @property
    def prop(self):
        return "base prop"
class Child(Base):
    def greet(self):
        return "child+" + super().greet()
    @classmethod
    def make(cls):
        return "child " + super().make()
    @property
    def prop(self):
        return "child+" + super().prop
    def explicit(self):
        return super(Child, self).greet(), super(Base, self).__class__.__name__
c = Child()
print(c.greet(), Child.make(), c.prop, c.explicit(), Child.util())  # expect: child+base child make Child child+base prop ('base', 'super') util
print(repr(super(Child, c)).startswith("<super: <class 'Child'>, <Child object>>"), super(Child, Child).make())  # expect: True make Child
sup = super(Child, c)
print(sup.__self__ is c, sup.__thisclass__.__name__, sup.__self_class__.__name__)  # expect: True Child Child
try:
    super(Child, 5)
except TypeError as e:
    print(e)  # expect: super(type, obj): obj (instance of int) is not an instance or subtype of type (Child).
def outside():
    return super().x
try:
    outside()
except RuntimeError as e:
    print(e)  # expect: super(): no arguments

class Lazy:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, owner):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.fn.__name__] = value
        return value
class UsesLazy:
    calls = 0
    @Lazy
    def heavy(self):
        UsesLazy.calls += 1
        return 42
u = UsesLazy()
print(u.heavy, u.heavy, UsesLazy.calls, type(UsesLazy.heavy).__name__)  # expect: 42 42 1 Lazy

class DataDesc:
    def __get__(self, obj, owner):
        return "data"
    def __set__(self, obj, value):
        raise AttributeError("read-only")
class NonData:
    def __get__(self, obj, owner):
        return "nondata"
class Holder:
    d = DataDesc()
    n = NonData()
h = Holder()
h.__dict__["d"] = "instance d"
h.__dict__["n"] = "instance n"
print(h.d, h.n)  # expect: data instance n
try:
    h.d = 1
except AttributeError as e:
    print(e)  # expect: read-only

class Temp:
    def __init__(self):
        self._c = 0
    @property
    def c(self):
        "celsius"
        return self._c
    @c.setter
    def c(self, v):
        self._c = v
    @c.deleter
    def c(self):
        self._c = None
t = Temp()
t.c = 30
del t.c
print(t._c, Temp.c.__doc__, type(Temp.c).__name__, Temp.c.fset.__name__)  # expect: None celsius property c
class RO:
    @property
    def x(self):
        return 1
try:
    RO().x = 2
except AttributeError as e:
    print(e)  # expect: property 'x' of 'RO' object has no setter

class Meth:
    def m(self):
        return self
mm = Meth()
bound = mm.m
print(bound.__self__ is mm, bound.__func__ is Meth.m, bound == mm.m, Meth.m.__get__(mm)() is mm)  # expect: True True True True
print(classmethod(lambda cls: cls.__name__).__get__(None, Meth)(), staticmethod(len)("abc"))  # expect: Meth 3

def gen():
    received = []
    try:
        while True:
            try:
                x = yield len(received)
                received.append(x)
            except ValueError as e:
                received.append(f"caught {e}")
    finally:
        print("closing with", received)  # expect: 0 1 2 3
g = gen()
print(next(g), g.send("a"), g.send("b"), g.throw(ValueError("boom")))  # expect: closing with ['a', 'b', 'caught boom']
g.close()
print(g.gi_frame, next(g, "exhausted"))  # expect: None exhausted
def gen2():
    yield 1
    return "result"
g2 = gen2()
next(g2)
try:
    next(g2)
except StopIteration as e:
    print("stop value", e.value)  # expect: stop value result
def delegator():
    r = yield from gen2()
    yield f"got {r}"
print(list(delegator()))  # expect: [1, 'got result']
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(e)  # expect: generator ignored GeneratorExit
def fresh():
    yield 1
f = fresh()
try:
    f.send(5)
except TypeError as e:
    print(e)  # expect: can't send non-None value to a just-started generator
try:
    f.throw(KeyError("k"))
except KeyError as e:
    print("thrown", repr(e))  # expect: thrown KeyError('k')
print(next(f, "done"))  # expect: done
def inner():
    try:
        yield "in"
    except KeyError:
        yield "inner handled"
def outer():
    yield from inner()
o = outer()
print(next(o), o.throw(KeyError()))  # expect: in inner handled
def raising():
    yield 1
    raise StopIteration
try:
    list(raising())
except RuntimeError as e:
    print(e, type(e.__cause__).__name__)  # expect: generator raised StopIteration StopIteration
