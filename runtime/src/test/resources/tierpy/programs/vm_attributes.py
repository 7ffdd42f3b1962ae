# attribute protocol: __getattr__, __getattribute__, __setattr__, __delattr__, __dir__, slots with dict, class attributes
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "log", [])
    def __getattr__(self, name):
        self.log.append(name)
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        self.log.append("set " + name)
        setattr(self._target, name, value)
    def __delattr__(self, name):
        self.log.append("del " + name)
        delattr(self._target, name)
class Target:
    pass
t = Target()
t.a = 1
p = Proxy(t)
p.b = 2
print(p.a, p.b, t.b)  # expect: 1 2 2
del p.a
print(hasattr(t, "a"), p.log)  # expect: False ['set b', 'a', 'b', 'del a']
class Counting:
    def __init__(self):
        self.hits = 0
    def __getattribute__(self, name):
        if name != "hits":
            object.__setattr__(self, "hits", object.__getattribute__(self, "hits") + 1)
        return object.__getattribute__(self, name)
    def method(self):
        return "m"
c = Counting()
c.method(); c.method()
print(c.hits)  # expect: 2
class Fallback:
    x = 1
    def __getattribute__(self, name):
        if name == "boom":
            raise AttributeError("custom")
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return f"fallback {name}"
f = Fallback()
print(f.x, f.boom, f.other)  # expect: 1 fallback boom fallback other
class Custom:
    def __dir__(self):
        return ["b", "a", "c"]
print(dir(Custom()))  # expect: ['a', 'b', 'c']
class SlotsDict:
    __slots__ = ("x", "__dict__")
sd = SlotsDict()
sd.x = 1
sd.y = 2
print(sd.x, sd.__dict__, sorted(k for k in SlotsDict.__dict__ if not k.startswith("__")))  # expect: 1 {'y': 2} ['x']
class ClassAttr:
    shared = []
    def add(self, v):
        self.shared.append(v)
a1, a2 = ClassAttr(), ClassAttr()
a1.add(1); a2.add(2)
print(ClassAttr.shared, a1.shared is a2.shared)  # expect: [1, 2] True
a1.shared = ["own"]
print(a1.shared, a2.shared, "shared" in vars(a1))  # expect: ['own'] [1, 2] True
try:
    object().x = 1
except AttributeError as e:
    print(e)  # expect: 'object' object has no attribute 'x' and no __dict__ for setting new attributes
try:
    del t.nothing
except AttributeError as e:
    print(e)  # expect: 'Target' object has no attribute 'nothing'
try:
    getattr(t, "nothing")
except AttributeError as e:
    print(e, e.name, e.obj is t)  # expect: 'Target' object has no attribute 'nothing' nothing True
print(getattr(t, "nothing", "dflt"), hasattr(int, "real"), getattr(5, "real"))  # expect: dflt True 5
class Desc:
    def __get__(self, obj, owner=None):
        return ("get", obj is None, owner.__name__)
class HasDesc:
    d = Desc()
print(HasDesc.d, HasDesc().d)  # expect: ('get', True, 'HasDesc') ('get', False, 'HasDesc')
class WithSetName:
    def __set_name__(self, owner, name):
        raise ValueError("nope")
try:
    class Owner:
        w = WithSetName()
except ValueError as e:
    print(repr(e), e.__notes__ if hasattr(e, "__notes__") else None)  # expect: ValueError('nope') ["Error calling __set_name__ on 'WithSetName' instance 'w' in 'Owner'"]
print(vars(t), t.__class__.__name__, t.__class__ is Target)  # expect: {'b': 2} Target True
t.__class__ = Proxy.__class__ if False else Target
print(type(t).__name__)  # expect: Target
try:
    t.__class__ = int
except TypeError as e:
    print(e)  # expect: __class__ assignment only supported for mutable types or ModuleType subclasses
