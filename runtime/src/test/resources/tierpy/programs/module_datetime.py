# datetime: timedelta normalization and arithmetic, date/time/datetime construction, reprs, isoformat/fromisoformat, strftime, timezones, 3.14 range messages
import datetime as dt
from datetime import date, time, datetime, timedelta, timezone
def err(f):
    try: return f()
    except Exception as e: return f'{type(e).__name__}: {e}'
td = timedelta(days=1, hours=2, minutes=3, seconds=4.5, milliseconds=6, microseconds=7, weeks=1)
print(td, repr(td), td.days, td.seconds, td.microseconds, td.total_seconds())
# expect: 8 days, 2:03:04.506007 datetime.timedelta(days=8, seconds=7384, microseconds=506007) 8 7384 506007 698584.506007
for t in [timedelta(), timedelta(-1), timedelta(seconds=-1), timedelta(microseconds=-1), timedelta(days=-2, hours=3), timedelta(hours=1.5), timedelta(days=0.1), timedelta(seconds=0.5e-6), timedelta(seconds=1.5e-6), timedelta(microseconds=2.5), timedelta(microseconds=3.5), timedelta(minutes=1/3), timedelta(days=1e-10)]:
    print(repr(t), str(t))
a, b = timedelta(hours=5), timedelta(minutes=7)
print(a + b, a - b, b - a, -a, abs(-a), a * 2, 2 * a, a * 0.1, a / 3, a / 0.7, a // 7, a / b, a // b, a % b, divmod(a, b), a > b, a == timedelta(seconds=18000), hash(a) == hash(timedelta(hours=5)), bool(timedelta()))
# expect: datetime.timedelta(0) 0:00:00
# expect: datetime.timedelta(days=-1) -1 day, 0:00:00
# expect: datetime.timedelta(days=-1, seconds=86399) -1 day, 23:59:59
# expect: datetime.timedelta(days=-1, seconds=86399, microseconds=999999) -1 day, 23:59:59.999999
# expect: datetime.timedelta(days=-2, seconds=10800) -2 days, 3:00:00
# expect: datetime.timedelta(seconds=5400) 1:30:00
# expect: datetime.timedelta(seconds=8640) 2:24:00
# expect: datetime.timedelta(0) 0:00:00
# expect: datetime.timedelta(microseconds=2) 0:00:00.000002
# expect: datetime.timedelta(microseconds=2) 0:00:00.000002
# expect: datetime.timedelta(microseconds=4) 0:00:00.000004
# expect: datetime.timedelta(seconds=20) 0:00:20
# expect: datetime.timedelta(microseconds=9) 0:00:00.000009
# expect: 5:07:00 4:53:00 -1 day, 19:07:00 -1 day, 19:00:00 5:00:00 10:00:00 10:00:00 0:30:00 1:40:00 7:08:34.285714 0:42:51.428571 42.857142857142854 42 0:06:00 (42, datetime.timedelta(seconds=360)) True True True False
print(timedelta.min, timedelta.max, timedelta.resolution, repr(timedelta.max))
# expect: -999999999 days, 0:00:00 999999999 days, 23:59:59.999999 0:00:00.000001 datetime.timedelta(days=999999999, seconds=86399, microseconds=999999)
print(err(lambda: timedelta(days=10**9)), err(lambda: timedelta('1')), err(lambda: a / 0), a == 1, err(lambda: timedelta.max + timedelta(1)))
# expect: OverflowError: days=1000000000; must have magnitude <= 999999999 TypeError: unsupported type for timedelta days component: str ZeroDivisionError: division by zero False OverflowError: days=1000000000; must have magnitude <= 999999999
d = date(2024, 2, 29)
print(d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.isocalendar(), d.isocalendar().week, d.toordinal(), d.ctime(), d.timetuple())
# expect: 2024-02-29 datetime.date(2024, 2, 29) 2024 2 29 3 4 datetime.IsoCalendarDate(year=2024, week=9, weekday=4) 9 738945 Thu Feb 29 00:00:00 2024 time.struct_time(tm_year=2024, tm_mon=2, tm_mday=29, tm_hour=0, tm_min=0, tm_sec=0, tm_wday=3, tm_yday=60, tm_isdst=-1)
print(d + timedelta(days=1), d - timedelta(days=60), d - date(2023, 1, 1), date.fromordinal(738000), date.fromisoformat('2021-03-04'), date.fromisoformat('20210304'), date.fromisoformat('2021-W10-3'), date.fromisocalendar(2020, 53, 7))
# expect: 2024-03-01 2023-12-31 424 days, 0:00:00 2021-07-29 2021-03-04 2021-03-04 2021-03-10 2021-01-03
print(d.replace(year=2025, day=28), d < date(2025, 1, 1), d == date(2024, 2, 29), hash(d) == hash(date(2024, 2, 29)), date.min, date.max, date.resolution, d.isoformat(), format(d, '%d/%m/%Y'), f'{d}', f'{d:%A %B %j}')
# expect: 2025-02-28 True True True 0001-01-01 9999-12-31 1 day, 0:00:00 2024-02-29 29/02/2024 2024-02-29 Thursday February 060
for args in [(2023, 2, 29), (2024, 13, 1), (0, 1, 1), (10000, 1, 1), (2024, 4, 31), (2024.0, 1, 1), ('2024', 1, 1)]:
    print(err(lambda: date(*args)))
# expect: ValueError: day 29 must be in range 1..28 for month 2 in year 2023
# expect: ValueError: month must be in 1..12, not 13
# expect: ValueError: year must be in 1..9999, not 0
# expect: ValueError: year must be in 1..9999, not 10000
# expect: ValueError: day 31 must be in range 1..30 for month 4 in year 2024
# expect: TypeError: 'float' object cannot be interpreted as an integer
# expect: TypeError: 'str' object cannot be interpreted as an integer
print(err(lambda: date.fromisoformat('2021-3-4')), err(lambda: date.fromisoformat(20210304)), err(lambda: date(9999, 12, 31) + timedelta(1)), err(lambda: date.fromordinal(0)))
# expect: ValueError: Invalid isoformat string: '2021-3-4' TypeError: fromisoformat: argument must be str OverflowError: date value out of range ValueError: ordinal must be >= 1
t = time(13, 5, 9, 120)
print(t, repr(t), repr(time()), repr(time(1, 2)), repr(time(1, 2, 3)), t.isoformat('milliseconds'), t.isoformat('minutes'), t.isoformat('hours'), t.strftime('%I:%M %p %H'), time.fromisoformat('04:23:01.000384'), time.fromisoformat('T0423'), time(1, tzinfo=timezone.utc), repr(time(1, tzinfo=timezone.utc)), repr(time(1, fold=1)))
# expect: 13:05:09.000120 datetime.time(13, 5, 9, 120) datetime.time(0, 0) datetime.time(1, 2) datetime.time(1, 2, 3) 13:05:09.000 13:05 13 01:05 PM 13 04:23:01.000384 04:23:00 01:00:00+00:00 datetime.time(1, 0, tzinfo=datetime.timezone.utc) datetime.time(1, 0, fold=1)
for args in [(24,), (1, 60), (1, 1, 60), (1, 1, 1, 10**6)]:
    print(err(lambda: time(*args)))
# expect: ValueError: hour must be in 0..23, not 24
# expect: ValueError: minute must be in 0..59, not 60
# expect: ValueError: second must be in 0..59, not 60
# expect: ValueError: microsecond must be in 0..999999, not 1000000
print(err(lambda: time(fold=2)), err(lambda: t.isoformat('x')), err(lambda: time(tzinfo=1)), time(1) < time(2), time(1, tzinfo=timezone.utc) == time(1), err(lambda: time(1, tzinfo=timezone.utc) < time(1)))
# expect: ValueError: fold must be either 0 or 1, not 2 ValueError: Unknown timespec value TypeError: tzinfo argument must be None or of a tzinfo subclass, not type 'int' True False TypeError: can't compare offset-naive and offset-aware times
x = datetime(2024, 3, 10, 14, 30, 15, 250000)
print(x, repr(x), repr(datetime(2024, 1, 1)), repr(datetime(2024, 1, 1, 0, 0, 5)), x.date(), x.time(), x.isoformat(), x.isoformat(' ', 'seconds'), x.ctime(), x.timetuple(), x.weekday())
# expect: 2024-03-10 14:30:15.250000 datetime.datetime(2024, 3, 10, 14, 30, 15, 250000) datetime.datetime(2024, 1, 1, 0, 0) datetime.datetime(2024, 1, 1, 0, 0, 5) 2024-03-10 14:30:15.250000 2024-03-10T14:30:15.250000 2024-03-10 14:30:15 Sun Mar 10 14:30:15 2024 time.struct_time(tm_year=2024, tm_mon=3, tm_mday=10, tm_hour=14, tm_min=30, tm_sec=15, tm_wday=6, tm_yday=70, tm_isdst=-1) 6
print(x + timedelta(hours=12), x - timedelta(days=400), x - datetime(2024, 1, 1), datetime(2024, 1, 1) - x, x.replace(minute=0), datetime.combine(date(2020, 5, 17), time(8, 30)), x.strftime('%Y-%m-%d %H:%M:%S.%f %a %b %y %j %U %W %w %u %G %V %%'), x.strftime('%c | %x | %X | %D | %e | %T | %R | %z | %Z'))
# expect: 2024-03-11 02:30:15.250000 2023-02-04 14:30:15.250000 69 days, 14:30:15.250000 -70 days, 9:29:44.750000 2024-03-10 14:00:15.250000 2020-05-17 08:30:00 2024-03-10 14:30:15.250000 Sun Mar 24 070 10 10 0 7 2024 10 % Sun Mar 10 14:30:15 2024 | 03/10/24 | 14:30:15 | 03/10/24 | 10 | 14:30:15 | 14:30 |  | 
u = datetime(2024, 3, 10, 14, 30, tzinfo=timezone.utc)
k = datetime(2024, 3, 10, 16, 30, tzinfo=timezone(timedelta(hours=2), 'CEST'))
print(u, repr(u), k, repr(k), u == k, hash(u) == hash(k), k - u, k.utcoffset(), k.tzname(), k.dst(), u.timestamp(), k.astimezone(timezone.utc), u.astimezone(timezone(timedelta(hours=-5))), k.strftime('%z %:z %Z'), x == u, err(lambda: x < u), err(lambda: x - u))
# expect: 2024-03-10 14:30:00+00:00 datetime.datetime(2024, 3, 10, 14, 30, tzinfo=datetime.timezone.utc) 2024-03-10 16:30:00+02:00 datetime.datetime(2024, 3, 10, 16, 30, tzinfo=datetime.timezone(datetime.timedelta(seconds=7200), 'CEST')) True True 0:00:00 2:00:00 CEST None 1710081000.0 2024-03-10 14:30:00+00:00 2024-03-10 09:30:00-05:00 +0200 +02:00 CEST False TypeError: can't compare offset-naive and offset-aware datetimes TypeError: can't subtract offset-naive and offset-aware datetimes
print(repr(timezone.utc), repr(timezone(timedelta(hours=1))), repr(timezone(timedelta(hours=-3, minutes=-30), 'X')), str(timezone(timedelta(hours=-3, minutes=-30))), timezone.min, timezone.max, timezone(timedelta(0)) is timezone.utc, dt.UTC is timezone.utc, err(lambda: timezone(timedelta(hours=24))), err(lambda: timezone(5)))
# expect: datetime.timezone.utc datetime.timezone(datetime.timedelta(seconds=3600)) datetime.timezone(datetime.timedelta(days=-1, seconds=73800), 'X') UTC-03:30 UTC-23:59 UTC+23:59 True True ValueError: offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not datetime.timedelta(days=1). TypeError: timezone() argument 1 must be datetime.timedelta, not int
print(datetime.fromisoformat('2011-11-04T00:05:23+04:00'), datetime.fromisoformat('2011-11-04 00:05:23.283'), datetime.fromisoformat('20111104T000523Z'), datetime.fromisoformat('2011-11-04'), repr(datetime.fromisoformat('2011-W01-2T00:05:23.283')), err(lambda: datetime.fromisoformat('2011-11-04T25:00')), err(lambda: datetime.fromisoformat('nope')))
# expect: 2011-11-04 00:05:23+04:00 2011-11-04 00:05:23.283000 2011-11-04 00:05:23+00:00 2011-11-04 00:00:00 datetime.datetime(2011, 1, 4, 0, 5, 23, 283000) ValueError: hour must be in 0..23, not 25 ValueError: Invalid isoformat string: 'nope'
print(datetime.fromtimestamp(1700000000.5, timezone.utc), repr(datetime.fromtimestamp(86400 * 365.25, tz=timezone(timedelta(hours=3)))), datetime.min, datetime.max)
# expect: 2023-11-14 22:13:20.500000+00:00 datetime.datetime(1971, 1, 1, 9, 0, tzinfo=datetime.timezone(datetime.timedelta(seconds=10800))) 0001-01-01 00:00:00 9999-12-31 23:59:59.999999
print(type(datetime.now()).__name__, type(date.today()).__name__, datetime.now(timezone.utc).tzinfo, (datetime.now() - datetime.now()) < timedelta(seconds=1), isinstance(x, date), issubclass(datetime, date), dt.MINYEAR, dt.MAXYEAR)
# expect: datetime date UTC True True True 1 9999
print(date(2024, 1, 1) == datetime(2024, 1, 1), sorted([date(2024, 5, 1), date(2023, 1, 1)]), {date(2024, 1, 1): 1}[date(2024, 1, 1)])
# expect: False [datetime.date(2023, 1, 1), datetime.date(2024, 5, 1)] 1
class MyDate(date): pass
print(repr(MyDate(2024, 1, 2)), repr(MyDate(2024, 1, 2) + timedelta(1)), repr(timedelta(1) + MyDate(2024, 1, 2)))
# expect: MyDate(2024, 1, 2) MyDate(2024, 1, 3) MyDate(2024, 1, 3)
x = datetime(2024, 12, 30, 23, 59, 59, 999999)
print(x + timedelta(microseconds=1), x.isocalendar(), date(2021, 1, 3).isocalendar(), date(2026, 12, 31).isocalendar(), date(2020, 12, 31).strftime('%G-%V-%u %U %W'))
# expect: 2024-12-31 00:00:00 datetime.IsoCalendarDate(year=2025, week=1, weekday=1) datetime.IsoCalendarDate(year=2020, week=53, weekday=7) datetime.IsoCalendarDate(year=2026, week=53, weekday=4) 2020-53-4 52 52
print(date(2024, 1, 1).strftime('%a %A %b %B %d %j %m %y %Y %w %u %U %W %e %%Q %n|'), time(0).strftime('%I %p'), time(12).strftime('%I %p'), time(23, 5).strftime('%I:%M %p'))
# expect: Mon Monday Jan January 01 001 01 24 2024 1 1 00 01  1 %Q 
# expect: | 12 AM 12 PM 11:05 PM
print(timedelta(hours=-1).total_seconds(), str(timedelta(days=-1, seconds=1)), str(timedelta(days=2, microseconds=5)), timedelta(seconds=1) / timedelta(milliseconds=3), timedelta(1) * 1.5e-7, timedelta(seconds=7) / 2, timedelta(seconds=1) // timedelta(seconds=-3))
# expect: -3600.0 -1 day, 0:00:01 2 days, 0:00:00.000005 333.3333333333333 0:00:00.012960 0:00:03.500000 -1
print(timedelta(microseconds=1) / 2, timedelta(microseconds=3) / 2, timedelta(microseconds=-1) / 2, timedelta(1) // -7, timedelta(1) * -0.3, -timedelta(microseconds=5) * 0.5)
# expect: 0:00:00 0:00:00.000002 0:00:00 -1 day, 20:34:17.142857 -1 day, 16:48:00 -1 day, 23:59:59.999998
d1 = datetime(2024, 3, 31, 1, 30, tzinfo=timezone(timedelta(hours=1)))
d2 = datetime(2024, 3, 31, 1, 30, tzinfo=timezone(timedelta(hours=2)))
print(d1 - d2, d1 > d2, d1.astimezone(timezone.utc).isoformat(), d2.timetuple(), d1.utctimetuple())
# expect: 1:00:00 True 2024-03-31T00:30:00+00:00 time.struct_time(tm_year=2024, tm_mon=3, tm_mday=31, tm_hour=1, tm_min=30, tm_sec=0, tm_wday=6, tm_yday=91, tm_isdst=-1) time.struct_time(tm_year=2024, tm_mon=3, tm_mday=31, tm_hour=0, tm_min=30, tm_sec=0, tm_wday=6, tm_yday=91, tm_isdst=0)
print(datetime(2024, 2, 29).replace(year=2025) if False else '', datetime(2020, 2, 29) + timedelta(days=365), date(1, 1, 1).toordinal(), date(9999, 12, 31).toordinal(), date.fromordinal(1), date.fromordinal(3652059))
# expect:  2021-02-28 00:00:00 1 3652059 0001-01-01 9999-12-31
import random
random.seed(3)
ok = True
for _ in range(2000):
    n = random.randint(1, 3652059)
    if date.fromordinal(n).toordinal() != n:
        ok = False
print(ok, [str(date.fromordinal(n)) for n in (59, 60, 365, 366, 730119, 730120, 730485, 146097, 146098, 36524, 36525)])
# expect: True ['0001-02-28', '0001-03-01', '0001-12-31', '0002-01-01', '1999-12-31', '2000-01-01', '2000-12-31', '0400-12-31', '0401-01-01', '0100-12-31', '0101-01-01']
print(datetime(2024, 1, 1, 12).isoformat(timespec='milliseconds'), time(1, 2, 3, 4567).isoformat(timespec='microseconds'), datetime(2024, 5, 6, 7, 8, 9, 10).isoformat(sep='_'))
# expect: 2024-01-01T12:00:00.000 01:02:03.004567 2024-05-06_07:08:09.000010
print(date(2024, 1, 1).__format__(''), format(datetime(2024, 1, 1, 5), '%H h'), '{:%Y}'.format(date(2030, 1, 1)), str(time(5, tzinfo=timezone(-timedelta(hours=5, minutes=30)))))
# expect: 2024-01-01 05 h 2030 05:00:00-05:30
print(repr(dt.timezone(timedelta(hours=5, minutes=30))), timezone(timedelta(seconds=90)).tzname(None), datetime(2024, 1, 1, tzinfo=timezone(timedelta(seconds=-90))).isoformat())
# expect: datetime.timezone(datetime.timedelta(seconds=19800)) UTC+00:01:30 2024-01-01T00:00:00-00:01:30
# classes written in Python carry the dotted names of the C types they stand in for
import array
class Sub(timedelta):
    pass
print(timedelta.__name__, timedelta.__qualname__, timedelta, Sub.__name__, type(Sub(1)).__name__, array.array.__name__, array.array)
# expect: timedelta timedelta <class 'datetime.timedelta'> Sub Sub array <class 'array.array'>
print(err(lambda: timedelta(1) + 1), err(lambda: date(2024, 1, 1) < datetime(2024, 1, 1)), err(lambda: Sub(1) < 1))
# expect: TypeError: unsupported operand type(s) for +: 'datetime.timedelta' and 'int' TypeError: '<' not supported between instances of 'datetime.date' and 'datetime.datetime' TypeError: '<' not supported between instances of 'Sub' and 'int'
print(err(lambda: hash(array.array('i'))), err(lambda: array.array('i') < 3))
# expect: TypeError: unhashable type: 'array.array' TypeError: '<' not supported between instances of 'array.array' and 'int'
# strptime
cases = [('2024-01-02', '%Y-%m-%d'), ('02/01/24 13:45', '%d/%m/%y %H:%M'), ('Jan 5 2023  3:04PM', '%b %d %Y %I:%M%p'), ('Tuesday, March 05, 1999', '%A, %B %d, %Y'),
         ('2024-03-10T14:30:15.25+0530', '%Y-%m-%dT%H:%M:%S.%f%z'), ('2024-03-10 14:30:15Z', '%Y-%m-%d %H:%M:%S%z'), ('2024-03-10 -03:30', '%Y-%m-%d %z'), ('99 100', '%y %j'), ('12:00 am', '%I:%M %p'),
         ('2024-1-2', '%Y-%m-%d'), ('2024-01-02 junk', '%Y-%m-%d'), ('x2024', '%Y'), ('2024', '%Y %Q'), ('2024', '%Y%'), ('sept 1 2020', '%b %d %Y'), ('SEP 1 2020', '%b %d %Y'),
         ('Mon Jan  1 10:00:00 2024', '%c'), ('01/02/03', '%x'), ('10:11:12', '%X'), ('5 UTC', '%H %Z'), ('100%', '%j%%')]
for s, f in cases:
    print(repr(s), repr(f), err(lambda: repr(datetime.strptime(s, f))))
# expect: '2024-01-02' '%Y-%m-%d' datetime.datetime(2024, 1, 2, 0, 0)
# expect: '02/01/24 13:45' '%d/%m/%y %H:%M' datetime.datetime(2024, 1, 2, 13, 45)
# expect: 'Jan 5 2023  3:04PM' '%b %d %Y %I:%M%p' datetime.datetime(2023, 1, 5, 15, 4)
# expect: 'Tuesday, March 05, 1999' '%A, %B %d, %Y' datetime.datetime(1999, 3, 5, 0, 0)
# expect: '2024-03-10T14:30:15.25+0530' '%Y-%m-%dT%H:%M:%S.%f%z' datetime.datetime(2024, 3, 10, 14, 30, 15, 250000, tzinfo=datetime.timezone(datetime.timedelta(seconds=19800)))
# expect: '2024-03-10 14:30:15Z' '%Y-%m-%d %H:%M:%S%z' datetime.datetime(2024, 3, 10, 14, 30, 15, tzinfo=datetime.timezone.utc)
# expect: '2024-03-10 -03:30' '%Y-%m-%d %z' datetime.datetime(2024, 3, 10, 0, 0, tzinfo=datetime.timezone(datetime.timedelta(days=-1, seconds=73800)))
# expect: '99 100' '%y %j' datetime.datetime(1999, 4, 10, 0, 0)
# expect: '12:00 am' '%I:%M %p' datetime.datetime(1900, 1, 1, 0, 0)
# expect: '2024-1-2' '%Y-%m-%d' datetime.datetime(2024, 1, 2, 0, 0)
# expect: '2024-01-02 junk' '%Y-%m-%d' ValueError: unconverted data remains:  junk
# expect: 'x2024' '%Y' ValueError: time data 'x2024' does not match format '%Y'
# expect: '2024' '%Y %Q' ValueError: 'Q' is a bad directive in format '%Y %Q'
# expect: '2024' '%Y%' ValueError: stray % in format '%Y%'
# expect: 'sept 1 2020' '%b %d %Y' ValueError: time data 'sept 1 2020' does not match format '%b %d %Y'
# expect: 'SEP 1 2020' '%b %d %Y' datetime.datetime(2020, 9, 1, 0, 0)
# expect: 'Mon Jan  1 10:00:00 2024' '%c' datetime.datetime(2024, 1, 1, 10, 0)
# expect: '01/02/03' '%x' datetime.datetime(2003, 1, 2, 0, 0)
# expect: '10:11:12' '%X' datetime.datetime(1900, 1, 1, 10, 11, 12)
# expect: '5 UTC' '%H %Z' datetime.datetime(1900, 1, 1, 5, 0)
# expect: '100%' '%j%%' datetime.datetime(1900, 4, 10, 0, 0)
print(err(lambda: datetime.strptime(5, '%Y')), err(lambda: datetime.strptime('5', None)))
# expect: TypeError: strptime() argument 1 must be str, not int TypeError: strptime() argument 2 must be str, not None
print(repr(date.strptime('2024/02/29', '%Y/%m/%d')), repr(time.strptime('7:05:09.5', '%H:%M:%S.%f')))  # expect: datetime.date(2024, 2, 29) datetime.time(7, 5, 9, 500000)
