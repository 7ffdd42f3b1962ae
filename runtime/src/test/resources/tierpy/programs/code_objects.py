import dis
import io
import warnings


def f(x):
    a = x + "abc"
    return a * 2


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    table = f.__code__.co_lnotab
print(type(table).__name__, len(table) % 2, table[1::2])  # expect: bytes 0 b'\x01\x01'
print(caught[0].category.__name__, caught[0].message)  # expect: DeprecationWarning co_lnotab is deprecated, use co_lines instead.


def far():
    x = 1



    return x


with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    print(far.__code__.co_lnotab[1::2])  # expect: b'\x01\x04'

def show(code):
    """dis.dis without its blank lines (an expect line cannot be empty)."""
    out = io.StringIO()
    dis.dis(code, file=out)
    for line in out.getvalue().splitlines():
        if line:
            print(line)


c = f.__code__.replace(co_consts=("xyz",))
print(c.co_consts, c == f.__code__)  # expect: ('xyz',) False
for ins in dis.get_instructions(c):
    if ins.opname == "LOAD_CONST":
        print(ins.argval, ins.argrepr)  # expect: xyz 'xyz'
show(c)
# expect:   6           RESUME                   0
# expect:   7           LOAD_FAST_BORROW         0 (x)
# expect:               LOAD_CONST               0 ('xyz')
# expect:               BINARY_OP                0 (+)
# expect:               STORE_FAST               1 (a)
# expect:   8           LOAD_FAST_BORROW         1 (a)
# expect:               LOAD_SMALL_INT           2
# expect:               BINARY_OP                5 (*)
# expect:               RETURN_VALUE
f.__code__ = c
print(f("q"))  # expect: qxyzqxyz


def h():
    return (None, 1.5)

print(h.__code__.co_consts)  # expect: (None, (None, 1.5))
h2 = h.__code__.replace(co_consts=(None, (b"r", ...)))
show(h2)
# expect:  58           RESUME                   0
# expect:  59           LOAD_CONST               1 ((b'r', Ellipsis))
# expect:               RETURN_VALUE
