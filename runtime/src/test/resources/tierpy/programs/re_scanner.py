# re: Pattern.scanner and the re.Scanner lexer; finditer over a pattern with pos/endpos
import re
sc = re.compile(r'\d+|(?=x)').scanner('12x3y')
print(sc.pattern, [sc.match(), sc.match(), sc.match(), sc.match()])  # expect: re.compile('\\d+|(?=x)') [<re.Match object; span=(0, 2), match='12'>, <re.Match object; span=(2, 2), match=''>, None, None]
sc = re.compile(r'\d').scanner('a1b22')
print([m.group() if m else m for m in (sc.search(), sc.search(), sc.search(), sc.search(), sc.search())])  # expect: ['1', '2', '2', None, None]
sc = re.compile(r'x*').scanner('axx')
print([m.span() if m else m for m in (sc.search(), sc.search(), sc.search(), sc.search(), sc.search())])  # expect: [(0, 0), (1, 3), (3, 3), None, None]
scanner = re.Scanner([
    (r'[a-zA-Z_]\w*', lambda s, tok: ('NAME', tok)),
    (r'\d+(\.\d*)?', lambda s, tok: ('NUM', float(tok) if '.' in tok else int(tok))),
    (r'[-+*/=()]', lambda s, tok: ('OP', tok)),
    (r'\s+', None),
])
print(scanner.scan('x = 3.5 * (y + 42)'))  # expect: ([('NAME', 'x'), ('OP', '='), ('NUM', 3.5), ('OP', '*'), ('OP', '('), ('NAME', 'y'), ('OP', '+'), ('NUM', 42), ('OP', ')')], '')
print(scanner.scan('a + 1 $ b'))  # expect: ([('NAME', 'a'), ('OP', '+'), ('NUM', 1)], '$ b')
print(re.Scanner([(r'a', 'A'), (r'b', lambda s, t: s.match.span())]).scan('abab!'))  # expect: (['A', (1, 2), 'A', (3, 4)], '!')
print([m.span() for m in re.compile('a').finditer('aaaa', 1, 3)], list(re.compile('a').finditer('aaaa', 5)))  # expect: [(1, 2), (2, 3)] []
sc = re.compile(r'\w').scanner('ab c', 1)
print([(m.group(), m.pos, m.endpos) for m in iter(sc.search, None)], re.compile('^a').scanner('aa').search(), re.compile('a').scanner('xaxa', 0, 3).match())  # expect: [('b', 1, 4), ('c', 1, 4)] <re.Match object; span=(0, 1), match='a'> None
it = re.finditer(r'\d', 'a1b2c3')
print(type(it).__name__ != 'list', next(it).group(), [m.group() for m in it], list(it))  # expect: True 1 ['2', '3'] []
big = 'x1' * 200000
print(next(re.finditer(r'\d', big)).span(), sum(1 for _ in re.finditer(r'\d', big)), re.sub(r'\d', lambda m: '', 'a1b2'), list(re.compile('a').finditer('aaa', 1)))  # expect: (1, 2) 200000 ab [<re.Match object; span=(1, 2), match='a'>, <re.Match object; span=(2, 3), match='a'>]
