# library modules that stand in for CPython's C modules (datetime, struct, array, bisect, itertools, operator) leave no traceback entries
import array
import datetime
import struct
import traceback


def frames(e):
    return [f.name for f in traceback.extract_tb(e.__traceback__)]


def call_from_function():
    return datetime.date(2024, 2, 30)


try:
    call_from_function()
except ValueError as e:
    print(frames(e), e)  # expect: ['<module>', 'call_from_function'] day 30 must be in range 1..29 for month 2 in year 2024
try:
    try:
        struct.pack('i', 'x')
    except struct.error:
        array.array('b', [1000])
except OverflowError as e:
    print(frames(e), repr(e.__context__), frames(e.__context__))
# expect: ['<module>'] error('required argument is not an integer') ['<module>']
import bisect
import itertools
import operator
for f in [lambda: operator.add(1, 'a'), lambda: bisect.bisect([1], 'a'), lambda: list(itertools.accumulate([1, 'a'])), lambda: list(itertools.starmap(lambda x: 1 / x, [(0,)]))]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, frames(e))
# expect: TypeError ['<module>', '<lambda>']
# expect: TypeError ['<module>', '<lambda>']
# expect: TypeError ['<module>', '<lambda>']
# expect: ZeroDivisionError ['<module>', '<lambda>', '<lambda>']
