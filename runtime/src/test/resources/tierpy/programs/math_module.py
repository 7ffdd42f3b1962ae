import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(16), math.isqrt(10 ** 20), math.cbrt(27), math.cbrt(-8))
print(math.floor(-2.7), math.ceil(2.1), math.trunc(-2.9), type(math.floor(2.5)).__name__)
print(math.gcd(48, 18), math.gcd(), math.lcm(4, 6), math.lcm(3, 5, 7), math.gcd(2**100, 2**60 * 3))
print(math.factorial(25), math.comb(10, 3), math.comb(100, 50), math.perm(5, 2), math.perm(5))
print(math.pow(2, 10), math.exp(1), math.log(math.e), math.log(8, 2), math.log2(1024), math.log10(0.001))
print(math.log(2 ** 2000), math.log10(10 ** 400), math.log1p(1e-20), math.expm1(1e-10))
print(math.degrees(math.pi), math.radians(180), math.atan2(1, 1), math.asin(1), math.acos(0))
print(math.hypot(3, 4), math.hypot(1, 2, 2), math.hypot(), math.dist((0, 0), (6, 8)), math.fabs(-3), math.copysign(2, -0.0))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1, rel_tol=0.2), math.isfinite(1e308), math.isinf(-math.inf), math.isnan(math.nan))
print(math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([]))
print(math.prod([1, 2, 3, 4]), math.prod(range(1, 6), start=2), math.prod([]), math.fmod(-7, 3), math.fmod(7, math.inf))
print(math.modf(3.75), math.modf(-2.5), math.frexp(8.0), math.frexp(0.0), math.ldexp(0.5, 4), math.remainder(10, 3))
print(math.sinh(1), math.cosh(1), math.tanh(0.5), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.sumprod([1, 2], [3, 4]), math.fma(2.0, 3.0, 1.0))  #> 11 7.0
print(math.gamma(5), math.lgamma(1), math.erf(0), round(math.erf(1), 12), round(math.erfc(2), 12))
print(math.nextafter(1.0, 2.0), math.ulp(1.0), math.ulp(0.0))
print(math.floor(True), math.ceil(10 ** 30), math.trunc(2.5e20))
bad = [("sqrt(-4)", lambda: math.sqrt(-4)), ("log(0)", lambda: math.log(0)), ("log(-1.5)", lambda: math.log(-1.5)),
       ("factorial(-1)", lambda: math.factorial(-1)), ("exp(1000)", lambda: math.exp(1000)),
       ("acos(2)", lambda: math.acos(2)), ("sin(inf)", lambda: math.sin(math.inf)), ("gamma(0)", lambda: math.gamma(0)),
       ("sqrt('x')", lambda: math.sqrt('x')), ("isqrt(-1)", lambda: math.isqrt(-1)), ("comb(-1, 2)", lambda: math.comb(-1, 2)),
       ("log(1, 1)", lambda: math.log(1, 1)), ("pow(0, -1)", lambda: math.pow(0, -1)),
       ("fsum(inf, -inf)", lambda: math.fsum([math.inf, -math.inf]))]
for name, f in bad:
    try:
        print(f())
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(name, type(e).__name__, e)

# Expected output (CPython 3.14 semantics):
# expect: 3.141592653589793 2.718281828459045 6.283185307179586 inf -inf nan
# expect: 4.0 10000000000 3.0000000000000004 -2.0
# expect: -3 3 -2 int
# expect: 6 0 12 105 1152921504606846976
# expect: 15511210043330985984000000 120 100891344545564193334812497256 20 120
# expect: 1024.0 2.718281828459045 1.0 3.0 10.0 -3.0
# expect: 1386.2943611198907 400.0 1e-20 1.00000000005e-10
# expect: 180.0 3.141592653589793 0.7853981633974483 1.5707963267948966 1.5707963267948966
# expect: 5.0 3.0 0.0 10.0 3.0 -2.0
# expect: True True True True True
# expect: 1.0 1e-100 0.0
# expect: 24 240 1 -1.0 7.0
# expect: (0.75, 3.0) (-0.5, -2.0) (0.5, 4) (0.0, 0) 8.0 1.0
# expect: 1.1752011936438014 1.5430806348152437 0.46211715726000974 0.881373587019543 1.3169578969248166 0.5493061443340548
# expect: 11 7.0
# expect: 24.0 0.0 0.0 0.84270079295 0.004677734981
# expect: 1.0000000000000002 2.220446049250313e-16 5e-324
# expect: 1 1000000000000000000000000000000 250000000000000000000
# expect: sqrt(-4) ValueError expected a nonnegative input, got -4.0
# expect: log(0) ValueError expected a positive input
# expect: log(-1.5) ValueError expected a positive input, got -1.5
# expect: factorial(-1) ValueError factorial() not defined for negative values
# expect: exp(1000) OverflowError math range error
# expect: acos(2) ValueError expected a number in range from -1 up to 1, got 2.0
# expect: sin(inf) ValueError expected a finite input, got inf
# expect: gamma(0) ValueError expected a noninteger or positive integer, got 0.0
# expect: sqrt('x') TypeError must be real number, not str
# expect: isqrt(-1) ValueError isqrt() argument must be nonnegative
# expect: comb(-1, 2) ValueError n must be a non-negative integer
# expect: log(1, 1) ZeroDivisionError division by zero
# expect: pow(0, -1) ValueError math domain error
# expect: fsum(inf, -inf) ValueError -inf + inf in fsum
