"""Abstract Base Classes (ABCs) for numbers, according to PEP 3141.

Number > Complex > Real > Rational > Integral; complex, float and int are registered as
Complex, Real and Integral.
"""

from abc import ABCMeta, abstractmethod

__all__ = ["Number", "Complex", "Real", "Rational", "Integral"]


class Number(metaclass=ABCMeta):
    """All numbers inherit from this class: isinstance(x, Number) tells whether x is one."""

    __slots__ = ()

    # concrete number classes define a hash consistent with the other numbers they equal
    __hash__ = None


class Complex(Number):
    """Complex numbers: the operations of the built-in complex type.

    Concrete subclasses give the conversion to complex, real and imag, and the arithmetic;
    bool(), - and the reflected - come from them.
    """

    __slots__ = ()

    @abstractmethod
    def __complex__(self):
        """complex(self): the value as a built-in complex."""

    def __bool__(self):
        """bool(self): whether self differs from 0."""
        return self != 0

    @property
    @abstractmethod
    def real(self):
        """The real part."""
        raise NotImplementedError

    @property
    @abstractmethod
    def imag(self):
        """The imaginary part."""
        raise NotImplementedError

    @abstractmethod
    def __add__(self, other):
        """self + other"""
        raise NotImplementedError

    @abstractmethod
    def __radd__(self, other):
        """other + self"""
        raise NotImplementedError

    @abstractmethod
    def __neg__(self):
        """-self"""
        raise NotImplementedError

    @abstractmethod
    def __pos__(self):
        """+self"""
        raise NotImplementedError

    def __sub__(self, other):
        """self - other"""
        return self + -other

    def __rsub__(self, other):
        """other - self"""
        return -self + other

    @abstractmethod
    def __mul__(self, other):
        """self * other"""
        raise NotImplementedError

    @abstractmethod
    def __rmul__(self, other):
        """other * self"""
        raise NotImplementedError

    @abstractmethod
    def __truediv__(self, other):
        """self / other (a float or complex where needed)."""
        raise NotImplementedError

    @abstractmethod
    def __rtruediv__(self, other):
        """other / self"""
        raise NotImplementedError

    @abstractmethod
    def __pow__(self, exponent):
        """self ** exponent (a float or complex where needed)."""
        raise NotImplementedError

    @abstractmethod
    def __rpow__(self, base):
        """base ** self"""
        raise NotImplementedError

    @abstractmethod
    def __abs__(self):
        """abs(self): the distance from 0, a Real."""
        raise NotImplementedError

    @abstractmethod
    def conjugate(self):
        """The complex conjugate: the imaginary part negated."""
        raise NotImplementedError

    @abstractmethod
    def __eq__(self, other):
        """self == other"""
        raise NotImplementedError


Complex.register(complex)


class Real(Complex):
    """Real numbers: Complex plus the operations of the built-in float type.

    Concrete subclasses give float(), math.trunc/floor/ceil, round(), //, % and < <=; the
    complex parts (real, imag, conjugate, complex()) and divmod come from them.
    """

    __slots__ = ()

    @abstractmethod
    def __float__(self):
        """float(self): the value as a built-in float."""
        raise NotImplementedError

    @abstractmethod
    def __trunc__(self):
        """math.trunc(self): the Integral next to self towards 0."""
        raise NotImplementedError

    @abstractmethod
    def __floor__(self):
        """math.floor(self): the largest Integral not above self."""
        raise NotImplementedError

    @abstractmethod
    def __ceil__(self):
        """math.ceil(self): the smallest Integral not below self."""
        raise NotImplementedError

    @abstractmethod
    def __round__(self, ndigits=None):
        """round(self, ndigits): an Integral when ndigits is None."""
        raise NotImplementedError

    def __divmod__(self, other):
        """divmod(self, other), from // and %."""
        return (self // other, self % other)

    def __rdivmod__(self, other):
        """divmod(other, self), from // and %."""
        return (other // self, other % self)

    @abstractmethod
    def __floordiv__(self, other):
        """self // other"""
        raise NotImplementedError

    @abstractmethod
    def __rfloordiv__(self, other):
        """other // self"""
        raise NotImplementedError

    @abstractmethod
    def __mod__(self, other):
        """self % other"""
        raise NotImplementedError

    @abstractmethod
    def __rmod__(self, other):
        """other % self"""
        raise NotImplementedError

    @abstractmethod
    def __lt__(self, other):
        """self < other"""
        raise NotImplementedError

    @abstractmethod
    def __le__(self, other):
        """self <= other"""
        raise NotImplementedError

    def __complex__(self):
        """complex(self), through float(self)."""
        return complex(float(self))

    @property
    def real(self):
        """+self: a Real is its own real part."""
        return +self

    @property
    def imag(self):
        """0: a Real has no imaginary part."""
        return 0

    def conjugate(self):
        """+self: a Real is its own conjugate."""
        return +self


Real.register(float)


class Rational(Real):
    """Rational numbers: Real plus numerator and denominator (in lowest terms); float() comes from them."""

    __slots__ = ()

    @property
    @abstractmethod
    def numerator(self):
        """The numerator of this number, in lowest terms."""
        raise NotImplementedError

    @property
    @abstractmethod
    def denominator(self):
        """The denominator of this number, in lowest terms (positive)."""
        raise NotImplementedError

    def __float__(self):
        """float(self) = self.numerator / self.denominator, with the division done on ints."""
        return int(self.numerator) / int(self.denominator)


class Integral(Rational):
    """Integral numbers: Rational plus int() and the bitwise operations.

    numerator, denominator, float() and operator.index() come from them.
    """

    __slots__ = ()

    @abstractmethod
    def __int__(self):
        """int(self)"""
        raise NotImplementedError

    def __index__(self):
        """operator.index(self), through int(self)."""
        return int(self)

    @abstractmethod
    def __pow__(self, exponent, modulus=None):
        """pow(self, exponent, modulus)"""
        raise NotImplementedError

    @abstractmethod
    def __lshift__(self, other):
        """self << other"""
        raise NotImplementedError

    @abstractmethod
    def __rlshift__(self, other):
        """other << self"""
        raise NotImplementedError

    @abstractmethod
    def __rshift__(self, other):
        """self >> other"""
        raise NotImplementedError

    @abstractmethod
    def __rrshift__(self, other):
        """other >> self"""
        raise NotImplementedError

    @abstractmethod
    def __and__(self, other):
        """self & other"""
        raise NotImplementedError

    @abstractmethod
    def __rand__(self, other):
        """other & self"""
        raise NotImplementedError

    @abstractmethod
    def __xor__(self, other):
        """self ^ other"""
        raise NotImplementedError

    @abstractmethod
    def __rxor__(self, other):
        """other ^ self"""
        raise NotImplementedError

    @abstractmethod
    def __or__(self, other):
        """self | other"""
        raise NotImplementedError

    @abstractmethod
    def __ror__(self, other):
        """other | self"""
        raise NotImplementedError

    @abstractmethod
    def __invert__(self):
        """~self"""
        raise NotImplementedError

    def __float__(self):
        """float(self), through int(self)."""
        return float(int(self))

    @property
    def numerator(self):
        """+self"""
        return +self

    @property
    def denominator(self):
        """1"""
        return 1


Integral.register(int)
