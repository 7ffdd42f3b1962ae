# statistics: averages and spread computed exactly (bit-identical floats), quantiles, modes, relations, errors
import statistics as st
from fractions import Fraction as F


def err(f):
    try:
        return f()
    except Exception as e:
        return f'{type(e).__name__}: {e}'


print(st.mean([1, 2, 3, 4]), st.mean([1, 2, 3]), st.mean([0.1, 0.2, 0.3]), st.mean([F(1, 3), F(2, 3), F(1, 2)]))  # expect: 2.5 2 0.2 1/2
print(st.mean([1, 2.5, F(1, 3)]), st.mean([True, False, True]), st.mean([1e308, 1e308]), st.mean([1, float('inf')]))  # expect: 1.2777777777777777 0.6666666666666666 1e+308 inf
print(st.mean([10 ** 30, 1, 10 ** 30 + 7]), st.mean(iter([2.5, 3.25, 5.5, 11.25, 11.75])), st.mean([1e-320, 3e-320, 2e-320]))  # expect: 6.666666666666666e+29 6.85 2e-320
print(st.fmean([3.5, 4.0, 5.25]), st.fmean(iter([1, 2, 4])), st.fmean([85, 92, 83, 91], weights=[0.20, 0.20, 0.30, 0.30]))  # expect: 4.25 2.3333333333333335 87.6
print(st.median([1, 3, 5]), st.median([1, 3, 5, 7]), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.median([F(1, 2), 1]))  # expect: 3 4.0 3 5 3/4
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=2), st.median_grouped([2.5, 3.25, 5.5]))  # expect: 52.5 3.5 3.25
print(st.mode([1, 1, 2, 2]), st.mode(['red', 'blue', 'red']), st.multimode('aabbbcccd'), st.multimode([]))  # expect: 1 red ['b', 'c'] []
print(st.variance([1, 2, 3, 4, 5]), st.pvariance([1, 2, 3]), st.variance([F(1, 3), F(2, 3)]), st.variance([2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]))  # expect: 2.5 0.6666666666666666 1/18 1.3720238095238095
print(st.stdev([1, 2, 3, 4]), st.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.stdev([F(1, 3), F(5, 7), F(2)]), st.pstdev([5]))  # expect: 1.2909944487358056 0.986893273527251 0.8733044256177092 0.0
print(st.variance([0.1, 0.2, 0.3, 0.4]), st.stdev([1e-300, 3e-300]), st.pstdev([1e300, -1e300]), st.variance([1, 2, 3], 2.5))  # expect: 0.016666666666666666 1.4142135623730952e-300 1e+300 1.375
print(st.pvariance([1.5, 2.5, 2.75], mu=2.25), st.stdev([10 ** 20, 10 ** 20 + 1, 10 ** 20 + 5]), st.variance([True, False]))  # expect: 0.2916666666666667 2.6457513110645907 0.5
print(st.geometric_mean([54, 24, 36]), st.geometric_mean([0, 5]), st.geometric_mean([float('nan'), 2]), st.geometric_mean([2.5, 7, 0.1]))  # expect: 36.000000000000014 0.0 nan 1.205071132087615
print(st.harmonic_mean([40, 60]), st.harmonic_mean([40, 60], weights=[5, 30]), st.harmonic_mean([0, 5]), st.harmonic_mean([F(1, 2), F(1, 3)]))  # expect: 48.0 56.0 0 2/5
print(st.harmonic_mean([2.5, 3, 10]), st.harmonic_mean([7]), st.harmonic_mean([0.25, 0.5, 1.5], weights=[1, 2, 3]))  # expect: 3.6 7 0.6
print(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], n=10), st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92]))  # expect: [1.1, 2.2, 3.3, 4.4, 5.5, 6.6, 7.7, 8.8, 9.9] [86.75, 98.5, 111.0]
print(st.quantiles([1.5, 2.5, 9.75], n=5, method='inclusive'), st.quantiles([7], n=3), st.quantiles([F(1, 3), F(1, 2), 1]))  # expect: [1.9, 2.3, 3.95, 6.85] [7, 7] [Fraction(1, 3), Fraction(1, 2), Fraction(1, 1)]
x, y = [1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.correlation(x, x[::-1]), st.correlation([0.1, 0.25, 0.3, 0.9], [1.5, 0.75, 2.5, 2.25]))  # expect: 0.75 -1.0 0.47902796068167663
print(st.correlation([3, 1, 2, 5], [10, 3, 3, 40], method='ranked'), st.linear_regression([1, 2, 3, 4, 5], [2.1, 3.9, 6.2, 7.8, 9.95]))  # expect: 0.9486832980505138 LinearRegression(slope=1.9599999999999997, intercept=0.11000000000000121)
print(st.linear_regression([1, 2, 3], [2, 4, 7], proportional=True), st.fmean([1.5, 2], weights=[True, False]))  # expect: LinearRegression(slope=2.2142857142857144, intercept=0.0) 1.5
print(err(lambda: st.mean([])), err(lambda: st.fmean([])), err(lambda: st.median([])), err(lambda: st.mode([])))  # expect: StatisticsError: mean requires at least one data point StatisticsError: fmean requires at least one data point StatisticsError: no median for empty data StatisticsError: no mode for empty data
print(err(lambda: st.variance([1])), err(lambda: st.stdev([1])), err(lambda: st.pvariance([])), err(lambda: st.pstdev([])))  # expect: StatisticsError: variance requires at least two data points StatisticsError: stdev requires at least two data points StatisticsError: pvariance requires at least one data point StatisticsError: pstdev requires at least one data point
print(err(lambda: st.mean(['a'])), err(lambda: st.mean([1j])), err(lambda: st.geometric_mean([])), err(lambda: st.geometric_mean([1, -2])))  # expect: TypeError: can't convert type 'str' to numerator/denominator TypeError: can't convert type 'complex' to numerator/denominator StatisticsError: Must have a non-empty dataset StatisticsError: ('No negative inputs allowed', -2)
print(err(lambda: st.harmonic_mean([])), err(lambda: st.harmonic_mean([1, -2])), err(lambda: st.harmonic_mean(['x'])), err(lambda: st.harmonic_mean([1, 2], weights=[1])))  # expect: StatisticsError: harmonic_mean requires at least one data point StatisticsError: harmonic mean does not support negative values TypeError: unsupported type StatisticsError: Number of weights does not match data size
print(err(lambda: st.quantiles([1, 2], n=0)), err(lambda: st.quantiles([], n=2)), err(lambda: st.quantiles([1, 2], method='x')))  # expect: StatisticsError: n must be at least 1 StatisticsError: must have at least one data point ValueError: Unknown method: 'x'
print(err(lambda: st.fmean([1, 2], weights=[1])), err(lambda: st.fmean([1, 2], weights=[1, -1])), err(lambda: st.median_grouped(['a'])))  # expect: StatisticsError: data and weights must be the same length StatisticsError: sum of weights must be non-zero TypeError: Value cannot be converted to a float
print(err(lambda: st.covariance([1], [2])), err(lambda: st.covariance([1, 2], [2])), err(lambda: st.correlation([1, 1], [2, 3])))  # expect: StatisticsError: covariance requires at least two data points StatisticsError: covariance requires that both inputs have same number of data points StatisticsError: at least one of the inputs is constant
print(err(lambda: st.linear_regression([1, 1], [2, 3])), err(lambda: st.correlation([1, 2], [1, 2], method='q')))  # expect: StatisticsError: x is constant ValueError: Unknown method: 'q'
print(issubclass(st.StatisticsError, ValueError), repr(st.StatisticsError('x')), st.LinearRegression(1, 2))  # expect: True StatisticsError('x') LinearRegression(slope=1, intercept=2)
import math
print(math.sumprod([0.1] * 10, [0.1] * 10), math.sumprod([1, 2 ** 62], [2 ** 62, 4]), math.sumprod([1.5, 2, F(1, 2)], [True, 3.0, 2]))  # expect: 0.1 23058430092136939520 8.5
print(math.sumprod([1e308, 1e308, -1e308], [10.0, 1.0, 10.0]), math.sumprod([2 ** 1100, 3], [1, 1]), math.sumprod([], []))  # expect: nan 13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165379 0
