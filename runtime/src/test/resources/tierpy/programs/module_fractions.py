# fractions: construction, arithmetic with int/float/complex, comparisons, hashing, limit_denominator, formatting, errors
from fractions import Fraction as F
import math


def err(f):
    try:
        return f()
    except Exception as e:
        return f'{type(e).__name__}: {e}'


print(F(), F(3), F(10, -8), F(F(1, 7), 5), F(F(1, 7), F(2, 3)), F(True), F(-0.0))  # expect: 0 3 -5/4 1/35 3/14 1 0
print(F('314'), F('-35/4'), F('3.1415'), F('-47e-2'), F(' 1_000 / 3 '), F('.5'), F('5.'), F('1E-3'))  # expect: 314 -35/4 6283/2000 -47/100 1000/3 1/2 5 1/1000
print(F(1.47), F(2.25), F.from_float(0.1), F.from_float(3), F.from_number(2.5), F.from_number(7))  # expect: 6620291452234629/4503599627370496 9/4 3602879701896397/36028797018963968 3 5/2 7
print(err(lambda: F('abc')), err(lambda: F('1/')), err(lambda: F('3/-4')), err(lambda: F('1__2')))  # expect: ValueError: Invalid literal for Fraction: 'abc' ValueError: Invalid literal for Fraction: '1/' ValueError: Invalid literal for Fraction: '3/-4' ValueError: Invalid literal for Fraction: '1__2'
print(err(lambda: F(1, 0)), err(lambda: F(0, 0)), err(lambda: F(1.5, 2)), err(lambda: F(None)))  # expect: ZeroDivisionError: Fraction(1, 0) ZeroDivisionError: Fraction(0, 0) TypeError: both arguments should be Rational instances TypeError: argument should be a string or a Rational instance or have the as_integer_ratio() method
print(err(lambda: F(float('inf'))), err(lambda: F(float('nan'))), err(lambda: F.from_float('x')))  # expect: OverflowError: cannot convert Infinity to integer ratio ValueError: cannot convert NaN to integer ratio TypeError: Fraction.from_float() only takes floats, not 'x' (str)
a, b = F(1, 3), F(3, 4)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2, a ** -2, (-a) ** -3)  # expect: 13/12 -5/12 1/4 4/9 0 1/3 (0, Fraction(1, 3)) 1/9 9 -27
print(a + 1, 1 + a, 1 - a, 2 * a, 2 / a, 7 // a, 7 % a, divmod(7, a), 2 ** F(3), 4 ** F(1, 2), a ** 0.5)  # expect: 4/3 4/3 2/3 2/3 6 21 0 (21, Fraction(0, 1)) 8 2.0 0.5773502691896257
print(a + 0.5, 0.5 + a, a * 1j, 1j + a, complex(a), float(a))  # expect: 0.8333333333333333 0.8333333333333333 0.3333333333333333j (0.3333333333333333+1j) (0.3333333333333333+0j) 0.3333333333333333
print(a == 1 / 3, F(1, 2) == 0.5, F(1, 2) == 0.5 + 0j, a < b, a <= 0.3, a > 0, 1 < a, a != b, F(2) == 2)  # expect: False True True True False True False True True
print(err(lambda: a / 0), err(lambda: F(0) ** -1), err(lambda: a / F(0)), err(lambda: a + 'x'))  # expect: ZeroDivisionError: Fraction(1, 0) ZeroDivisionError: Fraction(1, 0) ZeroDivisionError: Fraction(1, 0) TypeError: unsupported operand type(s) for +: 'Fraction' and 'str'
print(err(lambda: a // 1j), err(lambda: a < 'x'), err(lambda: a ** None))  # expect: TypeError: unsupported operand type(s) for //: 'Fraction' and 'complex' TypeError: '<' not supported between instances of 'Fraction' and 'str' TypeError: unsupported operand type(s) for ** or pow(): 'Fraction' and 'NoneType'
print(hash(F(1, 2)) == hash(0.5), hash(F(5)) == hash(5), hash(F(-1)), hash(F(1, 3)), hash(F(-7, 2 ** 70)))  # expect: True True -2 1537228672809129301 -31525197391593472
print(hash(F(1, 2305843009213693951)), {F(1, 2): 'half'}[0.5], len({F(2), 2, 2.0}))  # expect: 314159 half 1
print(F('3.141592653589793').limit_denominator(10), F('3.141592653589793').limit_denominator(100))  # expect: 22/7 311/99
print(F(4321, 8765).limit_denominator(10000), F(1.1).limit_denominator(), F(5, 2).limit_denominator(1))  # expect: 4321/8765 11/10 2
print(err(lambda: a.limit_denominator(0)))  # expect: ValueError: max_denominator should be at least 1
print(repr(F(-3, 4)), str(F(-3, 4)), str(F(6, 3)), F(3, 4).as_integer_ratio(), F(3, 1).is_integer(), a.numerator, a.denominator)  # expect: Fraction(-3, 4) -3/4 2 (3, 4) True 1 3
print(int(F(-7, 2)), math.trunc(F(-7, 2)), math.floor(F(-7, 2)), math.ceil(F(-7, 2)), round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)))  # expect: -3 -3 -4 -3 2 4 -2
print(round(F(12345, 100), 1), round(F(12345, 100), -2), bool(F(0)), abs(F(-1, 3)), -a, +a, a.real, a.imag)  # expect: 617/5 100 False 1/3 -1/3 1/3 1/3 0
print(sorted([F(1, 2), 0.25, 1, F(1, 3)]), sum([F(1, 2), F(1, 3), F(1, 6)]), max(F(1, 2), F(2, 3)))  # expect: [0.25, Fraction(1, 3), Fraction(1, 2), 1] 1 2/3
print(format(a, ''), format(F(-22, 7), '>10'), format(F(5), '#'), format(F(1234567, 2), ','), format(a, '*^9'))  # expect: 1/3      -22/7 5/1 1,234,567/2 ***1/3***
print(format(a, '.3f'), format(F(-22, 7), '.2e'), format(F(1234567), '.4g'), format(a, '%'), format(a, '010.2f'))  # expect: 0.333 -3.14e+00 1.235e+06 33.333333% 0000000.33
print(format(F(1, 200000), 'g'), format(F(1234567), 'E'), format(F(-1, 1000), 'z.1f'), format(F(5, 2), '.0f'))  # expect: 5e-06 1.234567E+06 0.0 2
print(format(F(7, 2), '#.0f'), format(F(-22, 7), '=+12.3f'), format(F(1234567, 3), '012,.2f'), format(F(0), '.3g'))  # expect: 4. -      3.143 0,411,522.33 0
print(err(lambda: format(a, 'x')), err(lambda: format(a, '<010.2f')))  # expect: ValueError: Invalid format specifier 'x' for object of type 'Fraction' ValueError: Invalid format specifier '<010.2f' for object of type 'Fraction'
class G(F):
    pass
print(repr(G(1, 2)), type(G(1, 2) + 1).__name__, type(+G(1, 2)).__name__, G('2/4'))  # expect: G(1, 2) Fraction Fraction 1/2
print(f'{F(1, 3):.10f}', '%s %r' % (F(1, 2), F(1, 2)), F(10 ** 30, 3) / 7)  # expect: 0.3333333333 1/2 Fraction(1, 2) 1000000000000000000000000000000/21
class Complexish:
    def __complex__(self):
        return 2j
class Floatish:
    def __float__(self):
        return 2.5
print(complex(Complexish()), complex(Floatish()), complex(Floatish(), Floatish()))  # expect: 2j (2.5+0j) (2.5+2.5j)
import math
print(math.gcd(3 ** 2000 * 7 + 1, 5 ** 1300 * 11 + 3), math.gcd(2 ** 200, 2 ** 100 * 3) == 2 ** 100, math.gcd(-2 ** 100, 2 ** 80) == 2 ** 80, math.gcd(0, -5))  # expect: 2 True True 5
print(math.gcd(12345678901234567890123 * 97, 98765432109876543210987 * 97), math.lcm(2 ** 70, 3 ** 50, 6) == 2 ** 70 * 3 ** 50)  # expect: 291 True
print(sum(F(1, n) for n in range(1, 60)).denominator)  # expect: 3230237388259077233637600
