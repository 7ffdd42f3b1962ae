# re: re.error (PatternError) messages and positions from the parser, and the API's TypeErrors
import re
bad = ['a**', '*a', '^*', '(abc', 'abc)', '[abc', '(?<x>a)', r'\q', '(?P<1a>x)', 'x{2,1}', '[z-a]', '(?P=x)', r'\2', '(?', '(?P', '(?Px)',
       'a{1,2}{3}', '(?<=a+)b', '(?i', '(?z)', '(?i-i:a)', 'a(?i)b', '(?x)a\n(b', '[\\d-z]', r'\x4', r'(?P<a>x)(?P<a>y)', r'(?(1)a|b)',
       r'(?(x)a)', r'(?(0)a)', r'(?(2)a)(b)', '\\', r'\N{foo}', '(?P<>a)', '(?P<a', '(?P=', '(?#abc', '[]', '[^]', 'a|*', '(?:', '(a)(?(1)b|c|d)',
       r'(?P<a>a)(?(a)b|c', '(?i-:a)', '(?-:a)', '(?u-a:a)', '(?au)', '(?L)a', '(?i-L:a)', r'\u12', r'\U0011ffff', r'[\u12]', '(a)\\1(?<=\\1)',
       r'(?<=(a))(?<!\1)', r'\777', r'[\777]', '\\8', '(?P<a>(?P=a))', '(?:a)++?', '(?ix:a #c\n)b', '[a-\\w]', '(?<=a|bc)', '(a)(?<=(?(1)b|c))',
       '(?P<a>a)(?P=a)\n  (?P<b', 'ab\ncd(', '(?<=\\b)a', r'\b*', '(?=a)*', '(?x)a{1, 2}', '(?i)(?m)a', '(?m)x(?i)', '[[:alpha:]]', '\\09', '(?P<ö>x)']
for p in bad:
    try:
        r = re.compile(p)
        print(repr(p), 'ok', r.groups)
    except re.error as e:
        print(repr(p), e.msg, '|', e.pos, e.lineno, e.colno, '|', e)
    except Exception as e:
        print(repr(p), type(e).__name__, e)
# expect: 'a**' multiple repeat | 2 1 3 | multiple repeat at position 2
# expect: '*a' nothing to repeat | 0 1 1 | nothing to repeat at position 0
# expect: '^*' nothing to repeat | 1 1 2 | nothing to repeat at position 1
# expect: '(abc' missing ), unterminated subpattern | 0 1 1 | missing ), unterminated subpattern at position 0
# expect: 'abc)' unbalanced parenthesis | 3 1 4 | unbalanced parenthesis at position 3
# expect: '[abc' unterminated character set | 0 1 1 | unterminated character set at position 0
# expect: '(?<x>a)' unknown extension ?<x | 1 1 2 | unknown extension ?<x at position 1
# expect: '\\q' bad escape \q | 0 1 1 | bad escape \q at position 0
# expect: '(?P<1a>x)' bad character in group name '1a' | 4 1 5 | bad character in group name '1a' at position 4
# expect: 'x{2,1}' min repeat greater than max repeat | 2 1 3 | min repeat greater than max repeat at position 2
# expect: '[z-a]' bad character range z-a | 1 1 2 | bad character range z-a at position 1
# expect: '(?P=x)' unknown group name 'x' | 4 1 5 | unknown group name 'x' at position 4
# expect: '\\2' invalid group reference 2 | 1 1 2 | invalid group reference 2 at position 1
# expect: '(?' unexpected end of pattern | 2 1 3 | unexpected end of pattern at position 2
# expect: '(?P' unexpected end of pattern | 3 1 4 | unexpected end of pattern at position 3
# expect: '(?Px)' unknown extension ?Px | 1 1 2 | unknown extension ?Px at position 1
# expect: 'a{1,2}{3}' multiple repeat | 6 1 7 | multiple repeat at position 6
# expect: '(?<=a+)b' look-behind requires fixed-width pattern | None None None | look-behind requires fixed-width pattern
# expect: '(?i' missing -, : or ) | 3 1 4 | missing -, : or ) at position 3
# expect: '(?z)' unknown extension ?z | 1 1 2 | unknown extension ?z at position 1
# expect: '(?i-i:a)' bad inline flags: flag turned on and off | 5 1 6 | bad inline flags: flag turned on and off at position 5
# expect: 'a(?i)b' global flags not at the start of the expression | 1 1 2 | global flags not at the start of the expression at position 1
# expect: '(?x)a\n(b' missing ), unterminated subpattern | 6 2 1 | missing ), unterminated subpattern at position 6 (line 2, column 1)
# expect: '[\\d-z]' bad character range \d-z | 1 1 2 | bad character range \d-z at position 1
# expect: '\\x4' incomplete escape \x4 | 0 1 1 | incomplete escape \x4 at position 0
# expect: '(?P<a>x)(?P<a>y)' redefinition of group name 'a' as group 2; was group 1 | 12 1 13 | redefinition of group name 'a' as group 2; was group 1 at position 12
# expect: '(?(1)a|b)' invalid group reference 1 | 3 1 4 | invalid group reference 1 at position 3
# expect: '(?(x)a)' unknown group name 'x' | 3 1 4 | unknown group name 'x' at position 3
# expect: '(?(0)a)' bad group number | 3 1 4 | bad group number at position 3
# expect: '(?(2)a)(b)' invalid group reference 2 | 3 1 4 | invalid group reference 2 at position 3
# expect: '\\' bad escape (end of pattern) | 0 1 1 | bad escape (end of pattern) at position 0
# expect: '\\N{foo}' undefined character name 'foo' | 0 1 1 | undefined character name 'foo' at position 0
# expect: '(?P<>a)' missing group name | 4 1 5 | missing group name at position 4
# expect: '(?P<a' missing >, unterminated name | 4 1 5 | missing >, unterminated name at position 4
# expect: '(?P=' missing group name | 4 1 5 | missing group name at position 4
# expect: '(?#abc' missing ), unterminated comment | 0 1 1 | missing ), unterminated comment at position 0
# expect: '[]' unterminated character set | 0 1 1 | unterminated character set at position 0
# expect: '[^]' unterminated character set | 0 1 1 | unterminated character set at position 0
# expect: 'a|*' nothing to repeat | 2 1 3 | nothing to repeat at position 2
# expect: '(?:' missing ), unterminated subpattern | 0 1 1 | missing ), unterminated subpattern at position 0
# expect: '(a)(?(1)b|c|d)' conditional backref with more than two branches | 11 1 12 | conditional backref with more than two branches at position 11
# expect: '(?P<a>a)(?(a)b|c' missing ), unterminated subpattern | 8 1 9 | missing ), unterminated subpattern at position 8
# expect: '(?i-:a)' missing flag | 4 1 5 | missing flag at position 4
# expect: '(?-:a)' missing flag | 3 1 4 | missing flag at position 3
# expect: '(?u-a:a)' bad inline flags: cannot turn off flags 'a', 'u' and 'L' | 5 1 6 | bad inline flags: cannot turn off flags 'a', 'u' and 'L' at position 5
# expect: '(?au)' bad inline flags: flags 'a', 'u' and 'L' are incompatible | 4 1 5 | bad inline flags: flags 'a', 'u' and 'L' are incompatible at position 4
# expect: '(?L)a' bad inline flags: cannot use 'L' flag with a str pattern | 3 1 4 | bad inline flags: cannot use 'L' flag with a str pattern at position 3
# expect: '(?i-L:a)' bad inline flags: cannot turn off flags 'a', 'u' and 'L' | 5 1 6 | bad inline flags: cannot turn off flags 'a', 'u' and 'L' at position 5
# expect: '\\u12' incomplete escape \u12 | 0 1 1 | incomplete escape \u12 at position 0
# expect: '\\U0011ffff' bad escape \U0011ffff | 0 1 1 | bad escape \U0011ffff at position 0
# expect: '[\\u12]' incomplete escape \u12 | 1 1 2 | incomplete escape \u12 at position 1
# expect: '(a)\\1(?<=\\1)' ok 1
# expect: '(?<=(a))(?<!\\1)' ok 1
# expect: '\\777' octal escape value \777 outside of range 0-0o377 | 0 1 1 | octal escape value \777 outside of range 0-0o377 at position 0
# expect: '[\\777]' octal escape value \777 outside of range 0-0o377 | 1 1 2 | octal escape value \777 outside of range 0-0o377 at position 1
# expect: '\\8' invalid group reference 8 | 1 1 2 | invalid group reference 8 at position 1
# expect: '(?P<a>(?P=a))' cannot refer to an open group | 10 1 11 | cannot refer to an open group at position 10
# expect: '(?:a)++?' multiple repeat | 7 1 8 | multiple repeat at position 7
# expect: '(?ix:a #c\n)b' ok 0
# expect: '[a-\\w]' bad character range a-\w | 1 1 2 | bad character range a-\w at position 1
# expect: '(?<=a|bc)' look-behind requires fixed-width pattern | None None None | look-behind requires fixed-width pattern
# expect: '(a)(?<=(?(1)b|c))' ok 1
# expect: '(?P<a>a)(?P=a)\n  (?P<b' missing >, unterminated name | 21 2 7 | missing >, unterminated name at position 21 (line 2, column 7)
# expect: 'ab\ncd(' missing ), unterminated subpattern | 5 2 3 | missing ), unterminated subpattern at position 5 (line 2, column 3)
# expect: '(?<=\\b)a' ok 0
# expect: '\\b*' nothing to repeat | 2 1 3 | nothing to repeat at position 2
# expect: '(?=a)*' ok 0
# expect: '(?x)a{1, 2}' ok 0
# expect: '(?i)(?m)a' ok 0
# expect: '(?m)x(?i)' global flags not at the start of the expression | 5 1 6 | global flags not at the start of the expression at position 5
# expect: '[[:alpha:]]' ok 0
# expect: '\\09' ok 0
# expect: '(?P<ö>x)' ok 1
for p, f in [('a', re.L), ('a', re.A | re.U), (b'a', re.U), (b'a', re.A | re.L), ('a{99999999999}', 0)]:
    try:
        re.compile(p, f)
    except Exception as e:
        print(type(e).__name__, e)
# expect: ValueError cannot use LOCALE flag with a str pattern
# expect: ValueError ASCII and UNICODE flags are incompatible
# expect: ValueError cannot use UNICODE flag with a bytes pattern
# expect: ValueError ASCII and LOCALE flags are incompatible
# expect: OverflowError the repetition number is too large
for args in [('a', 1), (1, 'a'), (b'a', 'a'), ('a', b'a'), ('a', None)]:
    try:
        re.search(*args)
    except Exception as e:
        print(type(e).__name__, e)
# expect: TypeError expected string or bytes-like object, got 'int'
# expect: TypeError first argument must be string or compiled pattern
# expect: TypeError cannot use a bytes pattern on a string-like object
# expect: TypeError cannot use a string pattern on a bytes-like object
# expect: TypeError expected string or bytes-like object, got 'NoneType'
try:
    re.compile(re.compile('a'), re.I)
except Exception as e:
    print(type(e).__name__, e)
# expect: ValueError cannot process flags argument with a compiled pattern
m = re.match('(a)(?P<b>b)', 'ab')
for g in [3, -1, 'c', 1.5]:
    try:
        m.group(g)
    except Exception as e:
        print(type(e).__name__, e)
# expect: IndexError no such group
# expect: IndexError no such group
# expect: IndexError no such group
# expect: IndexError no such group
print(m.group(True), m['b'], m.start(2), m.span('b'))  # expect: a b 1 (1, 2)
for make in [re.Pattern, re.Match]:
    try:
        make()
    except TypeError as e:
        print(e)
# expect: cannot create 're.Pattern' instances
# expect: cannot create 're.Match' instances
e = re.error('boom', 'ab\ncd', 4)
print(e, e.msg, e.pattern, e.pos, e.lineno, e.colno, re.error('x'), re.error('x').pos, issubclass(re.error, Exception))
# expect: boom at position 4 (line 2, column 2) boom ab
# expect: cd 4 2 2 x None True
try:
    re.compile(b'a\n(b')
except re.error as e:
    print(e, e.lineno, e.colno, e.pattern)

# expect: missing ), unterminated subpattern at position 2 (line 2, column 1) 2 1 b'a\n(b'