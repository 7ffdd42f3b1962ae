# Recursion through Java code (repr, str, ==) stops with RecursionError as CPython's C recursion limit does; huge sizes give MemoryError
def nest(n):
    x = []
    for i in range(n):
        x = [x]
    return x


print(len(repr(nest(9000))), nest(9000) == nest(9000))  # expect: 18002 True
for n in (12000, 1000000):
    try:
        repr(nest(n))
    except RecursionError as e:
        print(e)  # expect: maximum recursion depth exceeded while getting the repr of an object
# expect: maximum recursion depth exceeded while getting the repr of an object
try:
    nest(50000) == nest(50000)
except RecursionError as e:
    print(e)  # expect: maximum recursion depth exceeded in comparison


class Deep:
    def __init__(self, inner):
        self.inner = inner

    def __str__(self):
        return '<' + str(self.inner) + '>'


d = 0
for i in range(20000):
    d = Deep(d)
try:
    str(d)
except RecursionError as e:
    print(type(e).__name__)  # expect: RecursionError
print(repr(nest(3)))  # expect: [[[[]]]]
for expr in ['bytes(10**11)', 'bytearray(2**31)', '[0] * 2**40']:
    try:
        eval(expr)
    except MemoryError as e:
        print('MemoryError', repr(e))  # expect: MemoryError MemoryError()
# expect: MemoryError MemoryError()
# expect: MemoryError MemoryError()
