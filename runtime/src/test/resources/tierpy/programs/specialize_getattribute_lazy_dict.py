# LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN and LOAD_ATTR_METHOD_LAZY_DICT sites, hot, then the classes change.
N = 100


class G:
    def __init__(self):
        self.x = 1

    def __getattribute__(self, name):
        if name == 'y':
            return 'computed'
        return object.__getattribute__(self, name)

    def m(self):
        return 'method'


def gety(o):
    return o.y


def getx(o):
    return o.x


def callm(o):
    return o.m()


def missing(o):
    try:
        return o.nope
    except AttributeError as e:
        return 'AttributeError: ' + str(e)


g = G()
for i in range(N):
    gety(g)
    getx(g)
    callm(g)
    missing(g)
print(gety(g), getx(g), callm(g))  # expect: computed 1 method
print(missing(g))  # expect: AttributeError: 'G' object has no attribute 'nope'


class SubG(G):
    pass


print(gety(SubG()), getx(SubG()))  # expect: computed 1
G.__getattr__ = lambda self, name: 'fallback ' + name
print(missing(g), gety(g))  # expect: fallback nope computed
del G.__getattr__
print(missing(g))  # expect: AttributeError: 'G' object has no attribute 'nope'
G.__getattribute__ = lambda self, name: 'patched ' + name
print(gety(g), getx(g))  # expect: patched y patched x


def ga(self, name):
    return 'v1 ' + name


def ga_v2(self, name):
    return 'v2 ' + name


class H:
    __getattribute__ = ga


def geth(o):
    return o.anything


h = H()
for i in range(N):
    geth(h)
print(geth(h))  # expect: v1 anything
ga.__code__ = ga_v2.__code__
print(geth(h))  # expect: v2 anything


def raising(self, name):
    raise KeyError(name)


H.__getattribute__ = raising
for i in range(N):
    try:
        geth(h)
    except KeyError as e:
        last = e
print(repr(last))  # expect: KeyError('anything')


class E(Exception):
    def describe(self):
        return 'E' + str(self.args)


def desc(e):
    return e.describe()


e = E(1)
for i in range(N):
    desc(e)
print(desc(e))  # expect: E(1,)
e.describe = lambda: 'instance'
print(desc(e))  # expect: instance
e2 = E(2)
print(desc(e2))  # expect: E(2,)
e2.other = 5
print(desc(e2), e2.other)  # expect: E(2,) 5
e3 = E(3)
print(sorted(e3.__dict__), desc(e3))  # expect: [] E(3,)
E.describe = lambda self: 'patched'
print(desc(e2), desc(E(4)))  # expect: patched patched


def untraced(e):
    return e.with_traceback(None) is e


v = ValueError('v')
for i in range(N):
    untraced(v)
print(untraced(v))  # expect: True
v.with_traceback = lambda tb: 'shadowed'
print(untraced(v), v.with_traceback(None))  # expect: False shadowed


class L(list):
    def total(self):
        return sum(self)


def tot(lst):
    return lst.total()


lst = L([1, 2])
for i in range(N):
    tot(lst)
lst.tag = 't'
lst.append(3)
print(tot(lst), lst.tag)  # expect: 6 t
lst.total = lambda: 'own'
print(tot(lst))  # expect: own
