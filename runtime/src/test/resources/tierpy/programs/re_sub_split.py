# re: sub/subn with templates and functions, split, escape
import re
print(re.sub(r'(\d+)', r'<\1>', 'a1b22'), re.sub(r'(?P<n>\d)', r'\g<n>\g<n>', 'a1'), re.sub('a', r'\n', 'bab') == 'b\nb', re.sub('a', r'\\', 'a'), re.sub('a', r'\&', 'a'))  # expect: a<1>b<22> a11 True \ \&
print(re.sub('(a)(b)?', r'[\2]', 'a ab'), re.sub('x', 'y', 'xxx', count=2), re.subn('x', 'y', 'xxx'), re.sub('', '-', 'abc'), re.sub('(?=b)', '^', 'abab'), re.sub('x*', '-', 'abxd'))  # expect: [] [b] yyx ('yyy', 3) -a-b-c- a^ba^b -a-b--d-
print(re.sub(r'(\w+)@(\w+)', lambda m: m.group(2) + '@' + m.group(1), 'me@host you@there'), re.sub('a|(b)', lambda m: str(m.lastindex), 'ab'), re.subn('a', lambda m: m.group().upper(), 'aba'))  # expect: host@me there@you None1 ('AbA', 2)
print(re.sub(r'\d', r'\g<0>\g<0>', 'a1'), re.sub(r'(a)', r'\101', 'a'), re.sub(r'(a)', r'\0', 'a') == '\x00', re.sub('a', '\\t', 'a') == '\t', re.sub('(a)', r'\g<1>0', 'a'))  # expect: a11 A True True a0
print(re.sub('(?m)^', '> ', 'a\nb\n'), re.sub('a', 'b', 'aaa', -1), re.subn('a', 'b', 'aaa', 0), re.sub('b', '', 'abc'), re.sub(re.compile('B', re.I), 'x', 'abc'), re.sub('a', 'b', 'xyz'))
# expect: > a
# expect: > b
# expect: >  aaa ('bbb', 3) ac axc xyz
print(re.sub(r'(?P<x>a)', r'[\g<x>\g<0>]', 'bab'), re.compile(r'\s+').sub(' ', 'a  b \n c'), re.compile('o').subn('0', 'foo boo', 3), re.sub('[aeiou]', lambda m: m[0].upper(), 'education'))  # expect: b[aa]b a b c ('f00 b0o', 3) EdUcAtIOn
for tpl in [r'\2', r'\g<x>', r'\g<', r'\g<1', r'\g<a b>', r'\q', r'\g<-1>', '\\', r'\g<>', r'\400']:
    try:
        print(repr(re.sub('(a)', tpl, 'a')))
    except re.error as e:
        print('error:', e.msg, '|', e.pos)
    except IndexError as e:
        print('IndexError:', e)
# expect: error: invalid group reference 2 | 1
# expect: IndexError: unknown group name 'x'
# expect: error: missing group name | 3
# expect: error: missing >, unterminated name | 3
# expect: error: bad character in group name 'a b' | 3
# expect: error: bad escape \q | 0
# expect: error: bad character in group name '-1' | 3
# expect: error: bad escape (end of pattern) | 0
# expect: error: missing group name | 3
# expect: error: octal escape value \400 outside of range 0-0o377 | 0
for bad in [1, None, b'x']:
    try:
        re.sub('a', bad, 'a')
    except TypeError as e:
        print(e)
# expect: decoding to str: need a bytes-like object, int found
# expect: decoding to str: need a bytes-like object, NoneType found
# expect: sequence item 0: expected str instance, bytes found
print(re.split(r'\W+', 'Words, words, words.'), re.split(r'(\W+)', 'Words, words, words.'), re.split(r'\W+', 'Words, words, words.', 1), re.split('x*', 'axbc'), re.split(r'(a)|b', 'xaybz'))  # expect: ['Words', 'words', 'words', ''] ['Words', ', ', 'words', ', ', 'words', '.', ''] ['Words', 'words, words.'] ['', 'a', '', 'b', 'c', ''] ['x', 'a', 'y', None, 'z']
print(re.split('[a-f]+', '0a3B9', flags=re.IGNORECASE), re.split(r'\s', ''), re.split('', 'ab'), re.split('(?m)^$', 'a\n\nb'), re.split(r'\b', 'a b'), re.split('a', 'bab', maxsplit=-1))  # expect: ['0', '3', '9'] [''] ['', 'a', 'b', ''] ['a\n', '\nb'] ['', 'a', ' ', 'b', ''] ['bab']
print(re.split(r'[,;]\s*', 'a, b;c'), re.compile(',').split('a,b,c', maxsplit=1), re.split('(,)', ',a,'), re.split(r'(?<=,)', 'a,b,c'), re.split('(x)?,', 'a,bx,c'))  # expect: ['a', 'b', 'c'] ['a', 'b,c'] ['', ',', 'a', ',', ''] ['a,', 'b,', 'c'] ['a', None, 'b', 'x', 'c']
print(re.escape('1.5*2+[x](y){z}?^$|\\ - # & ~'), re.escape('héllo wörld_1'), re.escape(b'a.b'), re.escape('\t\n') == '\\\t\\\n', re.escape('!"%\',/:;<=>@`'))  # expect: 1\.5\*2\+\[x\]\(y\)\{z\}\?\^\$\|\\\ \-\ \#\ \&\ \~ héllo\ wörld_1 b'a\\.b' True !"%',/:;<=>@`
print(re.match(re.escape('a.b*c'), 'a.b*c'), re.findall(re.escape('$5.00'), 'costs $5.00 or $5x00'), re.match('(?x)' + re.escape('a b'), 'a b'))  # expect: <re.Match object; span=(0, 5), match='a.b*c'> ['$5.00'] <re.Match object; span=(0, 3), match='a b'>
