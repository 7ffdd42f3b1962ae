import sys

def f(a, b=2):
    c = a + b
    return sys._getframe()

fr = f(1)
print(fr.f_code.co_name)  # expect: f
print(fr.f_lineno)  # expect: 5
print(sorted(fr.f_locals.items()))  # expect: [('a', 1), ('b', 2), ('c', 3)]
print(fr.f_globals is globals())  # expect: True
print(fr.f_back.f_code.co_name)  # expect: <module>
print(fr.f_trace)  # expect: None
print(fr.f_builtins is __builtins__.__dict__ if hasattr(__builtins__, '__dict__') else type(fr.f_builtins))  # expect: True
print(isinstance(fr.f_lasti, int))  # expect: True
print(repr(fr).startswith('<frame at 0x'), repr(fr).endswith(", line 5, code f>"))  # expect: True True
print(sys._getframe() is sys._getframe())  # expect: True
print(sys._getframe(0).f_locals is globals())  # expect: True

def outer():
    return inner()

def inner():
    return sys._getframe(1).f_code.co_name, sys._getframe(2).f_code.co_name

print(inner.__name__, outer())  # expect: inner ('outer', '<module>')
try:
    sys._getframe(1000)
except ValueError as e:
    print(e)  # expect: call stack is not deep enough

class K:
    x = 1
    ns = sys._getframe().f_locals
print(K.ns['x'], K.ns['__qualname__'])  # expect: 1 K

def g(x):
    return x * 2

code = g.__code__
c2 = code.replace(co_name='h', co_qualname='H.h', co_filename='other.py', co_firstlineno=100)
print(c2.co_name, c2.co_qualname, c2.co_filename, c2.co_firstlineno)  # expect: h H.h other.py 100
print(c2 is code, c2 == code)  # expect: False False
print(code == code.replace(), hash(code) == hash(code.replace()))  # expect: True True
print(code.co_code == c2.co_code)  # expect: True
print(type(code.co_code).__name__, len(code.co_code) % 2)  # expect: bytes 0
print([line for _, _, line in code.co_lines()][-1])  # expect: 38
print(c2.co_firstlineno - code.co_firstlineno == [l for _, _, l in c2.co_lines()][-1] - 38)  # expect: True
print(all(len(p) == 4 for p in code.co_positions()))  # expect: True
print(type(code.co_linetable).__name__, type(code.co_exceptiontable).__name__)  # expect: bytes bytes

def k():
    return 'old'

consts = tuple('new' if c == 'old' else c for c in k.__code__.co_consts)
for _ in range(20):
    k()
k.__code__ = k.__code__.replace(co_consts=consts)
print(k())  # expect: new

def n():
    return len([])

n.__code__ = n.__code__.replace(co_names=('abs',))
try:
    print(n())
except TypeError as e:
    print(e)  # expect: bad operand type for abs(): 'list'
try:
    code.replace(co_name=1)
except TypeError as e:
    print(e)  # expect: replace() argument 'co_name' must be str, not int
try:
    code.replace(bogus=1)
except TypeError as e:
    print(e)  # expect: replace() got an unexpected keyword argument 'bogus'
print(type(fr).__name__, fr.__class__.__name__, code.__class__.__name__)  # expect: frame frame code
import copy
print(copy.replace(code, co_name="r").co_name)  # expect: r
print(type(code).replace(code, co_qualname="q").co_qualname)  # expect: q

# PEP 667 (3.13+): f_locals of a function frame is a write-through proxy
def proxied():
    x = 1
    y = [2]
    def inner(): return y
    fl = sys._getframe().f_locals
    print(type(fl).__name__, sorted(fl.keys()), fl['x'], 'x' in fl, len(fl))  # expect: FrameLocalsProxy ['fl', 'inner', 'x', 'y'] 1 True 4
    fl['x'] = 10
    fl['y'] = 'cell'
    fl['extra'] = 3
    print(x, inner(), fl['extra'], sorted(fl))  # expect: 10 cell 3 ['extra', 'fl', 'inner', 'x', 'y']
    try:
        del fl['x']
    except ValueError as e:
        print(e)  # expect: cannot remove local variables from FrameLocalsProxy
    print(fl == dict(fl), fl.get('zz', 'd'))  # expect: True d
    try:
        hash(fl)
    except TypeError as e:
        print(e)  # expect: unhashable type: 'FrameLocalsProxy'
    fl.update({'x': 5})
    print(x)  # expect: 5
proxied()
