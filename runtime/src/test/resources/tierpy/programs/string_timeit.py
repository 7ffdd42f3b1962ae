import string
import timeit
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), string.punctuation, len(string.printable))
print(string.capwords("hello   big world"), string.capwords("a-b c", "-"))
t = string.Template("$who likes ${what}; $$5 each")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="x"), t.get_identifiers())
try:
    t.substitute(who="a")
except KeyError as e:
    print("KeyError", e)
try:
    string.Template("bad $").substitute()
except ValueError as e:
    print(e)
f = string.Formatter()
print(f.format("{0}-{name}-{1!r:>5}|{x[0]}", "a", "b", name="n", x=[7]), f.format("{{lit}} {} {}", 1, 2))
print(list(f.parse("a{0:>3}b{c!r}")))
n = timeit.timeit(lambda: sum(range(10)), number=100)
print(type(n).__name__, n >= 0, len(timeit.repeat(lambda: None, repeat=3, number=10)), timeit.default_timer is not None)

# Expected output (CPython 3.14 semantics):
# expect: abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789 0123456789abcdefABCDEF 01234567
# expect: ' \t\n\r\x0b\x0c' !"#$%&'()*+,-./:;<=>?@[\]^_`{|}~ 100
# expect: Hello Big World A-B c
# expect: tim likes kung pao; $5 each x likes ${what}; $5 each ['who', 'what']
# expect: KeyError 'what'
# expect: Invalid placeholder in string: line 1, col 5
# expect: a-n-  'b'|7 {lit} 1 2
# expect: [('a', '0', '>3', None), ('b', 'c', '', 'r')]
# expect: float True 3 True
print('a\nb\r\nc'.splitlines(keepends=True), 'a\nb'.splitlines(keepends=False), 'a\nb\n'.splitlines(True))  # expect: ['a\n', 'b\r\n', 'c'] ['a', 'b'] ['a\n', 'b\n']
