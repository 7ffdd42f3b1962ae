# dir(), memoryview, the site builtins (exit, quit, help, copyright, license), aliases, sys attributes
import sys
import math


def local_names(a, b=2):
    c = 3
    return dir()


class Point:
    def __init__(self):
        self.x = 1

    def norm(self):
        return 0


class Custom:
    def __dir__(self):
        return ['zeta', 'alpha', 'mid']


print(local_names(1), dir(Custom()), 'norm' in dir(Point), 'x' in dir(Point()), 'x' in dir(Point))  # expect: ['a', 'b', 'c'] ['alpha', 'mid', 'zeta'] True True False
print('sqrt' in dir(math), dir(math) == sorted(dir(math)), '__len__' in dir([]), 'append' in dir(list))  # expect: True True True True
try:
    dir(1, 2)
except TypeError as e:
    print(e)  # expect: dir expected at most 1 argument, got 2
m = memoryview(b'abcdef')
print(m[0], m[-1], m[1:4].tobytes(), bytes(m[::2]), len(m), m.tolist()[:3], m.nbytes, m.readonly, m.format, m.itemsize)  # expect: 97 102 b'bcd' b'ace' 6 [97, 98, 99] 6 True B 1
print(m.ndim, m.shape, m == b'abcdef', m[2:] == b'cdef', m.hex(), list(m[4:]), m.obj is not None, type(m).__name__)  # expect: 1 (6,) True True 616263646566 [101, 102] True memoryview
ba = bytearray(b'xyz')
mv = memoryview(ba)
mv[0] = 65
mv[1:3] = b'BC'
print(ba, mv.readonly, bytes(mv), mv.tobytes().decode())  # expect: bytearray(b'ABC') False b'ABC' ABC
with memoryview(b'ctx') as cm:
    print(cm.tobytes())  # expect: b'ctx'
try:
    cm.tobytes()
except ValueError as e:
    print(e)  # expect: operation forbidden on released memoryview object
try:
    m[0] = 1
except TypeError as e:
    print(e)  # expect: cannot modify read-only memory
try:
    memoryview('str')
except TypeError as e:
    print(e)  # expect: memoryview: a bytes-like object is required, not 'str'
print(repr(exit), repr(quit), repr(help), repr(license))  # expect: Use exit() or Ctrl-D (i.e. EOF) to exit Use quit() or Ctrl-D (i.e. EOF) to exit Type help() for interactive help, or help(object) for help about object. Type license() to see the full license text
print(IOError is OSError, EnvironmentError is OSError, callable(open), callable(exit), callable(copyright))  # expect: True True True True True
try:
    exit(3)
except SystemExit as e:
    print('SystemExit', e.code)  # expect: SystemExit 3
try:
    quit()
except SystemExit as e:
    print('SystemExit', e.code)  # expect: SystemExit None
print(sys.implementation.name, sys.version_info[:2], sys.version_info.major, sys.version_info.minor >= 14, sys.version_info >= (3, 8))  # expect: tierpy (3, 14) 3 True True
print(sys.maxsize == 2 ** 63 - 1, sys.byteorder, sys.platform, isinstance(sys.argv, list), isinstance(sys.path, list))  # expect: True little linux True True
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig, sys.float_info[0] == sys.float_info.max)  # expect: 1.7976931348623157e+308 2.220446049250313e-16 15 53 True
print(sys.int_info.bits_per_digit, sys.maxunicode, sys.getrecursionlimit() >= 1000, 'sys' in sys.modules, sys.modules['math'] is math)  # expect: 30 1114111 True True True
print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.stdout.write('') == 0, sys.hash_info.width, type(sys.executable).__name__)  # expect: utf-8 utf-8 True 64 str
old = sys.getrecursionlimit()
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit())  # expect: 5000
sys.setrecursionlimit(old)
try:
    sys.exit('bye')
except SystemExit as e:
    print(e.code)  # expect: bye
print(aiter.__name__, anext.__name__, callable(breakpoint))  # expect: aiter anext True
try:
    aiter(1)
except TypeError as e:
    print(e)  # expect: 'int' object is not an async iterable
try:
    anext(1)
except TypeError as e:
    print(e)  # expect: 'int' object is not an async iterator
import sys
print(sys.flags.optimize, sys.flags.dev_mode, sys.flags.int_max_str_digits, sys.flags[3])  # expect: 0 False -1 0
print(sys.stdin.name, sys.stdin.readable(), sys.__stdin__ is sys.stdin)  # expect: <stdin> True True
