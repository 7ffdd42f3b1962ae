# weakref: ref with callbacks, proxy, WeakValueDictionary/WeakKeyDictionary/WeakSet, WeakMethod, finalize (objects die at gc.collect() on the JVM)
import gc
import weakref


class Node:
    def __init__(self, name):
        self.name = name

    def hello(self):
        return 'hello ' + self.name


a = Node('a')
r = weakref.ref(a)
print(r() is a, r is weakref.ref(a), r == weakref.ref(a), hash(r) == hash(a), r.__callback__)  # expect: True True True True None
print(type(r), weakref.ref is weakref.ReferenceType, repr(r).split(';')[1].split(' at ')[0])  # expect: <class 'weakref.ReferenceType'> True  to 'Node'
died = []
r2 = weakref.ref(a, lambda w: died.append(w is r2))
print(weakref.getweakrefcount(a), len(weakref.getweakrefs(a)))  # expect: 2 2
del a
gc.collect()
print(r(), died, repr(r).split('; ')[1])  # expect: None [True] dead>
for bad in (1, 'text', (1,), [1], {}, None, object()):
    try:
        weakref.ref(bad)
    except TypeError as e:
        print(e)
# expect: cannot create weak reference to 'int' object
# expect: cannot create weak reference to 'str' object
# expect: cannot create weak reference to 'tuple' object
# expect: cannot create weak reference to 'list' object
# expect: cannot create weak reference to 'dict' object
# expect: cannot create weak reference to 'NoneType' object
# expect: cannot create weak reference to 'object' object
try:
    weakref.ref(type('Count', (int,), {})(3))
except TypeError as e:
    print(e)  # expect: cannot create weak reference to 'Count' object
print([type(weakref.ref(x)).__name__ for x in (set(), len, Node, lambda: 0)])  # expect: ['ReferenceType', 'ReferenceType', 'ReferenceType', 'ReferenceType']
try:
    weakref.ref()
except TypeError as e:
    print(e)  # expect: __new__ expected at least 1 argument, got 0

b = Node('b')
p = weakref.proxy(b)
print(p.name, p.hello(), type(p), isinstance(p, weakref.ProxyTypes))  # expect: b hello b <class 'weakref.ProxyType'> True
p.name = 'B'
print(b.name, type(weakref.proxy(len)))  # expect: B <class 'weakref.CallableProxyType'>
try:
    hash(p)
except TypeError as e:
    print(e)  # expect: unhashable type: 'weakref.ProxyType'
del b
gc.collect()
try:
    p.name
except ReferenceError as e:
    print(type(e).__name__, e)  # expect: ReferenceError weakly-referenced object no longer exists

cache = weakref.WeakValueDictionary()
keys = weakref.WeakKeyDictionary()
members = weakref.WeakSet()
c, d = Node('c'), Node('d')
cache['c'], cache['d'] = c, d
keys[c] = 1
members.add(c)
members.add(d)
print(sorted(cache), cache['c'] is c, 'd' in cache, keys[c], c in members, len(members))  # expect: ['c', 'd'] True True 1 True 2
print(repr(cache).startswith('<WeakValueDictionary at 0x'), repr(keys).startswith('<WeakKeyDictionary at 0x'))  # expect: True True
del c
gc.collect()
print(sorted(cache), len(keys), len(members), 'c' in cache)  # expect: ['d'] 0 1 False
try:
    cache['c']
except KeyError as e:
    print('KeyError', e)  # expect: KeyError 'c'

m = weakref.WeakMethod(d.hello)
print(m()(), m() == d.hello)  # expect: hello d True
f = weakref.finalize(d, print, 'finalized d')
print(f.alive, f.peek()[1] is print, f.atexit)  # expect: True True True
del d
gc.collect()
# expect: finalized d
print(f.alive, f(), m())  # expect: False None None


def complain(ref):
    raise ValueError('from callback')


e = Node('e')
er = weakref.ref(e, complain)
del e
gc.collect()
print('after failing callback', er())  # expect: after failing callback None
keep = Node('keep')
weakref.finalize(keep, print, 'finalized at exit')
print('end')  # expect: end
# expect: finalized at exit
