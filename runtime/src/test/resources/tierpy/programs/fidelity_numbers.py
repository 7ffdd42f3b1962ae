# numbers and builtins fidelity: int()/float() parsing, pow with a modulus, format specs, argument errors


def show(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


class Powered:
    def __pow__(self, other, mod=None):
        return ("pow", other, mod)


class MyInt(int):
    pass


class MyFloat(float):
    pass


# int() and float() of bytes-like objects
show(int, b"12")  # expect: 12
show(int, bytearray(b" 12 "))  # expect: 12
show(int, memoryview(b"12"))  # expect: 12
show(int, b"12x")  # expect: ValueError invalid literal for int() with base 10: b'12x'
show(int, bytearray(b"1\xff"))  # expect: ValueError invalid literal for int() with base 10: b'1\xff'
show(int, bytearray(b"0x_ff"), 0)  # expect: 255
show(int, memoryview(b"12"), 10)  # expect: TypeError int() can't convert non-string with explicit base
show(float, b" 1.5 ")  # expect: 1.5
show(float, bytearray(b"x"))  # expect: ValueError could not convert string to float: bytearray(b'x')
show(float, memoryview(b"2.5"))  # expect: 2.5
# int() argument errors
show(int, "12", 10, base=10)  # expect: TypeError int() takes at most 2 arguments (3 given)
show(int, 1, 2, 3)  # expect: TypeError int expected at most 2 arguments, got 3
show(int, "12", bas=10)  # expect: TypeError int() got an unexpected keyword argument 'bas'. Did you mean 'base'?
show(int, x="1")  # expect: TypeError int() got an unexpected keyword argument 'x'
# keyword hints and argument errors of other builtins
show(sorted, [], reversed=True)  # expect: TypeError sort() got an unexpected keyword argument 'reversed'. Did you mean 'reverse'?
show(print, sepp=1)  # expect: TypeError print() got an unexpected keyword argument 'sepp'. Did you mean 'sep'?
show(max, [1], defalt=1)  # expect: TypeError max() got an unexpected keyword argument 'defalt'. Did you mean 'default'?
show(sum, [], strt=1)  # expect: TypeError sum() got an unexpected keyword argument 'strt'. Did you mean 'start'?
show(round, 1.5, ndigit=1)  # expect: TypeError round() got an unexpected keyword argument 'ndigit'. Did you mean 'ndigits'?
show(zip, strictt=True)  # expect: TypeError zip() got an unexpected keyword argument 'strictt'. Did you mean 'strict'?
show("a".split, maxsplt=1)  # expect: TypeError split() got an unexpected keyword argument 'maxsplt'. Did you mean 'maxsplit'?
show((1).to_bytes, lenght=1)  # expect: TypeError to_bytes() got an unexpected keyword argument 'lenght'. Did you mean 'length'?
show(pow, 2, base=3)  # expect: TypeError pow() missing required argument 'exp' (pos 2)
show(enumerate, [], strat=1)  # expect: TypeError 'strat' is an invalid keyword argument for enumerate()
show(enumerate, start=1)  # expect: TypeError 'start' is an invalid keyword argument for enumerate()
show(lambda: list(enumerate(start=1, iterable="ab")))  # expect: [(1, 'a'), (2, 'b')]
show(enumerate, [], 1, 2)  # expect: TypeError enumerate() takes at most 2 arguments (3 given)
# int.from_bytes takes bytes, never a str or a count
show(int.from_bytes, "ab")  # expect: TypeError cannot convert 'str' object to bytes
show(int.from_bytes, 5)  # expect: TypeError cannot convert 'int' object to bytes
show(int.from_bytes, [1, 2], "little")  # expect: 513
# three-argument pow
show(pow, Powered(), 2, 3)  # expect: ('pow', 2, 3)
show(pow, 2, Powered(), 3)  # expect: TypeError unsupported operand type(s) for ** or pow(): 'int', 'Powered', 'int'
show(pow, MyInt(2), 3, 5)  # expect: 3
show(pow, MyFloat(2), 3, 5)  # expect: TypeError pow() 3rd argument not allowed unless all arguments are integers
show(pow, 2, 3, 5.0)  # expect: TypeError pow() 3rd argument not allowed unless all arguments are integers
show(pow, "a", 3, 5.0)  # expect: TypeError pow() 3rd argument not allowed unless all arguments are integers
show(pow, 2j, 3, 5)  # expect: ValueError complex modulo
show(pow, "a", 3, 5j)  # expect: TypeError unsupported operand type(s) for ** or pow(): 'str', 'int', 'complex'
show((2).__pow__, 3, 5)  # expect: 3
show((2).__pow__, 3.0, 5)  # expect: NotImplemented
show((2.0).__pow__, 3, None)  # expect: 8.0
show((2).__pow__)  # expect: TypeError  expected at least 1 argument, got 0
# __new__ of a builtin type must be the one that constructs the class
show(int.__new__, bool, 1)  # expect: TypeError int.__new__(bool) is not safe, use bool.__new__()
show(object.__new__, MyInt)  # expect: TypeError object.__new__(MyInt) is not safe, use MyInt.__new__()
show(float.__new__, MyInt, 5)  # expect: TypeError float.__new__(MyInt): MyInt is not a subtype of float
show(int.__new__, MyInt, 5)  # expect: 5
# float formatting
show(format, 1e307, ".2%")  # expect: 'inf%'
show(format, 0.5, "#.0%")  # expect: '50.%'
show(format, 100.0, ".3")  # expect: '1e+02'
show(format, 10.0, ".2")  # expect: '1e+01'
show(format, 5.0, ".2")  # expect: '5.0'
show(format, 5.0, "#.3")  # expect: '5.00'
show(format, 100.0, "#.0e")  # expect: '1.e+02'
show(format, 1.5, ".3000000000f")  # expect: ValueError precision too big
show(format, 1.5, ".1000000000000000000000f")  # expect: ValueError Too many decimal digits in format string
show(float.__getformat__, "double")  # expect: 'IEEE, little-endian'
show(float.fromhex)  # expect: TypeError float.fromhex() takes exactly one argument (0 given)
# grouping separators
show(format, 1, ",x")  # expect: ValueError Cannot specify ',' with 'x'.
show(format, 255, "_x")  # expect: 'ff'
show(format, 1, ",_")  # expect: ValueError Cannot specify both ',' and '_'.
show(format, 1, "_,")  # expect: ValueError Cannot specify both ',' and '_'.
show(format, 1, ",,")  # expect: ValueError Cannot specify ',' with ','.
# 3.14: grouping of the fractional digits
show(format, 1234.5678, ".4_f")  # expect: '1234.567_8'
show(format, 1234.5678, "_.7_f")  # expect: '1_234.567_800_0'
show(format, 1234.5678, "020_.7_f")  # expect: '00_001_234.567_800_0'
show(format, 1234.5678, ".4,e")  # expect: '1.234,6e+03'
show(format, 1.5, "._f")  # expect: '1.500_000'
show(format, 1.5, ".2_,f")  # expect: ValueError Cannot specify both ',' and '_'.
show(format, 1.5, "._n")  # expect: ValueError Cannot specify '_' with 'n'.
# positional-only parameters and METH_O / METH_NOARGS messages name the module
show(sum)  # expect: TypeError sum() takes at least 1 positional argument (0 given)
show(sum, iterable=[])  # expect: TypeError sum() takes at least 1 positional argument (0 given)
show(sum, [b"a"], b"")  # expect: TypeError sum() can't sum bytes [use b''.join(seq) instead]
show(sum, [], bytearray())  # expect: TypeError sum() can't sum bytearray [use b''.join(seq) instead]
show(format, value=1)  # expect: TypeError format() takes no keyword arguments
show(format, 1, 2)  # expect: TypeError format() argument 2 must be str, not int
show(format, 1, 2, 3)  # expect: TypeError format expected at most 2 arguments, got 3
show(enumerate, "ab", 1.5)  # expect: TypeError 'float' object cannot be interpreted as an integer
import math
import sys
show(math.sqrt, 1, 2)  # expect: TypeError math.sqrt() takes exactly one argument (2 given)
show(math.floor)  # expect: TypeError math.floor() takes exactly one argument (0 given)
show(sys.getrecursionlimit, 1)  # expect: TypeError sys.getrecursionlimit() takes no arguments (1 given)
show(math.gcd, x=1)  # expect: TypeError math.gcd() takes no keyword arguments
show(len, 1, 2)  # expect: TypeError len() takes exactly one argument (2 given)
print(math.sqrt.__module__, len.__module__, [].append.__module__)  # expect: math builtins None
# slices and ranges
show(lambda: [1, 2, 3]["a":])  # expect: TypeError slice indices must be integers or None or have an __index__ method
show(slice("a", "b").indices, 5)  # expect: TypeError slice indices must be integers or None or have an __index__ method
print(hash(slice(1, 2)) == hash((1, 2, None)), hash(slice(1, 2)))  # expect: False -2178470213028018262
show(range(0, 20, 3).index, 9.0)  # expect: 3
show(range(0, 20, 3).index, "a")  # expect: ValueError sequence.index(x): x not in sequence
show(range(0, 20, 3).index, 10)  # expect: ValueError 10 is not in range
show(range(5).index, True)  # expect: 1
# chr, ord, vars
show(chr, 2**100)  # expect: ValueError chr() arg not in range(0x110000)
show(ord, b"a")  # expect: 97
show(ord, bytearray(b"ab"))  # expect: TypeError ord() expected a character, but string of length 2 found
show(ord, memoryview(b"a"))  # expect: TypeError ord() expected string of length 1, but memoryview found
show(vars, 1, 2)  # expect: TypeError vars expected at most 1 argument, got 2


# isinstance / issubclass go through __instancecheck__ / __subclasscheck__ like CPython
class Meta(type):
    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub)
        return True

    def __instancecheck__(cls, inst):
        print("instancecheck", cls.__name__, inst)
        return False


class Checked(metaclass=Meta):
    pass


class ClassProperty:
    @property
    def __class__(self):
        return int


class FakeClass:
    def __init__(self, bases):
        self.__bases__ = bases


show(issubclass, int, (str, Checked))  # expect: subclasscheck Checked <class 'int'>
# expect: True
show(issubclass, 1, Checked)  # expect: subclasscheck Checked 1
# expect: True
show(isinstance, 1, (str, Checked))  # expect: instancecheck Checked 1
# expect: False
show(isinstance, Checked(), Checked)  # expect: True
show(issubclass, 1, int)  # expect: TypeError issubclass() arg 1 must be a class
show(issubclass, int, (1, int))  # expect: TypeError issubclass() arg 2 must be a class, a tuple of classes, or a union
show(issubclass, int, (int, 1))  # expect: True
show(isinstance, ClassProperty(), int)  # expect: True
fake_base = FakeClass(())
fake_derived = FakeClass((fake_base,))
show(issubclass, fake_derived, fake_base)  # expect: True
show(issubclass, fake_base, fake_derived)  # expect: False
show(isinstance, 1, fake_base)  # expect: False
show(type.__subclasscheck__, int, bool)  # expect: True
show(issubclass, int, list[int])  # expect: TypeError issubclass() argument 2 cannot be a parameterized generic
# complex formatting, construction (3.14 messages), powers, subclasses
for c in [1j, 1 + 2j, complex(-0.0, 0.0), complex(0.0, -0.0), 1e20j, complex(float("inf"), float("nan"))]:
    print(format(c, ""), format(c, ".2f"), format(c, ">12"), format(c, "g"), f"{c:+.1e}")
# expect: 1j 0.00+1.00j           1j 0+1j +0.0e+00+1.0e+00j
# expect: (1+2j) 1.00+2.00j       (1+2j) 1+2j +1.0e+00+2.0e+00j
# expect: (-0+0j) -0.00+0.00j      (-0+0j) -0+0j -0.0e+00+0.0e+00j
# expect: -0j 0.00-0.00j          -0j 0-0j +0.0e+00-0.0e+00j
# expect: 1e+20j 0.00+100000000000000000000.00j       1e+20j 0+1e+20j +0.0e+00+1.0e+20j
# expect: (inf+nanj) inf+nanj   (inf+nanj) inf+nanj +inf+nanj
show(format, 1j, "d")  # expect: ValueError Unknown format code 'd' for object of type 'complex'
show(format, 1j, "=10")  # expect: ValueError '=' alignment flag is not allowed in complex format specifier
show(format, 1j, "010")  # expect: ValueError Zero padding is not allowed in complex format specifier
show(format, 1 + 2j, ",.3f")  # expect: '1.000+2.000j'
show(complex, "1", 2)  # expect: TypeError complex() argument 'real' must be a real number, not str
show(complex, 1, "2")  # expect: TypeError complex() argument 'imag' must be a real number, not str
show(complex, real="1")  # expect: TypeError complex() argument 'real' must be a real number, not str
show(complex, None)  # expect: TypeError complex() argument must be a string or a number, not NoneType
show(complex, 1, [])  # expect: TypeError complex() argument 'imag' must be a real number, not list
show(complex.from_number, 5)  # expect: (5+0j)
show(complex.from_number, "5")  # expect: TypeError must be real number, not str
show(float.from_number, 5)  # expect: 5.0
show(float.from_number, "5")  # expect: TypeError must be real number, not str
show(lambda: (1 + 2j) ** 2)  # expect: (-3+4j)
show(lambda: (1e308 + 1j) ** 2)  # expect: (nan+nanj)
show(lambda: 1e200j ** 2)  # expect: OverflowError complex exponentiation
show(lambda: 0j ** -2)  # expect: ZeroDivisionError zero to a negative or complex power
show(lambda: 0j ** 1j)  # expect: ZeroDivisionError zero to a negative or complex power


class MyComplex(complex):
    pass


mc = MyComplex(1, 2)
print(mc.real, mc.imag, repr(mc), mc + 1, format(mc, ".1f"), mc.conjugate(), type(complex(mc)).__name__)  # expect: 1.0 2.0 (1+2j) (2+2j) 1.0+2.0j (1-2j) complex
# int conversions: digit limits, descriptor checks, to_bytes corner, strict-subclass results
show(lambda: f"{10**5000:d}")  # expect: ValueError Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
show(lambda: "%d" % 10**5000)  # expect: ValueError Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
show(sys.get_int_max_str_digits)  # expect: 4300
show(sys.set_int_max_str_digits, 100)  # expect: ValueError maxdigits must be 0 or larger than 640
show(sys.set_int_max_str_digits, maxdigits=0)  # expect: None
print(len(str(10**5000)))  # expect: 5001
show(sys.set_int_max_str_digits, 4300)  # expect: None
show(int.__add__, "a", 1)  # expect: TypeError descriptor '__add__' requires a 'int' object but received a 'str'
show(str.upper, 1)  # expect: TypeError descriptor 'upper' for 'str' objects doesn't apply to a 'int' object
show((-1).to_bytes, 0, "big", signed=True)  # expect: b''
show((-2).to_bytes, 0, "big", signed=True)  # expect: OverflowError int too big to convert
import warnings


class BoolInt:
    def __int__(self):
        return True

    def __index__(self):
        return False


with warnings.catch_warnings():
    warnings.simplefilter("error")
    show(int, BoolInt())  # expect: DeprecationWarning __int__ returned non-int (type bool).  The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python.
    show(lambda: [1, 2][BoolInt()])  # expect: DeprecationWarning __index__ returned non-int (type bool).  The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python.
    show(complex, 1j, 1)  # expect: DeprecationWarning complex() argument 'real' must be a real number, not complex


# print writes each piece to a file-like object; reversed() of lists is live, of dicts ordered
class Pieces:
    def write(self, s):
        sys.stdout.write("[" + s + "]")


print("hi", "there", file=Pieces(), end=".")
print()  # expect: [hi][ ][there][.]
numbers = [1, 2, 3]
backwards = reversed(numbers)
numbers[0] = 9
print(list(backwards))  # expect: [3, 2, 9]
ordered = {"a": 1, "b": 2, "c": 3}
del ordered["b"]
print(list(reversed(ordered)), list(reversed(ordered.values())), list(reversed(ordered.items())))  # expect: ['c', 'a'] [3, 1] [('c', 3), ('a', 1)]
print(type(reversed(ordered)).__name__, type(reversed(ordered.items())).__name__)  # expect: dict_reversekeyiterator dict_reverseitemiterator
# the builtins' own iterator types: __next__ wrappers, no instance __dict__ (a missing attribute is an AttributeError)
pairs = enumerate("ab")
print(pairs.__next__(), pairs.__iter__() is pairs, next(pairs))  # expect: (0, 'a') True (1, 'b')
show(lambda: map(str, []).__next__())  # expect: StopIteration 
show(lambda: enumerate([]).foo)  # expect: AttributeError 'enumerate' object has no attribute 'foo'
show(setattr, zip(), "x", 1)  # expect: AttributeError 'zip' object has no attribute 'x' and no __dict__ for setting new attributes
show(min, x=1)  # expect: TypeError min expected at least 1 argument, got 0
# input() reads a replacement sys.stdin through its readline()
import io
saved_stdin = sys.stdin
sys.stdin = io.StringIO("first line\nlast")
print(repr(input()), repr(input()))  # expect: 'first line' 'last'
show(input)  # expect: EOFError EOF when reading a line
sys.stdin = None
show(input)  # expect: RuntimeError input(): lost sys.stdin
sys.stdin = saved_stdin
show(input, 1, 2)  # expect: TypeError input expected at most 1 argument, got 2
show(input, prompt="x")  # expect: TypeError input() takes no keyword arguments
# math.dist takes any iterables of coordinates
show(math.dist, [1, 2], [4, 6])  # expect: 5.0
show(math.dist, iter([0]), (3,))  # expect: 3.0
show(math.dist, 5, (1,))  # expect: TypeError 'int' object is not iterable
