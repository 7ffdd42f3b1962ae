"""Fraction, infinite-precision, rational numbers (the API of CPython's Lib/fractions.py).

tierpy has no numbers/decimal modules: "Rational" here means int or Fraction, and other
number types take part through their as_integer_ratio() method.
"""

import math
import operator
import re
import sys

__all__ = ['Fraction']

_HASH_MODULUS = sys.hash_info.modulus
_HASH_INF = sys.hash_info.inf

_LITERAL = re.compile(r"""
    \s*(?P<sign>[-+]?)
    (?=\d|\.\d)
    (?P<num>\d*|\d+(?:_\d+)*)
    (?:
        \s*/\s*(?P<denom>\d+(?:_\d+)*)
      |
        (?:\.(?P<frac>\d*|\d+(?:_\d+)*))?
        (?:[eE](?P<exp>[-+]?\d+(?:_\d+)*))?
    )
    \s*""", re.VERBOSE)

# Format specs without a presentation type print n/d; with one of eEfFgG% they print digits.
_GENERAL_SPEC = re.compile(r"""
    (?:(?P<fill>.)?(?P<align>[<>=^]))?
    (?P<sign>[-+ ]?)
    (?P<alt>\#)?
    (?P<width>0|[1-9][0-9]*)?
    (?P<thousands>[,_])?""", re.VERBOSE | re.DOTALL)
_FLOAT_SPEC = re.compile(r"""
    (?:(?P<fill>.)?(?P<align>[<>=^]))?
    (?P<sign>[-+ ]?)
    (?P<no_neg_zero>z)?
    (?P<alt>\#)?
    (?P<zeropad>0(?=[0-9]))?
    (?P<width>[0-9]+)?
    (?P<thousands>[,_])?
    (?:\.(?P<precision>[0-9]+)(?P<frac_sep>[,_])?)?
    (?P<type>[eEfFgG%])""", re.VERBOSE | re.DOTALL)


def _is_rational(x):
    return isinstance(x, (int, Fraction))


def _round_half_even(n, d):
    """n/d rounded to the nearest integer, ties to even (d > 0)."""
    q, r = divmod(n, d)
    twice = 2 * r
    if twice > d or (twice == d and q & 1):
        q += 1
    return q


def _pad(sign, body, fill, align, width):
    padding = fill * (width - len(sign) - len(body))
    if align == '<':
        return sign + body + padding
    if align == '^':
        half = len(padding) // 2
        return padding[:half] + sign + body + padding[half:]
    if align == '=':
        return sign + padding + body
    return padding + sign + body


def _group(digits, sep):
    """Insert sep every three digits from the right of an integer digit string."""
    head = len(digits) % 3 or 3
    parts = [digits[:head]]
    parts.extend(digits[i:i + 3] for i in range(head, len(digits), 3))
    return sep.join(parts)


class Fraction:
    """This class implements rational numbers.

    Fraction(8, 6) == Fraction(4, 3); Fraction() == 0; Fraction('3/7'), Fraction('-1.5e3'),
    Fraction(2.25) and Fraction(other_fraction) are accepted too.
    """

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None):
        if denominator is None:
            if type(numerator) is int:
                return cls._from_coprime_ints(numerator, 1)
            if isinstance(numerator, Fraction):
                return cls._from_coprime_ints(numerator._numerator, numerator._denominator)
            if isinstance(numerator, str):
                numerator, denominator = _parse(numerator)
            elif isinstance(numerator, int):
                return cls._from_coprime_ints(int(numerator), 1)
            elif isinstance(numerator, float) or (
                    not isinstance(numerator, type) and hasattr(numerator, 'as_integer_ratio')):
                return cls._from_coprime_ints(*numerator.as_integer_ratio())
            else:
                raise TypeError("argument should be a string or a Rational instance "
                                "or have the as_integer_ratio() method")
        elif type(numerator) is int and type(denominator) is int:
            pass  # the usual case
        elif _is_rational(numerator) and _is_rational(denominator):
            numerator, denominator = (
                _numerator_of(numerator) * _denominator_of(denominator),
                _numerator_of(denominator) * _denominator_of(numerator))
        else:
            raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        g = math.gcd(numerator, denominator)
        if denominator < 0:
            g = -g
        return cls._from_coprime_ints(numerator // g, denominator // g)

    @classmethod
    def _from_coprime_ints(cls, numerator, denominator, /):
        self = object.__new__(cls)
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        """Converts a finite float to a rational number, exactly."""
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)"
                            % (cls.__name__, f, type(f).__name__))
        return cls._from_coprime_ints(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """Converts a finite Decimal instance to a rational number, exactly."""
        if isinstance(dec, int):
            return cls(dec)
        if type(dec).__name__ != 'Decimal':
            raise TypeError("%s.from_decimal() only takes Decimals, not %r (%s)"
                            % (cls.__name__, dec, type(dec).__name__))
        return cls._from_coprime_ints(*dec.as_integer_ratio())

    @classmethod
    def from_number(cls, number):
        """Converts a finite real number to a rational number, exactly."""
        if isinstance(number, (int, Fraction)):
            return cls._from_coprime_ints(_numerator_of(number), _denominator_of(number))
        if isinstance(number, float) or (
                not isinstance(number, type) and hasattr(number, 'as_integer_ratio')):
            return cls._from_coprime_ints(*number.as_integer_ratio())
        raise TypeError("argument should be a Rational instance or "
                        "have the as_integer_ratio() method")

    def is_integer(self):
        """Return True if the Fraction is an integer."""
        return self._denominator == 1

    def as_integer_ratio(self):
        """Return the pair (numerator, denominator) in lowest terms."""
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """Closest Fraction to self with denominator at most max_denominator."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Walk the continued fraction expansion: the answer is the last convergent
        # p1/q1 within the bound, or the semiconvergent (p0+k*p1)/(q0+k*q1) with the
        # largest allowed k, whichever is nearer (the convergent on a tie).
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        semi = Fraction._from_coprime_ints(p0 + k * p1, q0 + k * q1)
        convergent = Fraction._from_coprime_ints(p1, q1)
        if abs(convergent - self) <= abs(semi - self):
            return convergent
        return semi

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    @property
    def real(a):
        return +a

    @property
    def imag(a):
        return 0

    def conjugate(a):
        return +a

    def __repr__(self):
        return '%s(%s, %s)' % (type(self).__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    def __format__(self, format_spec, /):
        m = _GENERAL_SPEC.fullmatch(format_spec)
        if m:
            return self._format_general(m)
        m = _FLOAT_SPEC.fullmatch(format_spec)
        # Both an alignment and zero padding is ambiguous, so it is refused.
        if m and (m['align'] is None or m['zeropad'] is None):
            return self._format_float(m)
        raise ValueError(f"Invalid format specifier {format_spec!r} "
                         f"for object of type {type(self).__name__!r}")

    def _format_general(self, m):
        sep = m['thousands'] or ''
        n, d = self._numerator, self._denominator
        body = f"{abs(n):{sep}}"
        if d > 1 or m['alt']:
            body += f"/{d:{sep}}"
        sign = '-' if n < 0 else ('' if m['sign'] == '-' else m['sign'])
        return _pad(sign, body, m['fill'] or ' ', m['align'] or '>', int(m['width'] or 0))

    def _format_float(self, m):
        kind = m['type']
        alt = bool(m['alt'])
        precision = int(m['precision'] or 6)
        n, d = self._numerator, self._denominator
        negative = n < 0
        n = abs(n)
        if kind in 'fF%':
            point = precision + (2 if kind == '%' else 0)
            digits_value = _round_half_even(n * 10 ** point, d)
            scientific = False
            frac_digits = precision
        else:
            figures = max(precision, 1) if kind in 'gG' else precision + 1
            exponent = self._decimal_exponent(n, d, figures) if n else 1 - figures
            digits_value = self._scaled(n, d, exponent)
            if digits_value == 10 ** figures:
                digits_value //= 10
                exponent += 1
            scientific = kind in 'eE' or exponent > 0 or exponent + figures <= -4
            frac_digits = figures - 1 if scientific else -exponent
        if m['no_neg_zero'] and digits_value == 0:
            negative = False
        digits = str(digits_value).rjust(frac_digits + 1, '0')
        leading = digits[:len(digits) - frac_digits]
        fraction = digits[len(digits) - frac_digits:]
        if kind in 'gG' and not alt:
            fraction = fraction.rstrip('0')
        point = '.' if fraction or alt else ''
        if m['frac_sep']:
            fraction = m['frac_sep'].join(fraction[i:i + 3] for i in range(0, len(fraction), 3))
        if kind == '%':
            suffix = '%'
        elif scientific:
            suffix = ('E' if kind in 'EFG' else 'e') + format(exponent + frac_digits, '+03d')
        else:
            suffix = ''
        trailing = point + fraction + suffix
        sign = '-' if negative else ('' if m['sign'] == '-' else m['sign'])
        fill = m['fill'] or ' '
        align = m['align'] or '>'
        width = int(m['width'] or 0)
        sep = m['thousands']
        if m['zeropad'] or (align == '=' and fill == '0'):
            want = width - len(sign) - len(trailing)
            # Separators are inserted into the zero padding too, so pad fewer digits.
            leading = leading.zfill(3 * want // 4 + 1 if sep else want)
        if sep:
            leading = _group(leading, sep)
        return _pad(sign, leading + trailing, fill, align, width)

    @staticmethod
    def _decimal_exponent(n, d, figures):
        """The exponent e with 10**(figures-1) <= n/d / 10**e < 10**figures."""
        e = len(str(n)) - len(str(d)) - figures + 1
        if n * 10 ** max(0, -e) < 10 ** (figures - 1) * d * 10 ** max(0, e):
            e -= 1
        return e

    @staticmethod
    def _scaled(n, d, exponent):
        """n/d / 10**exponent rounded half to even."""
        if exponent >= 0:
            return _round_half_even(n, d * 10 ** exponent)
        return _round_half_even(n * 10 ** -exponent, d)

    def _binary(op, fallback, handle_complex=True):
        """The forward and reflected dunder methods of one arithmetic operator: exact
        for ints and Fractions, float or complex arithmetic against those types."""
        def forward(a, b):
            if isinstance(b, Fraction):
                return op(a, b)
            if isinstance(b, int):
                return op(a, Fraction._from_coprime_ints(int(b), 1))
            if isinstance(b, float):
                return fallback(float(a), b)
            if handle_complex and isinstance(b, complex):
                return fallback(complex(a), b)
            return NotImplemented

        def reverse(b, a):
            if isinstance(a, int):
                return op(Fraction._from_coprime_ints(int(a), 1), b)
            if isinstance(a, float):
                return fallback(a, float(b))
            if handle_complex and isinstance(a, complex):
                return fallback(a, complex(b))
            return NotImplemented

        name = fallback.__name__.strip('_')
        forward.__name__ = '__%s__' % name
        reverse.__name__ = '__r%s__' % name
        return forward, reverse

    def _add(a, b):
        return Fraction(a._numerator * b._denominator + b._numerator * a._denominator,
                        a._denominator * b._denominator)

    def _sub(a, b):
        return Fraction(a._numerator * b._denominator - b._numerator * a._denominator,
                        a._denominator * b._denominator)

    def _mul(a, b):
        return Fraction(a._numerator * b._numerator, a._denominator * b._denominator)

    def _div(a, b):
        if b._numerator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % b._denominator)
        return Fraction(a._numerator * b._denominator, a._denominator * b._numerator)

    def _floordiv(a, b):
        return (a._numerator * b._denominator) // (a._denominator * b._numerator)

    def _divmod(a, b):
        q, r = divmod(a._numerator * b._denominator, a._denominator * b._numerator)
        return q, Fraction(r, a._denominator * b._denominator)

    def _mod(a, b):
        r = (a._numerator * b._denominator) % (b._numerator * a._denominator)
        return Fraction(r, a._denominator * b._denominator)

    __add__, __radd__ = _binary(_add, operator.add)
    __sub__, __rsub__ = _binary(_sub, operator.sub)
    __mul__, __rmul__ = _binary(_mul, operator.mul)
    __truediv__, __rtruediv__ = _binary(_div, operator.truediv)
    __floordiv__, __rfloordiv__ = _binary(_floordiv, operator.floordiv, False)
    __divmod__, __rdivmod__ = _binary(_divmod, divmod, False)
    __mod__, __rmod__ = _binary(_mod, operator.mod, False)
    del _binary

    def __pow__(a, b, modulo=None):
        if modulo is not None:
            return NotImplemented
        if isinstance(b, (int, Fraction)):
            if _denominator_of(b) != 1:
                return float(a) ** float(b)
            power = _numerator_of(b)
            if power >= 0:
                return Fraction._from_coprime_ints(a._numerator ** power,
                                                   a._denominator ** power)
            if a._numerator == 0:
                raise ZeroDivisionError('Fraction(%s, 0)' % a._denominator ** -power)
            n, d = a._denominator ** -power, a._numerator ** -power
            if d < 0:
                n, d = -n, -d
            return Fraction._from_coprime_ints(n, d)
        if isinstance(b, (float, complex)):
            return float(a) ** b
        return NotImplemented

    def __rpow__(b, a, modulo=None):
        if modulo is not None:
            return NotImplemented
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, int):
            return Fraction._from_coprime_ints(int(a), 1) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return Fraction._from_coprime_ints(a._numerator, a._denominator)

    def __neg__(a):
        return Fraction._from_coprime_ints(-a._numerator, a._denominator)

    def __abs__(a):
        return Fraction._from_coprime_ints(abs(a._numerator), a._denominator)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    __trunc__ = __int__

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            return _round_half_even(self._numerator, self._denominator)
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __float__(a):
        return a._numerator / a._denominator

    def __complex__(a):
        return complex(float(a))

    def __hash__(self):
        # Numeric hash: n * inverse(d) modulo the hash prime, so equal ints and floats agree.
        try:
            inverse = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            result = _HASH_INF
        else:
            result = hash(hash(abs(self._numerator)) * inverse)
        if self._numerator < 0:
            result = -result
        return -2 if result == -1 else result

    def __eq__(a, b):
        if isinstance(b, (int, Fraction)):
            return a._numerator == _numerator_of(b) and a._denominator == _denominator_of(b)
        if isinstance(b, complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0 == b
            return a == Fraction._from_coprime_ints(*b.as_integer_ratio())
        return NotImplemented

    def _compare(self, other, op):
        if isinstance(other, (int, Fraction)):
            return op(self._numerator * _denominator_of(other),
                      self._denominator * _numerator_of(other))
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return op(self, Fraction._from_coprime_ints(*other.as_integer_ratio()))
        return NotImplemented

    def __lt__(a, b):
        return a._compare(b, operator.lt)

    def __gt__(a, b):
        return a._compare(b, operator.gt)

    def __le__(a, b):
        return a._compare(b, operator.le)

    def __ge__(a, b):
        return a._compare(b, operator.ge)

    def __bool__(a):
        return a._numerator != 0

    def __reduce__(self):
        return (type(self), (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) is Fraction:
            return self
        return type(self)(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        return self.__copy__()


# CPython's Fraction derives from numbers.Rational; registering gives the same isinstance answers
import numbers as _numbers
_numbers.Rational.register(Fraction)


def _numerator_of(x):
    return x._numerator if isinstance(x, Fraction) else int(x)


def _denominator_of(x):
    return x._denominator if isinstance(x, Fraction) else 1


def _parse(text):
    """(numerator, denominator) of a Fraction literal such as '-3/4', '1.5e-3' or ' 7 '."""
    m = _LITERAL.fullmatch(text)
    if m is None:
        raise ValueError('Invalid literal for Fraction: %r' % text)
    numerator = int(m['num'] or '0')
    if m['denom']:
        denominator = int(m['denom'])
    else:
        denominator = 1
        if m['frac']:
            frac = m['frac'].replace('_', '')
            scale = 10 ** len(frac)
            numerator = numerator * scale + int(frac)
            denominator = scale
        if m['exp']:
            exp = int(m['exp'])
            if exp >= 0:
                numerator *= 10 ** exp
            else:
                denominator *= 10 ** -exp
    if m['sign'] == '-':
        numerator = -numerator
    return numerator, denominator
