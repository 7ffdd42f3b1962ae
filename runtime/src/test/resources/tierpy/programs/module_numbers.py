# numbers: the ABC tower with complex, float and int registered, abstract methods and mixins
import numbers

print([isinstance(1, t) for t in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)])  # expect: [True, True, True, True, True]
print([isinstance(1.5, t) for t in (numbers.Real, numbers.Rational)], isinstance(1j, numbers.Complex), isinstance(1j, numbers.Real))  # expect: [True, False] True False
print(isinstance(True, numbers.Integral), isinstance('1', numbers.Number), issubclass(numbers.Integral, numbers.Complex))  # expect: True False True
print(numbers.__all__, type(numbers.Number), numbers.Number.__hash__)  # expect: ['Number', 'Complex', 'Real', 'Rational', 'Integral'] <class 'abc.ABCMeta'> None
print(sorted(numbers.Rational.__abstractmethods__ - numbers.Real.__abstractmethods__))  # expect: ['denominator', 'numerator']
print(sorted(numbers.Integral.__abstractmethods__ - numbers.Rational.__abstractmethods__)[:4])  # expect: ['__and__', '__int__', '__invert__', '__lshift__']
try:
    numbers.Real()
except TypeError as e:
    print(str(e).split(' without')[0])  # expect: Can't instantiate abstract class Real


class Cents(numbers.Integral):
    def __init__(self, n): self.n = n
    def __int__(self): return self.n
    def __repr__(self): return f'Cents({self.n})'
    def __add__(self, o): return Cents(self.n + int(o))
    def __neg__(self): return Cents(-self.n)
    def __eq__(self, o): return self.n == int(o)
    __radd__ = __add__
    __pos__ = lambda self: self
    __mul__ = __rmul__ = __truediv__ = __rtruediv__ = __pow__ = __rpow__ = __abs__ = lambda self, *a: NotImplemented
    __trunc__ = __floor__ = __ceil__ = __round__ = lambda self, *a: self
    __floordiv__ = __rfloordiv__ = __mod__ = __rmod__ = __lt__ = __le__ = lambda self, o: NotImplemented
    __lshift__ = __rlshift__ = __rshift__ = __rrshift__ = __and__ = __rand__ = lambda self, o: NotImplemented
    __xor__ = __rxor__ = __or__ = __ror__ = lambda self, o: NotImplemented
    __invert__ = lambda self: NotImplemented


c = Cents(5)
print(c - 2, 10 - c, float(c), c.numerator, c.denominator, complex(c), c.real, c.imag, [10, 20, 30, 40, 50, 60][c])  # expect: Cents(3) Cents(5) 5.0 Cents(5) 1 (5+0j) Cents(5) 0 60
print(bool(Cents(0)), divmod(7.5, 2), c.conjugate())  # expect: False (3.0, 1.5) Cents(5)
