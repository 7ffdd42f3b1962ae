# traceback text as sys.excepthook prints it: multi-line positions, markers, chains and groups
import sys, io

def render(exc):
    buf = io.StringIO()
    saved = sys.stderr
    sys.stderr = buf
    try:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        sys.stderr = saved
    return buf.getvalue().splitlines()

def catch(fn):
    try:
        fn()
    except BaseException as e:
        return e

def f(*a):
    return 1 / 0
def multi_assign():
    x = f(
        1,
        2,
    )
def multi_binop():
    return (1 +
            "a")
def multi_subscript():
    d = {}
    return d["a"
             "b"]
def long_call():
    return g(
        1,
        2,
        3,
        4,
        5)
def g(*a):
    return a[9]
for line in render(catch(multi_assign))[4:8]:
    print(line)
# expect:   File "vm_tracebacks.py", line 23, in multi_assign
# expect:     x = f(
# expect:         1,
# expect:         2,
for line in render(catch(multi_binop))[4:]:
    print(line)
# expect:   File "vm_tracebacks.py", line 28, in multi_binop
# expect:     return (1 +
# expect:             ~~^
# expect:             "a")
# expect:             ~~~
# expect: TypeError: unsupported operand type(s) for +: 'int' and 'str'
for line in render(catch(multi_subscript))[4:]:
    print(line)
# expect:   File "vm_tracebacks.py", line 32, in multi_subscript
# expect:     return d["a"
# expect:            ~^^^^
# expect:              "b"]
# expect:              ^^^^
# expect: KeyError: 'ab'
for line in render(catch(long_call))[4:]:
    print(line)
# expect:   File "vm_tracebacks.py", line 35, in long_call
# expect:     return g(
# expect:         1,
# expect:     ...<2 lines>...
# expect:         4,
# expect:         5)
# expect:   File "vm_tracebacks.py", line 42, in g
# expect:     return a[9]
# expect:            ~^^^
# expect: IndexError: tuple index out of range

