# re: TypeErrors of the API and the optional arguments of Match methods
import re
for f in [lambda: re.sub('a', 'b', 5), lambda: re.sub('a', lambda m: 5, 'a'), lambda: re.findall('a', None), lambda: re.split('a', 3),
          lambda: re.compile('a').match('a', 'x'), lambda: re.match('(a)', 'a').group(1, 5), lambda: re.match('a', 'a').start(1),
          lambda: re.match('a', 'a').groups(1, 2), lambda: re.sub('a', b'x', 'a'), lambda: re.sub(b'a', 'x', b'a'),
          lambda: re.match('(?P<n>a)', 'a').expand(r'\g<m>'), lambda: re.compile(5), lambda: re.escape(5)]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
# expect: TypeError expected string or bytes-like object, got 'int'
# expect: TypeError sequence item 0: expected str instance, int found
# expect: TypeError expected string or bytes-like object, got 'NoneType'
# expect: TypeError expected string or bytes-like object, got 'int'
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: IndexError no such group
# expect: IndexError no such group
# expect: TypeError groups() takes at most 1 argument (2 given)
# expect: TypeError sequence item 0: expected str instance, bytes found
# expect: TypeError sequence item 0: expected a bytes-like object, str found
# expect: IndexError unknown group name 'm'
# expect: TypeError first argument must be string or compiled pattern
# expect: TypeError decoding to str: need a bytes-like object, int found
m = re.match(r'(?P<a>\d)(\w)?', '1')
print(m.groups(default='-'), m.groupdict(default='?'), m.expand(b'x') if False else m.expand(r'<\g<a>\2>'), m[0], m['a'], m.start(), m.end('a'), m.span(2))  # expect: ('1', '-') {'a': '1'} <1> 1 1 0 1 (-1, -1)
