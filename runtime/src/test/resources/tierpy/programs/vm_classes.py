# class machinery: metaclasses, __init_subclass__, __set_name__, __slots__, __class_getitem__, __mro_entries__, __dict__
class Meta(type):
    log = []
    def __new__(mcls, name, bases, ns, **kw):
        Meta.log.append((name, sorted(k for k in ns if not k.startswith("__")), kw))
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.tag = kw.get("tag", "none")
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        d = {"prepared": True}
        return d
    def __call__(cls, *a):
        inst = super().__call__(*a)
        inst.made_by_meta = True
        return inst
    def __repr__(cls):
        return f"<Meta class {cls.__name__}>"

class A(metaclass=Meta, tag="x"):
    def method(self):
        return 1
class B(A):
    pass
print(Meta.log)  # expect: [('A', ['method', 'prepared'], {'tag': 'x'}), ('B', ['prepared'], {})]
print(A.tag, B.tag, A.prepared, type(A).__name__, type(B).__name__, repr(B))  # expect: x none True Meta Meta <Meta class B>
print(A().made_by_meta, isinstance(A, Meta), issubclass(B, A))  # expect: True True True

class Plugin:
    registry = {}
    def __init_subclass__(cls, /, key=None, **kw):
        super().__init_subclass__(**kw)
        cls.key = key
        Plugin.registry[key] = cls.__name__
class P1(Plugin, key="one"): pass
class P2(Plugin, key="two"): pass
class P3(P2): pass
print(Plugin.registry, P3.key)  # expect: {'one': 'P1', 'two': 'P2', None: 'P3'} None
try:
    class Bad(Plugin, unknown=1): pass
except TypeError as e:
    print(e)  # expect: Bad.__init_subclass__() takes no keyword arguments

class Field:
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, f"<unset {self.name}>")
    def __set__(self, obj, value):
        obj.__dict__[self.name] = value * 2
class Model:
    size = Field()
    color = Field()
m = Model()
m.size = 21
print(m.size, m.color, Model.size.name, Model.size.owner, Model.color.name)  # expect: 42 <unset color> size Model color

class Slotted:
    __slots__ = ("x", "y")
    def __init__(self):
        self.x = 1
s = Slotted()
print(s.x, hasattr(s, "__dict__"), type(Slotted.x).__name__, Slotted.__slots__)  # expect: 1 False member_descriptor ('x', 'y')
try:
    s.z = 3
except AttributeError as e:
    print(e)  # expect: 'Slotted' object has no attribute 'z' and no __dict__ for setting new attributes
try:
    s.y
except AttributeError as e:
    print(e)  # expect: 'Slotted' object has no attribute 'y'
class SubSlotted(Slotted):
    pass
ss = SubSlotted()
ss.z = 5
print(ss.z, ss.__dict__)  # expect: 5 {'z': 5}

class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(Box[int], Box["x"], type(Box.__dict__["__class_getitem__"]).__name__)  # expect: Box[<class 'int'>] Box['x'] classmethod
print(list[int], dict[str, list[int]], type(list[int]).__name__)  # expect: list[int] dict[str, list[int]] GenericAlias

class Entries:
    def __mro_entries__(self, bases):
        return (dict,)
class FromEntries(Entries()):
    pass
print(FromEntries.__mro__, FromEntries.__orig_bases__[0].__class__.__name__)  # expect: (<class '__main__.FromEntries'>, <class 'dict'>, <class 'object'>) Entries

class C:
    """doc"""
    x = 1
    def f(self): pass
print(type(C.__dict__).__name__, C.__dict__["x"], "f" in C.__dict__, C.__dict__.get("nope", 0))  # expect: mappingproxy 1 True 0
print(sorted(k for k in vars(C) if not k.startswith("__")), C.__doc__, C.__module__)  # expect: ['f', 'x'] doc __main__
try:
    C.__dict__["y"] = 2
except TypeError as e:
    print(e)  # expect: 'mappingproxy' object does not support item assignment
C.__module__ = "elsewhere"
print(C.__module__, repr(C).startswith("<class 'elsewhere.C'"))  # expect: elsewhere True
print(C.__dict__.keys() == vars(C).keys(), len(C.__dict__) == len(list(C.__dict__)))  # expect: True True

class D(C):
    y: int = 2
    z: "str"
print(D.__annotations__, C.__annotations__)  # expect: {'y': <class 'int'>, 'z': 'str'} {}
def f(a: int, b: "x" = 1) -> None: pass
print(f.__annotations__)  # expect: {'a': <class 'int'>, 'b': 'x', 'return': None}
f.__annotations__ = {"a": str}
print(f.__annotations__)  # expect: {'a': <class 'str'>}
print(type.__dict__["__dict__"].__class__.__name__)  # expect: getset_descriptor

class Ordered(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.names = [k for k in ns if not k.startswith("_")]
        return cls
class O(metaclass=Ordered):
    b = 1
    a = 2
    def c(self): pass
print(O.names)  # expect: ['b', 'a', 'c']

class Diamond0:
    def who(self): return ["0"]
class DL(Diamond0):
    def who(self): return ["L"] + super().who()
class DR(Diamond0):
    def who(self): return ["R"] + super().who()
class DD(DL, DR):
    def who(self): return ["D"] + super().who()
print(DD().who(), [k.__name__ for k in DD.__mro__])  # expect: ['D', 'L', 'R', '0'] ['DD', 'DL', 'DR', 'Diamond0', 'object']
