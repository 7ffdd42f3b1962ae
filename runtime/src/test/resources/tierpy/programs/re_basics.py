# re: match, search, fullmatch, findall, finditer, Match and Pattern objects
import re
print(re.match('a+', 'aaab'))  # expect: <re.Match object; span=(0, 3), match='aaa'>
print(re.match('b', 'ab'), re.search('b', 'ab'), re.fullmatch('a+', 'aaa'), re.fullmatch('a+', 'aab'), re.fullmatch(r'a|ab', 'ab'))  # expect: None <re.Match object; span=(1, 2), match='b'> <re.Match object; span=(0, 3), match='aaa'> None <re.Match object; span=(0, 2), match='ab'>
m = re.search(r'(?P<word>\w+)\s(\d+)', 'hello world 42 x')
print(m, m.groups(), m.groupdict(), m.lastindex, m.lastgroup, m.span(2), m['word'], m[2], bool(m))  # expect: <re.Match object; span=(6, 14), match='world 42'> ('world', '42') {'word': 'world'} 2 None (12, 14) world 42 True
m = re.match(r'(?P<first>\w+) (?P<last>\w+)', 'Jane Doe')
print(m.group('first', 'last'), m.group(0, 1, 2), m.group(), m.start('last'), m.end(1), m.span(), m.re.groupindex, m.pos, m.endpos, m.string)  # expect: ('Jane', 'Doe') ('Jane Doe', 'Jane', 'Doe') Jane Doe 5 4 (0, 8) {'first': 1, 'last': 2} 0 8 Jane Doe
print(m.re, m.re.pattern, m.re.flags, m.re.groups, m.regs, m.lastgroup, m.expand(r'\g<last>, \1'))  # expect: re.compile('(?P<first>\\w+) (?P<last>\\w+)') (?P<first>\w+) (?P<last>\w+) 32 2 ((0, 8), (0, 4), (5, 8)) last Doe, Jane
print(re.match('(a)|(b)', 'b').groups(), re.match('(a)|(b)', 'b').groups(0), re.match('(a)|(b)', 'b').groupdict(), re.match('(?P<x>a)|(?P<y>b)', 'b').groupdict('-'))  # expect: (None, 'b') (0, 'b') {} {'x': '-', 'y': 'b'}
print(re.match('(a)(b)?', 'ac').span(2), re.match('(a)(b)?', 'ac').start(2), re.match('(a)(b)?', 'ac').group(2), re.match('(a)(b)?', 'ac').regs)  # expect: (-1, -1) -1 None ((0, 1), (0, 1), (-1, -1))
print(re.match(r'(\w+) \1', 'hey hey'), re.match(r'(?P<w>\w+) (?P=w)', 'a a'), re.match(r'(?i)(a)\1', 'aA'), re.search(r'(.)\1', 'abccd'))  # expect: <re.Match object; span=(0, 7), match='hey hey'> <re.Match object; span=(0, 3), match='a a'> <re.Match object; span=(0, 2), match='aA'> <re.Match object; span=(2, 4), match='cc'>
print(re.match('((a)(b))', 'ab').lastindex, re.match('(a)(b)', 'ab').lastindex, re.match('(a)(b)?', 'a').lastindex, re.match('a', 'a').lastindex, re.match('(?P<n>a)', 'a').lastgroup)  # expect: 1 2 1 None n
print(re.match('(a())', 'a').lastindex, re.match('(a)()', 'a').lastindex, re.match('(?:(a)|(b))*', 'ab').lastindex, re.match('(?:(a)|(b))*', 'ba').lastindex)  # expect: 1 2 2 1
print(re.findall(r'\d+', 'a1b22c333'), re.findall(r'(\w)=(\d)', 'a=1 b=2'), re.findall(r'(\w)=(\d)?', 'a= b=2'), re.findall('', 'ab'), re.findall(r'(a)(b)?', 'ab a'))  # expect: ['1', '22', '333'] [('a', '1'), ('b', '2')] [('a', ''), ('b', '2')] ['', '', ''] [('a', 'b'), ('a', '')]
print([m.span() for m in re.finditer(r'\d+', 'a12b3')], [m.group(1) for m in re.finditer(r'(\w)\d', 'a1 b2 c')], list(re.finditer('x', 'abc')))  # expect: [(1, 3), (4, 5)] ['a', 'b'] []
print(re.findall(r'|a', 'a'), [m.span() for m in re.finditer(r'(?=a)|a', 'aa')], re.findall('x*', 'abxd'), re.findall(r'\b|a', 'ab'))  # expect: ['', 'a', ''] [(0, 0), (0, 1), (1, 1), (1, 2)] ['', '', 'x', '', ''] ['', 'a', '']
p = re.compile(r'\d')
print(p.findall('1a2b3', 1), p.findall('1a2b3', 1, 3), p.search('123', 1), p.match('123', 1), p.match('123', 1, 1), p.fullmatch('123', 1, 2), p.search('abc'), [m.group() for m in p.finditer('1a2', 1)])  # expect: ['2', '3'] ['2'] <re.Match object; span=(1, 2), match='2'> <re.Match object; span=(1, 2), match='2'> None <re.Match object; span=(1, 2), match='2'> None ['2']
print(re.compile('^a').search('ba', 1), re.compile('(?m)^a').search('\na', 1), re.compile('a$').search('ab', 0, 1), re.compile(r'\bb').search('ab', 1), re.compile('$').search('abc', 1, 2).span())  # expect: None <re.Match object; span=(1, 2), match='a'> <re.Match object; span=(0, 1), match='a'> None (2, 2)
print(re.compile('').search('abc', 2, 1), re.compile('').search('abc', -5, 99).span(), re.compile('b').search('abc', -1), p.match('123', 5), re.compile('x').search('x', 0, -1))  # expect: None (0, 0) <re.Match object; span=(1, 2), match='b'> None None
m = re.compile('(b)').search('abc', 1, 3)
print(m.pos, m.endpos, m.regs, m.re, m.string, m.expand(r'[\1]'), m.expand(r'\g<0>!'))  # expect: 1 3 ((1, 2), (1, 2)) re.compile('(b)') abc [b] b!
m = re.compile('b').search('abc', -3, 100)
print(m.pos, m.endpos, p.search(string='a5', pos=1), p.match('a5', endpos=1))  # expect: 0 3 <re.Match object; span=(1, 2), match='5'> None
print(re.compile('a+', re.I), re.compile('x', re.M | re.S), re.compile(r'\d', re.A), re.compile('a', re.U), re.compile('a', re.X | re.I), repr(re.compile('x' * 300))[-10:])  # expect: re.compile('a+', re.IGNORECASE) re.compile('x', re.MULTILINE|re.DOTALL) re.compile('\\d', re.ASCII) re.compile('a') re.compile('a', re.IGNORECASE|re.VERBOSE) xxxxxxxxx)
print(re.compile('a') == re.compile('a'), re.compile('a') is re.compile('a'), re.compile('a', re.I) == re.compile('a'), re.compile(re.compile('b')).pattern, hash(re.compile('a')) == hash(re.compile('a')))  # expect: True True False b True
print(re.I | re.M, re.I, re.NOFLAG, re.A.value, re.I.name, re.M & re.M, re.compile('(?i)a').flags, re.compile('(?s)a', re.M).flags, re.compile(b'a').flags, int(re.X))  # expect: re.IGNORECASE|re.MULTILINE re.IGNORECASE re.NOFLAG 256 IGNORECASE re.MULTILINE 34 56 0 64
print(type(re.compile('a')), type(re.match('a', 'a')), re.Pattern, re.Match, isinstance(re.compile('a'), re.Pattern))  # expect: <class 're.Pattern'> <class 're.Match'> <class 're.Pattern'> <class 're.Match'> True
print(re.search('a', 'xa' * 40), re.search('x' * 60, 'x' * 60))  # expect: <re.Match object; span=(1, 2), match='a'> <re.Match object; span=(0, 60), match='xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx>
import copy
m = re.match('a', 'a')
print(copy.copy(m) is m, copy.deepcopy(re.compile('a')) is re.compile('a'), len(re.findall('.', 'x' * 10000)))  # expect: True True 10000
re.purge()
print(re.compile('(?P<a>x)(?P<b>y)').groupindex, re.compile('(a)(b)(c)').groups, re.compile('(?:a)(?=b)(?P<c>c)').groups)  # expect: {'a': 1, 'b': 2} 3 1
