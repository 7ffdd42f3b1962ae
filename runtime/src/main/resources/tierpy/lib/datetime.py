"""Basic date and time types (the common API of CPython's datetime module).

Local time comes from time.localtime(); a naive datetime's timestamp() assumes the
offset time.timezone. strptime() knows the C locale's names and, for %Z, only UTC and GMT.
"""

# CPython implements this module in C: its functions leave no traceback entries.
__tierpy_c_module__ = True

import math as _math
import operator as _operator
import time as _time

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999
_MAX_DELTA_DAYS = 999999999
_US_PER_DAY = 86400 * 10 ** 6
_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTH_NAMES = ("", "January", "February", "March", "April", "May", "June", "July",
                "August", "September", "October", "November", "December")


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    return 29 if month == 2 and _is_leap(year) else _DAYS_IN_MONTH[month]


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _ymd_to_ordinal(year, month, day):
    return (_days_before_year(year) + _DAYS_BEFORE_MONTH[month]
            + (month > 2 and _is_leap(year)) + day)


_MAX_ORDINAL = _ymd_to_ordinal(MAXYEAR, 12, 31)


def _ordinal_to_ymd(n):
    """(year, month, day) of proleptic Gregorian ordinal n (1 is 0001-01-01)."""
    n -= 1
    cycles400, n = divmod(n, 146097)
    cycles100, n = divmod(n, 36524)
    cycles4, n = divmod(n, 1461)
    years, n = divmod(n, 365)
    year = cycles400 * 400 + cycles100 * 100 + cycles4 * 4 + years + 1
    if years == 4 or cycles100 == 4:
        return year - 1, 12, 31
    leap = years == 3 and (cycles4 != 24 or cycles100 == 3)
    month = (n + 50) >> 5
    before = _DAYS_BEFORE_MONTH[month] + (month > 2 and leap)
    if before > n:
        month -= 1
        before -= _DAYS_IN_MONTH[month] + (month == 2 and leap)
    return year, month, n - before + 1


def _int_field(value):
    if isinstance(value, int):
        return int(value)
    if not hasattr(type(value), '__index__'):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
    return value.__index__()


def _check_date(year, month, day):
    year, month, day = _int_field(year), _int_field(month), _int_field(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year must be in %d..%d, not %d" % (MINYEAR, MAXYEAR, year))
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12, not %d" % month)
    last = _days_in_month(year, month)
    if not 1 <= day <= last:
        raise ValueError("day %d must be in range 1..%d for month %d in year %d"
                         % (day, last, month, year))
    return year, month, day


def _check_time(hour, minute, second, microsecond, fold):
    fields = []
    for name, value, top in (("hour", hour, 23), ("minute", minute, 59),
                             ("second", second, 59), ("microsecond", microsecond, 999999)):
        value = _int_field(value)
        if not 0 <= value <= top:
            raise ValueError("%s must be in 0..%d, not %d" % (name, top, value))
        fields.append(value)
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1, not %d" % fold)
    return fields


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % type(tz).__name__)


def _type_repr_name(obj, base):
    return 'datetime.' + base.__name__ if type(obj) is base else type(obj).__name__


def _round_half_even_div(a, b):
    q, r = divmod(a, b)
    # r carries b's sign, so compare magnitudes
    twice = abs(2 * r)
    if twice > abs(b) or (twice == abs(b) and q & 1):
        q += 1
    return q


def _c_round(x):
    """C's round(): halves away from zero."""
    return _math.copysign(_math.floor(abs(x) + 0.5), x)


def _format_offset(offset, sep=':'):
    """'+HH:MM[:SS[.ffffff]]' of a timedelta offset, or '' for None."""
    if offset is None:
        return ''
    sign = '+'
    if offset.days < 0:
        sign = '-'
        offset = -offset
    minutes, seconds = divmod(offset.seconds, 60)
    hours, minutes = divmod(minutes, 60)
    text = '%s%02d%s%02d' % (sign, hours, sep, minutes)
    if seconds or offset.microseconds:
        text += '%s%02d' % (sep, seconds)
        if offset.microseconds:
            text += '.%06d' % offset.microseconds
    return text


def _check_offset(name, offset):
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (name, type(offset).__name__))
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) "
                         "and timedelta(hours=24), not %r." % offset)
    return offset


def _format_time(hour, minute, second, microsecond, timespec):
    if timespec == 'auto':
        timespec = 'microseconds' if microsecond else 'seconds'
    elif timespec == 'milliseconds':
        microsecond //= 1000
    formats = {'hours': '%02d', 'minutes': '%02d:%02d', 'seconds': '%02d:%02d:%02d',
               'milliseconds': '%02d:%02d:%02d.%03d', 'microseconds': '%02d:%02d:%02d.%06d'}
    if timespec not in formats:
        raise ValueError('Unknown timespec value')
    return formats[timespec] % (hour, minute, second, microsecond)[:formats[timespec].count('%')]


def _strftime(fmt, dt, tm):
    """strftime as glibc does it for the common directives; others are copied as they are."""
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(fmt).__name__)
    year, month, day, hour, minute, second, wday, yday = tm[:8]
    out = []
    i = 0
    while i < len(fmt):
        c = fmt[i]
        if c != '%' or i + 1 == len(fmt):
            out.append(c)
            i += 1
            continue
        d = fmt[i + 1]
        i += 2
        if d == 'Y':
            out.append(str(year))
        elif d == 'y':
            out.append('%02d' % (year % 100))
        elif d == 'm':
            out.append('%02d' % month)
        elif d == 'd':
            out.append('%02d' % day)
        elif d == 'e':
            out.append('%2d' % day)
        elif d == 'H':
            out.append('%02d' % hour)
        elif d == 'I':
            out.append('%02d' % (hour % 12 or 12))
        elif d == 'M':
            out.append('%02d' % minute)
        elif d == 'S':
            out.append('%02d' % second)
        elif d == 'f':
            out.append('%06d' % getattr(dt, 'microsecond', 0))
        elif d == 'p':
            out.append('AM' if hour < 12 else 'PM')
        elif d == 'a':
            out.append(_DAY_NAMES[wday][:3])
        elif d == 'A':
            out.append(_DAY_NAMES[wday])
        elif d in 'bh':
            out.append(_MONTH_NAMES[month][:3])
        elif d == 'B':
            out.append(_MONTH_NAMES[month])
        elif d == 'j':
            out.append('%03d' % yday)
        elif d == 'w':
            out.append(str((wday + 1) % 7))
        elif d == 'u':
            out.append(str(wday + 1))
        elif d == 'U':
            out.append('%02d' % ((yday + 6 - (wday + 1) % 7) // 7))
        elif d == 'W':
            out.append('%02d' % ((yday + 6 - wday) // 7))
        elif d in 'GV':
            iso = date(year, month, day).isocalendar()
            out.append(str(iso[0]) if d == 'G' else '%02d' % iso[1])
        elif d == 'c':
            out.append('%s %s %2d %02d:%02d:%02d %d' % (_DAY_NAMES[wday][:3], _MONTH_NAMES[month][:3],
                                                        day, hour, minute, second, year))
        elif d == 'x':
            out.append('%02d/%02d/%02d' % (month, day, year % 100))
        elif d == 'X':
            out.append('%02d:%02d:%02d' % (hour, minute, second))
        elif d == 'D':
            out.append('%02d/%02d/%02d' % (month, day, year % 100))
        elif d == 'F':
            out.append('%d-%02d-%02d' % (year, month, day))
        elif d == 'T':
            out.append('%02d:%02d:%02d' % (hour, minute, second))
        elif d == 'R':
            out.append('%02d:%02d' % (hour, minute))
        elif d == 'z':
            out.append(_format_offset(dt.utcoffset() if hasattr(dt, 'utcoffset') else None, ''))
        elif d == ':' and fmt[i:i + 1] == 'z':
            i += 1
            out.append(_format_offset(dt.utcoffset() if hasattr(dt, 'utcoffset') else None))
        elif d == 'Z':
            name = dt.tzname() if hasattr(dt, 'tzname') else None
            out.append(name.replace('%', '%%') if name else '')
        elif d == 'n':
            out.append('\n')
        elif d == 't':
            out.append('\t')
        elif d == '%':
            out.append('%')
        else:
            out.append('%' + d)
    return ''.join(out)


class struct_time(tuple):
    """The time.struct_time that timetuple() returns."""

    _fields = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec',
               'tm_wday', 'tm_yday', 'tm_isdst')

    def __repr__(self):
        return 'time.struct_time(%s)' % ', '.join(
            '%s=%r' % pair for pair in zip(self._fields, self))

    def __getattr__(self, name):
        try:
            return self[self._fields.index(name)]
        except ValueError:
            raise AttributeError(name) from None


def _time_tuple(year, month, day, hour, minute, second, dst):
    wday = (_ymd_to_ordinal(year, month, day) + 6) % 7
    yday = _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year)) + day
    return struct_time((year, month, day, hour, minute, second, wday, yday, dst))


class timedelta:
    """Difference between two datetime values, normalized to days, seconds (0..86399)
    and microseconds (0..999999)."""

    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0,
                weeks=0):
        # Sum exactly in microseconds; fractional parts of floats are carried as a float
        # and rounded once at the end, as delta_new does.
        total = 0
        leftover = 0.0
        for name, value, factor in (("microseconds", microseconds, 1),
                                    ("milliseconds", milliseconds, 1000),
                                    ("seconds", seconds, 10 ** 6),
                                    ("minutes", minutes, 60 * 10 ** 6),
                                    ("hours", hours, 3600 * 10 ** 6),
                                    ("days", days, _US_PER_DAY),
                                    ("weeks", weeks, 7 * _US_PER_DAY)):
            if isinstance(value, int):
                total += value * factor
            elif isinstance(value, float):
                fraction, whole = _math.modf(value)
                total += int(whole) * factor
                if fraction:
                    fraction, whole = _math.modf(factor * fraction)
                    total += int(whole)
                    leftover += fraction
            else:
                raise TypeError("unsupported type for timedelta %s component: %s"
                                % (name, type(value).__name__))
        if leftover:
            whole = _c_round(leftover)
            if abs(whole - leftover) == 0.5:
                # a tie: round half to even with respect to the total
                odd = total & 1
                whole = 2.0 * _c_round((leftover + odd) * 0.5) - odd
            total += int(whole)
        return cls._from_microseconds(total)

    @classmethod
    def _from_microseconds(cls, us):
        seconds, us = divmod(us, 10 ** 6)
        days, seconds = divmod(seconds, 86400)
        if abs(days) > _MAX_DELTA_DAYS:
            raise OverflowError("days=%d; must have magnitude <= %d" % (days, _MAX_DELTA_DAYS))
        self = object.__new__(cls)
        self._days = days
        self._seconds = seconds
        self._microseconds = us
        self._hashcode = -1
        return self

    def _to_microseconds(self):
        return (self._days * 86400 + self._seconds) * 10 ** 6 + self._microseconds

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def total_seconds(self):
        return self._to_microseconds() / 10 ** 6

    def __repr__(self):
        parts = []
        if self._days:
            parts.append("days=%d" % self._days)
        if self._seconds:
            parts.append("seconds=%d" % self._seconds)
        if self._microseconds:
            parts.append("microseconds=%d" % self._microseconds)
        return "%s(%s)" % (_type_repr_name(self, timedelta), ', '.join(parts) or '0')

    def __str__(self):
        minutes, seconds = divmod(self._seconds, 60)
        hours, minutes = divmod(minutes, 60)
        text = "%d:%02d:%02d" % (hours, minutes, seconds)
        if self._days:
            text = "%d day%s, %s" % (self._days, "" if abs(self._days) == 1 else "s", text)
        if self._microseconds:
            text += ".%06d" % self._microseconds
        return text

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds() + other._to_microseconds())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds() - other._to_microseconds())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return other - self
        return NotImplemented

    def __neg__(self):
        return timedelta._from_microseconds(-self._to_microseconds())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_microseconds(self._to_microseconds() * other)
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            return timedelta._from_microseconds(
                _round_half_even_div(self._to_microseconds() * num, den))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._to_microseconds() // other._to_microseconds()
        if isinstance(other, int):
            return timedelta._from_microseconds(self._to_microseconds() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._to_microseconds() / other._to_microseconds()
        if isinstance(other, int):
            return timedelta._from_microseconds(_round_half_even_div(self._to_microseconds(), other))
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            return timedelta._from_microseconds(
                _round_half_even_div(den * self._to_microseconds(), num))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds() % other._to_microseconds())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_microseconds(), other._to_microseconds())
            return q, timedelta._from_microseconds(r)
        return NotImplemented

    def _key(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._key() == other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._key())
        return self._hashcode

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (type(self), self._key())


timedelta.min = timedelta(-_MAX_DELTA_DAYS)
timedelta.max = timedelta(_MAX_DELTA_DAYS, 86399, 999999)
timedelta.resolution = timedelta(microseconds=1)


class date:
    """date(year, month, day) --> date object"""

    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, year, month, day):
        year, month, day = _check_date(year, month, day)
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        self._hashcode = -1
        return self

    @classmethod
    def fromtimestamp(cls, t):
        """Construct a date from a POSIX timestamp (like time.time())."""
        y, m, d = _time.localtime(_timestamp_seconds(t))[:3]
        return cls(y, m, d)

    @classmethod
    def today(cls):
        """Current date or datetime:  same as self.__class__.fromtimestamp(time.time())."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        """Construct a date from a proleptic Gregorian ordinal (January 1 of year 1 is day 1)."""
        n = _int_field(n)
        if not 1 <= n <= _MAX_ORDINAL:
            raise ValueError("ordinal must be >= 1")
        return cls(*_ordinal_to_ymd(n))

    @classmethod
    def fromisoformat(cls, date_string):
        """Construct a date from a string in ISO 8601 format."""
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        ymd = _parse_iso_date(date_string)
        if ymd is None:
            raise ValueError('Invalid isoformat string: %r' % date_string)
        return cls(*ymd)

    @classmethod
    def strptime(cls, date_string, format):
        """string, format -> new date parsed from a string (like time.strptime())."""
        return cls(*_strptime(date_string, format)[:3])

    @classmethod
    def fromisocalendar(cls, year, week, day):
        """Construct a date from the ISO year, week number and weekday."""
        return cls(*_iso_to_ymd(year, week, day))

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_type_repr_name(self, date), self._year, self._month, self._day)

    def isoformat(self):
        """Return string in ISO 8601 format, YYYY-MM-DD."""
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    __str__ = isoformat

    def ctime(self):
        """Return ctime() style string."""
        return "%s %s %2d 00:00:00 %04d" % (_DAY_NAMES[self.weekday()][:3],
                                            _MONTH_NAMES[self._month][:3], self._day, self._year)

    def strftime(self, format):
        """Format using strftime()."""
        return _strftime(format, self, self.timetuple())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        return self.strftime(fmt) if fmt else str(self)

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def timetuple(self):
        """Return time tuple, compatible with time.localtime()."""
        return _time_tuple(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        """Return proleptic Gregorian ordinal.  January 1 of year 1 is day 1."""
        return _ymd_to_ordinal(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        """Return date with new specified fields."""
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day)

    __replace__ = replace

    def _date_key(self):
        return (self._year, self._month, self._day)

    def _comparable(self, other):
        # a date and a datetime never compare equal and cannot be ordered
        return isinstance(other, date) and not isinstance(other, datetime)

    def __eq__(self, other):
        if isinstance(other, datetime):
            return NotImplemented if isinstance(self, datetime) else False
        if isinstance(other, date):
            return self._date_key() == other._date_key()
        return NotImplemented

    def __lt__(self, other):
        if self._comparable(other):
            return self._date_key() < other._date_key()
        return NotImplemented

    def __le__(self, other):
        if self._comparable(other):
            return self._date_key() <= other._date_key()
        return NotImplemented

    def __gt__(self, other):
        if self._comparable(other):
            return self._date_key() > other._date_key()
        return NotImplemented

    def __ge__(self, other):
        if self._comparable(other):
            return self._date_key() >= other._date_key()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._date_key())
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other.days
            if 0 < n <= _MAX_ORDINAL:
                return type(self).fromordinal(n)
            raise OverflowError("date value out of range")
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def weekday(self):
        """Return day of the week, where Monday == 0 ... Sunday == 6."""
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        """Return day of the week, where Monday == 1 ... Sunday == 7."""
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        """Return a named tuple containing ISO year, week number, and weekday."""
        year = self._year
        ordinal = self.toordinal()
        first_monday = _iso_week1_monday(year)
        week, day = divmod(ordinal - first_monday, 7)
        if week < 0:
            year -= 1
            week, day = divmod(ordinal - _iso_week1_monday(year), 7)
        elif week >= 52 and ordinal >= _iso_week1_monday(year + 1):
            year += 1
            week = 0
        return IsoCalendarDate(year, week + 1, day + 1)

    def __reduce__(self):
        return (type(self), self._date_key())


class IsoCalendarDate(tuple):
    def __new__(cls, year, week, weekday, /):
        return super().__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return 'datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)' % self

    def __reduce__(self):
        return (tuple, (tuple(self),))


def _iso_week1_monday(year):
    first = _days_before_year(year) + 1
    weekday = (first + 6) % 7
    monday = first - weekday
    if weekday > 3:
        monday += 7
    return monday


def _iso_to_ymd(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year must be in %d..%d, not %d" % (MINYEAR, MAXYEAR, year))
    if not 0 < week < 53:
        long_year = week == 53 and (
            (_days_before_year(year) + 1) % 7 == 4
            or ((_days_before_year(year) + 1) % 7 == 3 and _is_leap(year)))
        if not long_year:
            raise ValueError("Invalid week: %d" % week)
    if not 0 < day < 8:
        raise ValueError("Invalid weekday: %d (range is [1, 7])" % day)
    return _ordinal_to_ymd(_iso_week1_monday(year) + (week - 1) * 7 + day - 1)


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class tzinfo:
    """Abstract base class for time zone info objects."""

    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError("tzinfo subclass must override tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("tzinfo subclass must override utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("tzinfo subclass must override dst()")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() requires a datetime argument")
        if dt.tzinfo is not self:
            raise ValueError("dt.tzinfo is not self")
        offset = dt.utcoffset()
        if offset is None:
            raise ValueError("fromutc() requires a non-None utcoffset() result")
        delta = dt.dst()
        if delta is None:
            raise ValueError("fromutc() requires a non-None dst() result")
        dt += offset - delta
        delta = dt.dst()
        return dt + delta if delta else dt


class _ComparedByKey:
    """Comparisons and hash of time and datetime through _compare_key(): (microseconds, aware).
    Naive and aware values are never equal and cannot be ordered."""

    __slots__ = ()

    def _compare(self, other, op, equality):
        if not isinstance(other, self._compared_type):
            return NotImplemented
        mine, aware = self._compare_key()
        theirs, other_aware = other._compare_key()
        if aware != other_aware:
            if equality:
                return op(0, 1)
            raise TypeError("can't compare offset-naive and offset-aware %ss"
                            % self._compared_type.__name__)
        return op(mine, theirs)

    def __eq__(self, other):
        return self._compare(other, _operator.eq, True)

    def __lt__(self, other):
        return self._compare(other, _operator.lt, False)

    def __le__(self, other):
        return self._compare(other, _operator.le, False)

    def __gt__(self, other):
        return self._compare(other, _operator.gt, False)

    def __ge__(self, other):
        return self._compare(other, _operator.ge, False)

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._compare_key()[0])
        return self._hashcode


class time(_ComparedByKey):
    """time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object"""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold', '_hashcode')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        fields = _check_time(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour, self._minute, self._second, self._microsecond = fields
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_offset("utcoffset", self._tzinfo.utcoffset(None))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_offset("dst", self._tzinfo.dst(None))

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(None)

    def _compare_key(self):
        offset = self.utcoffset()
        us = ((self._hour * 60 + self._minute) * 60 + self._second) * 10 ** 6 + self._microsecond
        return us - (offset._to_microseconds() if offset is not None else 0), offset is not None

    def __repr__(self):
        fields = [self._hour, self._minute, self._second, self._microsecond]
        while len(fields) > 2 and fields[-1] == 0:
            fields.pop()
        text = "%s(%s" % (_type_repr_name(self, time), ', '.join(map(str, fields)))
        if self._tzinfo is not None:
            text += ", tzinfo=%r" % self._tzinfo
        if self._fold:
            text += ", fold=1"
        return text + ")"

    def isoformat(self, timespec='auto'):
        """Return the time formatted according to ISO: HH:MM:SS[.ffffff][+HH:MM]."""
        return (_format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
                + _format_offset(self.utcoffset()))

    __str__ = isoformat

    @classmethod
    def fromisoformat(cls, time_string):
        """Construct a time from a string in one of the ISO 8601 formats."""
        if not isinstance(time_string, str):
            raise TypeError('fromisoformat: argument must be str')
        parsed = _parse_iso_time(time_string[1:] if time_string[:1] == 'T' else time_string)
        if parsed is None:
            raise ValueError('Invalid isoformat string: %r' % time_string)
        return cls(*parsed)

    @classmethod
    def strptime(cls, date_string, format):
        """string, format -> new time parsed from a string (like time.strptime())."""
        return cls(*_strptime(date_string, format)[3:])

    def strftime(self, format):
        """Format using strftime(); the date part is 1900-01-01."""
        return _strftime(format, self, _time_tuple(1900, 1, 1, self._hour, self._minute,
                                                   self._second, -1))

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        return self.strftime(fmt) if fmt else str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True,
                *, fold=None):
        """Return time with new specified fields."""
        return type(self)(self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    __replace__ = replace

    def __reduce__(self):
        return (type(self), (self._hour, self._minute, self._second, self._microsecond,
                             self._tzinfo))


time._compared_type = time
time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


class datetime(_ComparedByKey, date):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])"""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, year, month, day, hour=0, minute=0, second=0, microsecond=0,
                tzinfo=None, *, fold=0):
        year, month, day = _check_date(year, month, day)
        fields = _check_time(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        self._hour, self._minute, self._second, self._microsecond = fields
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    hour = time.hour
    minute = time.minute
    second = time.second
    microsecond = time.microsecond
    tzinfo = time.tzinfo
    fold = time.fold

    @classmethod
    def _from_local_seconds(cls, seconds, us, tz):
        if tz is None:
            y, m, d, hh, mm, ss = _time.localtime(seconds)[:6]
            return cls(y, m, d, hh, mm, min(ss, 59), us)
        y, m, d, hh, mm, ss = _time.gmtime(seconds)[:6]
        return tz.fromutc(cls(y, m, d, hh, mm, ss, us, tz))

    @classmethod
    def fromtimestamp(cls, timestamp, tz=None):
        """timestamp[, tz] -> tz's local time from POSIX timestamp."""
        _check_tzinfo(tz)
        seconds, us = _split_timestamp(timestamp)
        return cls._from_local_seconds(seconds, us, tz)

    @classmethod
    def utcfromtimestamp(cls, t):
        """Construct a naive UTC datetime from a POSIX timestamp."""
        import warnings
        warnings.warn("datetime.datetime.utcfromtimestamp() is deprecated and scheduled for "
                      "removal in a future version. Use timezone-aware objects to represent "
                      "datetimes in UTC: datetime.datetime.fromtimestamp(t, datetime.UTC).",
                      DeprecationWarning, stacklevel=2)
        seconds, us = _split_timestamp(t)
        y, m, d, hh, mm, ss = _time.gmtime(seconds)[:6]
        return cls(y, m, d, hh, mm, ss, us)

    @classmethod
    def now(cls, tz=None):
        """Returns new datetime object representing current time local to tz."""
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        """Return a new datetime representing UTC day and time."""
        import warnings
        warnings.warn("datetime.datetime.utcnow() is deprecated and scheduled for removal in a "
                      "future version. Use timezone-aware objects to represent datetimes in "
                      "UTC: datetime.datetime.now(datetime.UTC).", DeprecationWarning, stacklevel=2)
        seconds, us = _split_timestamp(_time.time())
        y, m, d, hh, mm, ss = _time.gmtime(seconds)[:6]
        return cls(y, m, d, hh, mm, ss, us)

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        """Construct a datetime from a given date and a given time."""
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not %s"
                            % type(date).__name__)
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not %s"
                            % type(time).__name__)
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, time.tzinfo if tzinfo is True else tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        """Construct a datetime from a string in one of the ISO 8601 formats."""
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        text = date_string
        # the date part is the longest of its ISO forms that parses and ends before a non-digit
        for split in (10, 8, 7):
            ymd = _parse_iso_date(text[:split])
            if ymd is not None and (len(text) == split or not text[split].isdigit()):
                break
        else:
            raise ValueError('Invalid isoformat string: %r' % date_string)
        rest = text[split:]
        fields = (0, 0, 0, 0, None)
        if rest:
            parsed = _parse_iso_time(rest[1:]) if len(rest) > 1 else None
            if parsed is None:
                raise ValueError('Invalid isoformat string: %r' % date_string)
            fields = parsed
        hour = fields[0]
        if hour == 24:
            # 24:00 is midnight at the end of the day
            if any(fields[1:4]):
                raise ValueError("minute, second, and microsecond must be 0 when hour is 24")
            return cls(*ymd, 0, 0, 0, 0, fields[4]) + timedelta(days=1)
        return cls(*ymd, *fields)

    @classmethod
    def strptime(cls, date_string, format):
        """string, format -> new datetime parsed from a string (like time.strptime())."""
        return cls(*_strptime(date_string, format))

    def timetuple(self):
        """Return time tuple, compatible with time.localtime()."""
        dst = self.dst()
        flag = -1 if dst is None else int(bool(dst))
        return _time_tuple(self._year, self._month, self._day, self._hour, self._minute,
                           self._second, flag)

    def utctimetuple(self):
        """Return UTC time tuple, compatible with time.localtime()."""
        offset = self.utcoffset()
        value = self - offset if offset else self
        return _time_tuple(value.year, value.month, value.day, value.hour, value.minute,
                           value.second, 0)

    def timestamp(self):
        """Return POSIX timestamp as float."""
        if self._tzinfo is None:
            local = (self.replace(tzinfo=timezone(timedelta(seconds=-_time.timezone))))
            return (local - _EPOCH).total_seconds()
        return (self - _EPOCH).total_seconds()

    def date(self):
        """Return date object with same year, month and day."""
        return date(self._year, self._month, self._day)

    def time(self):
        """Return time object with same time but with tzinfo=None."""
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        """Return time object with same time and tzinfo."""
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo,
                    fold=self._fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        """Return datetime with new specified fields."""
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day,
                          self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    __replace__ = replace

    def astimezone(self, tz=None):
        """Convert to local time in new timezone tz."""
        _check_tzinfo(tz)
        if tz is None:
            tz = _local_timezone()
        offset = self.utcoffset()
        if offset is None:
            offset = _local_timezone().utcoffset(self)
        utc = (self - offset).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def ctime(self):
        """Return ctime() style string."""
        return "%s %s %2d %02d:%02d:%02d %04d" % (
            _DAY_NAMES[self.weekday()][:3], _MONTH_NAMES[self._month][:3], self._day,
            self._hour, self._minute, self._second, self._year)

    def isoformat(self, sep='T', timespec='auto'):
        """[sep] -> string in ISO 8601 format, YYYY-MM-DDT[HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM]."""
        return ("%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep)
                + _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
                + _format_offset(self.utcoffset()))

    def __str__(self):
        return self.isoformat(sep=' ')

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour, self._minute, self._second,
                  self._microsecond]
        while len(fields) > 5 and fields[-1] == 0:
            fields.pop()
        text = "%s(%s" % (_type_repr_name(self, datetime), ', '.join(map(str, fields)))
        if self._tzinfo is not None:
            text += ", tzinfo=%r" % self._tzinfo
        if self._fold:
            text += ", fold=1"
        return text + ")"

    def strftime(self, format):
        """Format using strftime()."""
        return _strftime(format, self, self.timetuple())

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_offset("utcoffset", self._tzinfo.utcoffset(self))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_offset("dst", self._tzinfo.dst(self))

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(self)

    def _compare_key(self):
        """(microseconds since 0001-01-01, in UTC when aware; aware)."""
        offset = self.utcoffset()
        us = self._naive_microseconds()
        if offset is None:
            return us, False
        return us - offset._to_microseconds(), True

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        us = self._naive_microseconds() + other._to_microseconds()
        days, us = divmod(us, _US_PER_DAY)
        if not 0 < days <= _MAX_ORDINAL:
            raise OverflowError("date value out of range")
        seconds, us = divmod(us, 10 ** 6)
        minutes, second = divmod(seconds, 60)
        hour, minute = divmod(minutes, 60)
        return type(self)(*_ordinal_to_ymd(days), hour, minute, second, us, self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if not isinstance(other, datetime):
            return NotImplemented
        mine, aware = self._compare_key()
        theirs, other_aware = other._compare_key()
        if aware != other_aware:
            raise TypeError("can't subtract offset-naive and offset-aware datetimes")
        if self._tzinfo is other._tzinfo:
            mine = self._naive_microseconds()
            theirs = other._naive_microseconds()
        return timedelta._from_microseconds(mine - theirs)

    def _naive_microseconds(self):
        return (((self.toordinal() * 24 + self._hour) * 60 + self._minute) * 60
                + self._second) * 10 ** 6 + self._microsecond

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day, self._hour, self._minute,
                             self._second, self._microsecond, self._tzinfo))


datetime._compared_type = datetime
datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
_date_class = date
_time_class = time


_utc = None


class timezone(tzinfo):
    """Fixed offset from UTC implementation of tzinfo."""

    __slots__ = ('_offset', '_name')

    def __new__(cls, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s"
                            % type(offset).__name__)
        if name is not None and not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s" % type(name).__name__)
        if not -timedelta(1) < offset < timedelta(1):
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) "
                             "and timedelta(hours=24), not %r." % offset)
        if name is None and not offset and _utc is not None:
            return _utc
        self = object.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is _utc:
            return 'datetime.timezone.utc'
        name = _type_repr_name(self, timezone)
        if self._name is None:
            return "%s(%r)" % (name, self._offset)
        return "%s(%r, %r)" % (name, self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def _check_dt(self, dt, method):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError("%s(dt) argument must be a datetime instance or None, not %s"
                            % (method, type(dt).__name__))

    def utcoffset(self, dt):
        self._check_dt(dt, "utcoffset")
        return self._offset

    def tzname(self, dt):
        self._check_dt(dt, "tzname")
        if self._name is not None:
            return self._name
        if not self._offset:
            return 'UTC'
        return 'UTC' + _format_offset(self._offset)

    def dst(self, dt):
        self._check_dt(dt, "dst")
        return None

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset

    def __getinitargs__(self):
        return (self._offset,) if self._name is None else (self._offset, self._name)


_utc = timezone(timedelta(0))
timezone.utc = UTC = _utc
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
_EPOCH = datetime(1970, 1, 1, tzinfo=_utc)


def _local_timezone():
    tm = _time.localtime()
    offset = -(_time.altzone if tm[8] > 0 and _time.daylight else _time.timezone)
    return timezone(timedelta(seconds=offset), _time.tzname[1 if tm[8] > 0 else 0])


def _timestamp_seconds(t):
    if not isinstance(t, (int, float)):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(t).__name__)
    return _math.floor(t)


def _split_timestamp(t):
    """(whole seconds, microseconds) of a timestamp, rounded half to even."""
    if isinstance(t, int):
        return t, 0
    if not isinstance(t, float):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(t).__name__)
    fraction, whole = _math.modf(t)
    us = round(fraction * 1e6)
    seconds = int(whole)
    if us >= 10 ** 6:
        seconds += 1
        us -= 10 ** 6
    elif us < 0:
        seconds -= 1
        us += 10 ** 6
    return seconds, us


_STRPTIME_PATTERNS = {
    'd': r"(?P<d>3[0-1]|[1-2]\d|0[1-9]|[1-9]| [1-9])",
    'f': r"(?P<f>[0-9]{1,6})",
    'H': r"(?P<H>2[0-3]|[0-1]\d|\d)",
    'I': r"(?P<I>1[0-2]|0[1-9]|[1-9]| [1-9])",
    'j': r"(?P<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])",
    'm': r"(?P<m>1[0-2]|0[1-9]|[1-9])",
    'M': r"(?P<M>[0-5]\d|\d)",
    'S': r"(?P<S>6[0-1]|[0-5]\d|\d)",
    'w': r"(?P<w>[0-6])",
    'u': r"(?P<u>[1-7])",
    'y': r"(?P<y>\d\d)",
    'Y': r"(?P<Y>\d\d\d\d)",
    'z': r"(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))",
    'a': r"(?P<a>%s)" % '|'.join(n[:3] for n in _DAY_NAMES),
    'A': r"(?P<A>%s)" % '|'.join(_DAY_NAMES),
    'b': r"(?P<b>%s)" % '|'.join(n[:3] for n in _MONTH_NAMES[1:]),
    'B': r"(?P<B>%s)" % '|'.join(_MONTH_NAMES[1:]),
    'p': r"(?P<p>am|pm)",
    'Z': r"(?P<Z>utc|gmt)",
    '%': '%',
}
# composite directives as the C locale spells them
_STRPTIME_ALIASES = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S',
                     'D': '%m/%d/%y', 'T': '%H:%M:%S', 'R': '%H:%M', 'F': '%Y-%m-%d',
                     'e': '%d', 'h': '%b'}


_NO_YEAR_WARNING = """Parsing dates involving a day of month without a year specified is ambiguious
and fails to parse leap day. The default behavior will change in Python 3.15
to either always raise an exception or to use a different default year (TBD).
To avoid trouble, add a specific year to the input & format.
See https://github.com/python/cpython/issues/70647."""


def _strptime_pattern(fmt):
    """(regular expression text, directive letters) of a strptime format."""
    import re
    parts = []
    directives = []
    i = 0
    while i < len(fmt):
        c = fmt[i]
        if c != '%':
            parts.append(r'\s+' if c.isspace() else re.escape(c))
            i += 1
            continue
        if i + 1 == len(fmt):
            raise ValueError("stray %% in format '%s'" % fmt)
        d = fmt[i + 1]
        i += 2
        directives.append(d)
        if d in _STRPTIME_ALIASES:
            parts.append(_strptime_pattern(_STRPTIME_ALIASES[d])[0])
            continue
        if d not in _STRPTIME_PATTERNS:
            raise ValueError("'%s' is a bad directive in format '%s'" % (d, fmt))
        parts.append(_STRPTIME_PATTERNS[d])
    return ''.join(parts), directives


def _strptime(text, fmt):
    """(year, month, day, hour, minute, second, microsecond, tzinfo) parsed from text."""
    for value, name in ((text, 'argument 1'), (fmt, 'argument 2')):
        if not isinstance(value, str):
            raise TypeError("strptime() %s must be str, not %s"
                            % (name, 'None' if value is None else type(value).__name__))
    import re
    pattern, directives = _strptime_pattern(fmt)
    if 'd' in directives and not {'Y', 'y', 'G'} & set(directives):
        import warnings
        warnings.warn(_NO_YEAR_WARNING, DeprecationWarning, stacklevel=3)
    found = re.compile(pattern, re.IGNORECASE).match(text)
    if found is None:
        raise ValueError("time data %r does not match format %r" % (text, fmt))
    if found.end() != len(text):
        raise ValueError("unconverted data remains: %s" % text[found.end():])
    g = {k: v for k, v in found.groupdict().items() if v is not None}
    year = 1900
    if 'Y' in g:
        year = int(g['Y'])
    elif 'y' in g:
        year = int(g['y'])
        year += 2000 if year < 69 else 1900
    month = day = 1
    if 'm' in g:
        month = int(g['m'])
    elif 'B' in g or 'b' in g:
        name = (g.get('B') or g['b']).lower()
        month = [n.lower()[:len(name)] for n in _MONTH_NAMES].index(name)
    if 'd' in g:
        day = int(g['d'])
    hour = int(g.get('H', 0))
    if 'I' in g:
        hour = int(g['I']) % 12
        if g.get('p', '').lower() == 'pm':
            hour += 12
    minute = int(g.get('M', 0))
    second = int(g.get('S', 0))
    microsecond = int(g['f'].ljust(6, '0')) if 'f' in g else 0
    tz = None
    if 'z' in g:
        z = g['z']
        if z.upper() == 'Z':
            tz = _utc
        else:
            digits = z[1:].replace(':', '')
            offset = timedelta(hours=int(digits[:2]), minutes=int(digits[2:4]),
                               seconds=int(digits[4:6] or 0),
                               microseconds=int(digits[7:].ljust(6, '0')) if len(digits) > 7 else 0)
            tz = timezone(-offset if z[0] == '-' else offset)
    if 'j' in g and 'm' not in g and 'd' not in g:
        year, month, day = _ordinal_to_ymd(_days_before_year(year) + int(g['j']))
    return year, month, day, hour, minute, second, microsecond, tz


def _parse_iso_date(text):
    """(year, month, day) of YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D] or YYYYWww[D]; None if malformed."""
    if len(text) not in (7, 8, 10) or not text[:4].isdigit() or not text.isascii():
        return None
    year = int(text[:4])
    rest = text[4:]
    separated = rest[:1] == '-'
    if separated:
        rest = rest[1:]
    if rest[:1] == 'W':
        week_text = rest[1:3]
        day_text = rest[3:]
        if separated and day_text:
            if day_text[:1] != '-':
                return None
            day_text = day_text[1:]
        if not week_text.isdigit() or (day_text and not day_text.isdigit()) or len(day_text) > 1:
            return None
        return _iso_to_ymd(year, int(week_text), int(day_text or 1))
    if separated:
        if len(rest) != 5 or rest[2] != '-':
            return None
        month_text, day_text = rest[:2], rest[3:]
    else:
        if len(rest) != 4:
            return None
        month_text, day_text = rest[:2], rest[2:]
    if not (month_text.isdigit() and day_text.isdigit()):
        return None
    return year, int(month_text), int(day_text)


def _parse_hms(text):
    """(hour, minute, second, microsecond) of HH[:MM[:SS[.f+]]] (colons optional); None if bad."""
    fraction = 0
    for mark in '.,':
        if mark in text:
            text, digits = text.split(mark, 1)
            if not digits.isdigit() or not digits.isascii() or len(text) not in (6, 8):
                return None
            fraction = int(digits[:6].ljust(6, '0'))
    if ':' in text:
        parts = text.split(':')
    else:
        if len(text) % 2:
            return None
        parts = [text[i:i + 2] for i in range(0, len(text), 2)]
    if not 1 <= len(parts) <= 3 or any(len(p) != 2 or not p.isdigit() for p in parts):
        return None
    values = [int(p) for p in parts] + [0] * (3 - len(parts))
    return values[0], values[1], values[2], fraction


def _parse_iso_time(text):
    """(hour, minute, second, microsecond, tzinfo) of an ISO time with optional offset."""
    tz = None
    for i, c in enumerate(text):
        if c in 'Z+-':
            offset_text = text[i + 1:]
            text = text[:i]
            if c == 'Z':
                if offset_text:
                    return None
                tz = _utc
            else:
                parsed = _parse_hms(offset_text)
                if parsed is None:
                    return None
                h, m, s, us = parsed
                delta = timedelta(hours=h, minutes=m, seconds=s, microseconds=us)
                tz = timezone(-delta if c == '-' else delta)
            break
    parsed = _parse_hms(text)
    if parsed is None:
        return None
    return parsed + (tz,)


def _name_as_c_types():
    import tierpy
    for cls in (timedelta, date, time, datetime, tzinfo, timezone, IsoCalendarDate):
        tierpy.static_type_name(cls, 'datetime.' + cls.__name__)


_name_as_c_types()
