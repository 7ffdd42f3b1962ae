# format(value, format_spec='', /): a non-str spec is a TypeError (not a leaked Java cast), keywords and counts checked as CPython does
class S(str):
    pass
print(format(3.14159, S('.2f')), format(7), format(2.5, ''))  # expect: 3.14 7 2.5
for f in [lambda: format(1, 5), lambda: format('a', None), lambda: format(object(), b''), lambda: format(5, format_spec='>4'), lambda: format(), lambda: format(1, '', 2)]:
    try:
        print(f())
    except TypeError as e:
        print(e)
# expect: format() argument 2 must be str, not int
# expect: format() argument 2 must be str, not None
# expect: format() argument 2 must be str, not bytes
# expect: format() takes no keyword arguments
# expect: format expected at least 1 argument, got 0
# expect: format expected at most 2 arguments, got 3
