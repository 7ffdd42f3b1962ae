# class creation errors and layouts, class bodies reading enclosing variables, %-formatting with tuple subclasses
class T(tuple): pass
print('%r' % (T((1, 2)),), '%s' % T((3,)), '%r %r' % T((1, 2)))  # expect: (1, 2) 3 1 2
def outer():
    v = 10
    class C:
        w = v + 1
        def m(self):
            return v
    return C.w, C().m()
print(outer())  # expect: (11, 10)
def outer2():
    x = "free"
    class D:
        x = "class"
        y = x
        def get(self):
            return x
    return D.y, D().get()
print(outer2())  # expect: ('class', 'free')
def make(*bases):
    try:
        type("X", bases, {})
        return "ok " + " ".join(b.__name__ for b in bases)
    except TypeError as e:
        return str(e)
print(make(OSError, ValueError), make(KeyError, ValueError), make(ValueError, TypeError))  # expect: ok OSError ValueError ok KeyError ValueError ok ValueError TypeError
print(make(int, str), make(dict, list), make(OSError, ImportError), make(StopIteration, SystemExit))  # expect: multiple bases have instance lay-out conflict multiple bases have instance lay-out conflict multiple bases have instance lay-out conflict multiple bases have instance lay-out conflict
try:
    class Bad(int, metaclass=5): pass
except TypeError as e:
    print(e)  # expect: 'int' object is not callable
class M1(type): pass
class M2(type): pass
class A1(metaclass=M1): pass
class A2(metaclass=M2): pass
try:
    class AB(A1, A2): pass
except TypeError as e:
    print(e)  # expect: metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases
try:
    class Dup(int, int): pass
except TypeError as e:
    print(e)  # expect: duplicate base class int
try:
    class NB(True): pass
except TypeError as e:
    print(e)  # expect: bool expected at most 1 argument, got 3
try:
    class FB(bool): pass
except TypeError as e:
    print(e)  # expect: type 'bool' is not an acceptable base type
class S:
    __slots__ = ("a",)
try:
    class S2(S):
        __slots__ = ("a", "__dict__", "__dict__")
except TypeError as e:
    print(e)  # expect: __dict__ slot disallowed: we already got one
print(type("Dyn", (), {"x": 1, "__qualname__": "Q.Dyn"}).__qualname__)  # expect: Q.Dyn
try:
    type("A", (), {}, 1)
except TypeError as e:
    print(e)  # expect: type() takes 1 or 3 arguments
try:
    type(1, 2)
except TypeError as e:
    print(e)  # expect: type() takes 1 or 3 arguments
