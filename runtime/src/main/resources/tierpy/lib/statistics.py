"""Basic statistics (the API of CPython's Lib/statistics.py, without NormalDist, kde and Decimal).

Like CPython, mean, variance and friends add the data exactly (as fractions) and round once
when converting to the result type, so their results are the same floats CPython gives.
"""

import math
from bisect import bisect_left, bisect_right
from collections import Counter, namedtuple
from fractions import Fraction
from itertools import count, groupby

__all__ = [
    'StatisticsError', 'correlation', 'covariance', 'fmean', 'geometric_mean',
    'harmonic_mean', 'linear_regression', 'mean', 'median', 'median_grouped',
    'median_high', 'median_low', 'mode', 'multimode', 'pstdev', 'pvariance',
    'quantiles', 'stdev', 'variance',
]


class StatisticsError(ValueError):
    pass


# --- exact arithmetic helpers ---

def _exact_ratio(x):
    """(numerator, denominator) of x, or (x, None) for an infinite or NaN float."""
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError(f"can't convert type '{type(x).__name__}' to numerator/denominator")


def _result_type(T, S):
    """The type a mix of T and S values is reported in: int gives way to anything,
    a subclass wins over its base, float wins over Fraction."""
    if T is S or S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    if issubclass(T, Fraction) and issubclass(S, float):
        return S
    if issubclass(T, float) and issubclass(S, Fraction):
        return T
    raise TypeError("don't know how to coerce %s and %s" % (T.__name__, S.__name__))


def _types_and_ratios(data, types):
    """The exact ratios of data, recording each value's type in the set types."""
    last = None
    for x in data:
        typ = type(x)
        if typ is not last:
            types.add(typ)
            last = typ
        yield _exact_ratio(x)


def _result_type_of(types):
    T = int
    for S in types:
        T = _result_type(T, S)
    return T


def _sum(data):
    """(result type, exact sum, count). Numerators are added per denominator; an
    infinity or NaN makes the sum that float."""
    types = set()
    by_denominator = {}
    n = 0
    for num, den in _types_and_ratios(data, types):
        n += 1
        by_denominator[den] = by_denominator.get(den, 0) + num
    if None in by_denominator:
        total = by_denominator[None]
    else:
        total = sum(Fraction(num, den) for den, num in by_denominator.items())
    return _result_type_of(types), total, n


def _sum_of_squares(data, center=None):
    """(result type, sum of squared deviations, center, count), exact unless infinite."""
    if center is not None:
        T, total, n = _sum((d := x - center) * d for x in data)
        return T, total, center, n
    types = set()
    sums = {}
    squares = {}
    n = 0
    for num, den in _types_and_ratios(data, types):
        n += 1
        sums[den] = sums.get(den, 0) + num
        squares[den] = squares.get(den, 0) + num * num
    if not n:
        ss = center = Fraction(0)
    elif None in sums:
        ss = center = sums[None]
    else:
        sx = sum(Fraction(num, den) for den, num in sums.items())
        sxx = sum(Fraction(num, den * den) for den, num in squares.items())
        # n*sum(x^2) - sum(x)^2 cancels badly in floats, but these are exact.
        ss = (n * sxx - sx * sx) / n
        center = sx / n
    return _result_type_of(types), ss, center, n


def _convert(value, T):
    """value as a T; a non-integral value for an int type becomes a float."""
    if type(value) is T:
        return value
    if issubclass(T, int) and value.denominator != 1:
        T = float
    return T(value)


def _sqrt_of_fraction(n, m):
    """sqrt(n/m) as a correctly rounded float."""
    # Scale n/m by 4**shift so its integer square root has 56 bits; rounding that root
    # to odd (setting the last bit when inexact) keeps the final rounding to 53 bits exact.
    shift = (112 - n.bit_length() + m.bit_length()) // 2
    if shift >= 0:
        n <<= 2 * shift
    else:
        m <<= -2 * shift
    root = math.isqrt(n // m)
    if root * root * m != n:
        root |= 1
    if shift >= 0:
        return root / (1 << shift)
    return float(root << -shift)


def _reject_negative(values, message):
    for x in values:
        if x < 0:
            raise StatisticsError(message)
        yield x


# --- averages ---

def mean(data):
    """Return the sample arithmetic mean of data."""
    T, total, n = _sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    return _convert(total / n, T)


def fmean(data, weights=None):
    """Convert data to floats and compute the (optionally weighted) arithmetic mean."""
    if weights is None:
        try:
            n = len(data)
        except TypeError:
            n = 0

            def counted(iterable):
                nonlocal n
                for n, x in enumerate(iterable, 1):
                    yield x
            data = counted(data)
        total = math.fsum(data)
        if not n:
            raise StatisticsError('fmean requires at least one data point')
        return total / n
    if not isinstance(weights, (list, tuple)):
        weights = list(weights)
    try:
        weighted = math.sumprod(data, weights)
    except ValueError:
        raise StatisticsError('data and weights must be the same length')
    total_weight = math.fsum(weights)
    if not total_weight:
        raise StatisticsError('sum of weights must be non-zero')
    return weighted / total_weight


def geometric_mean(data):
    """Convert data to floats and compute the geometric mean."""
    n = 0
    zero_seen = False
    logs = []
    for n, x in enumerate(data, 1):
        if x > 0.0 or math.isnan(x):
            logs.append(math.log(x))
        elif x == 0.0:
            zero_seen = True
        else:
            raise StatisticsError('No negative inputs allowed', x)
    log_sum = math.fsum(logs)
    if not n:
        raise StatisticsError('Must have a non-empty dataset')
    if math.isnan(log_sum):
        return math.nan
    if zero_seen:
        return math.nan if log_sum == math.inf else 0.0
    return math.exp(log_sum / n)


def harmonic_mean(data, weights=None):
    """Return the (optionally weighted) harmonic mean of data."""
    if iter(data) is data:
        data = list(data)
    negative = 'harmonic mean does not support negative values'
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if n == 1 and weights is None:
        x = data[0]
        if not isinstance(x, (int, float, Fraction)):
            raise TypeError('unsupported type')
        if x < 0:
            raise StatisticsError(negative)
        return x
    if weights is None:
        weights = [1] * n
        total_weight = n
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        total_weight = _sum(_reject_negative(weights, negative))[1]
    try:
        T, reciprocals, _ = _sum(w / x if w else 0
                                 for w, x in zip(weights, _reject_negative(data, negative)))
    except ZeroDivisionError:
        return 0
    if reciprocals <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _convert(total_weight / reciprocals, T)


def median(data):
    """Return the median (middle value) of numeric data, averaging the middle two."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    half = n // 2
    if n % 2:
        return data[half]
    return (data[half - 1] + data[half]) / 2


def median_low(data):
    """Return the low median of data."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[(n - 1) // 2]


def median_high(data):
    """Return the high median of data."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[n // 2]


def median_grouped(data, interval=1.0):
    """Estimate the median of grouped data, interpolating within the median class."""
    data = sorted(data)
    n = len(data)
    if not n:
        raise StatisticsError('no median for empty data')
    middle = data[n // 2]
    below = bisect_left(data, middle)
    upto = bisect_right(data, middle, lo=below)
    try:
        interval = float(interval)
        middle = float(middle)
    except ValueError:
        raise TypeError('Value cannot be converted to a float')
    lower_limit = middle - interval / 2.0
    return lower_limit + interval * (n / 2 - below) / (upto - below)


def mode(data):
    """Return the most common data point; the first one seen on ties."""
    pairs = Counter(iter(data)).most_common(1)
    if not pairs:
        raise StatisticsError('no mode for empty data')
    return pairs[0][0]


def multimode(data):
    """Return the list of the most common values, in order of first appearance."""
    counts = Counter(iter(data))
    if not counts:
        return []
    top = max(counts.values())
    return [value for value, c in counts.items() if c == top]


def quantiles(data, *, n=4, method='exclusive'):
    """Divide data into n continuous intervals with equal probability; return the
    n - 1 cut points."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    size = len(data)
    if size < 2:
        if size == 1:
            return data * (n - 1)
        raise StatisticsError('must have at least one data point')
    if method == 'inclusive':
        cuts = []
        for i in range(1, n):
            j, delta = divmod(i * (size - 1), n)
            cuts.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return cuts
    if method == 'exclusive':
        cuts = []
        for i in range(1, n):
            j = min(max(i * (size + 1) // n, 1), size - 1)
            delta = i * (size + 1) - j * n
            cuts.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return cuts
    raise ValueError(f'Unknown method: {method!r}')


# --- spread ---

def variance(data, xbar=None):
    """Return the sample variance of data."""
    T, ss, _, n = _sum_of_squares(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _convert(ss / (n - 1), T)


def pvariance(data, mu=None):
    """Return the population variance of data."""
    T, ss, _, n = _sum_of_squares(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _convert(ss / n, T)


def stdev(data, xbar=None):
    """Return the square root of the sample variance."""
    T, ss, _, n = _sum_of_squares(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    mss = ss / (n - 1)
    return _sqrt_of_fraction(mss.numerator, mss.denominator)


def pstdev(data, mu=None):
    """Return the square root of the population variance."""
    T, ss, _, n = _sum_of_squares(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    mss = ss / n
    return _sqrt_of_fraction(mss.numerator, mss.denominator)


# --- relations between two inputs ---

def _sqrt_product(x, y):
    """sqrt(x * y) with a correction step, scaling to avoid overflow and underflow."""
    h = math.sqrt(x * y)
    if not math.isfinite(h):
        if math.isinf(h) and not math.isinf(x) and not math.isinf(y):
            scale = 2.0 ** -512
            return _sqrt_product(scale * x, scale * y) / scale
        return h
    if not h:
        if x and y:
            scale = 2.0 ** 537
            return _sqrt_product(scale * x, scale * y) / scale
        return h
    return h + math.sumprod((x, h), (y, -h)) / (2.0 * h)


def _ranks(data, start):
    """Ranks of data counted from start; tied values share their average rank."""
    ordered = sorted(zip(data, count()))
    ranks = [0] * len(ordered)
    position = start - 1
    for _, group in groupby(ordered, key=lambda pair: pair[0]):
        group = list(group)
        rank = position + (len(group) + 1) / 2
        for _, original in group:
            ranks[original] = rank
        position += len(group)
    return ranks


def _check_pair(x, y, what):
    n = len(x)
    if len(y) != n:
        raise StatisticsError(f'{what} requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError(f'{what} requires at least two data points')
    return n


def covariance(x, y, /):
    """Return the sample covariance of x and y."""
    n = _check_pair(x, y, 'covariance')
    xbar = math.fsum(x) / n
    ybar = math.fsum(y) / n
    return math.sumprod((xi - xbar for xi in x), (yi - ybar for yi in y)) / (n - 1)


def correlation(x, y, /, *, method='linear'):
    """Pearson's (method='linear') or Spearman's (method='ranked') correlation coefficient."""
    n = _check_pair(x, y, 'correlation')
    if method not in {'linear', 'ranked'}:
        raise ValueError(f'Unknown method: {method!r}')
    if method == 'ranked':
        start = (n - 1) / -2
        x = _ranks(x, start)
        y = _ranks(y, start)
    else:
        xbar = math.fsum(x) / n
        ybar = math.fsum(y) / n
        x = [xi - xbar for xi in x]
        y = [yi - ybar for yi in y]
    try:
        return math.sumprod(x, y) / _sqrt_product(math.sumprod(x, x), math.sumprod(y, y))
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'))


def linear_regression(x, y, /, *, proportional=False):
    """Slope and intercept of the ordinary least squares line through (x, y)."""
    n = _check_pair(x, y, 'linear regression')
    if not proportional:
        xbar = math.fsum(x) / n
        ybar = math.fsum(y) / n
        x = [xi - xbar for xi in x]
        y = [yi - ybar for yi in y]
    sxy = math.sumprod(x, y) + 0.0
    sxx = math.sumprod(x, x)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)
