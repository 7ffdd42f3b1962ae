# timeit compiles setup and statement into one looping function (as CPython's template); time.struct_time, asctime, ctime, mktime; sys int digit limits
import sys
import time
import timeit

print(timeit.timeit('y * 2', setup='y = 21', number=10) >= 0)  # expect: True
t = timeit.Timer('acc.append(len(acc))', 'acc = []')
print(t.src.splitlines()[1:4])  # expect: ['def inner(_it, _timer):', '    acc = []', '    _t0 = _timer()']
print(len(t.repeat(repeat=3, number=7)))  # expect: 3
calls = []
print(timeit.timeit(lambda: calls.append(1), number=5) >= 0, len(calls))  # expect: True 5
print(timeit.Timer(stmt=lambda: None, setup=lambda: calls.clear()).timeit(3) >= 0, calls)  # expect: True []
try:
    timeit.Timer('x = (')
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename)  # expect: SyntaxError '(' was never closed <timeit-src>
try:
    timeit.Timer('z', globals={}).timeit(1)
except NameError as e:
    print(e)  # expect: name 'z' is not defined
print(timeit.timeit('w', globals={'w': 1}, number=3) >= 0)  # expect: True
try:
    timeit.Timer(42)
except ValueError as e:
    print(e)  # expect: stmt is neither a string nor callable
number, taken = timeit.Timer('pass').autorange()
print(number >= 1, taken >= 0.2)  # expect: True True

epoch = time.gmtime(0)
print(epoch)  # expect: time.struct_time(tm_year=1970, tm_mon=1, tm_mday=1, tm_hour=0, tm_min=0, tm_sec=0, tm_wday=3, tm_yday=1, tm_isdst=0)
print(epoch.tm_year, epoch[6], len(epoch), type(epoch).__name__, tuple(epoch)[:3])  # expect: 1970 3 9 struct_time (1970, 1, 1)
print(time.asctime(epoch), time.asctime((2024, 3, 9, 14, 5, 7, 5, 69, 0)))  # expect: Thu Jan  1 00:00:00 1970 Sat Mar  9 14:05:07 2024
print(time.mktime(time.localtime(1234567)), time.ctime(0) == time.asctime(time.localtime(0)))  # expect: 1234567.0 True

print(sys.get_int_max_str_digits())  # expect: 4300
sys.set_int_max_str_digits(maxdigits=700)
try:
    str(10 ** 800)
except ValueError as e:
    print(e)  # expect: Exceeds the limit (700 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
sys.set_int_max_str_digits(0)
print(len(str(10 ** 5000)))  # expect: 5001
try:
    sys.set_int_max_str_digits(5)
except ValueError as e:
    print(e)  # expect: maxdigits must be 0 or larger than 640
sys.set_int_max_str_digits(4300)
print(sys.is_finalizing(), type(sys.prefix).__name__)  # expect: False str
print(sys._jit.is_available(), sys._jit.is_enabled(), sys._jit.is_active(), sys._is_gil_enabled())  # expect: False False False True
