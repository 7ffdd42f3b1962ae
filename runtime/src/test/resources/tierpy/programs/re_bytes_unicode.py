# re: bytes patterns (ASCII classes, latin-1 bytes) and str positions over non-BMP characters
import re
print(re.findall(rb'\w+', b'ab c\xe9d 12'), re.match(rb'(?i)ABC', b'abc'), re.sub(rb'(\d)', rb'<\1>', b'a1b2'), re.split(rb',', b'a,b'), re.compile(rb'\d+', re.I))  # expect: [b'ab', b'c', b'd', b'12'] <re.Match object; span=(0, 3), match=b'abc'> b'a<1>b<2>' [b'a', b'b'] re.compile(b'\\d+', re.IGNORECASE)
print(re.search(rb'\s', b'a\x85b'), re.search(r'\s', 'a\x85b'), re.match(rb'[\x80-\xff]+', b'\xe9\xff').span(), re.sub(b'a', lambda m: b'X', b'aba'), re.fullmatch(b'a.c', b'a\nc', re.S))  # expect: None <re.Match object; span=(1, 2), match='\x85'> (0, 2) b'XbX' <re.Match object; span=(0, 3), match=b'a\nc'>
m = re.search(rb'(?P<x>b+)', bytearray(b'abbc'))
print(m.group(), m.groupdict(), m.span(), m.string, re.escape(b'a b'), re.findall(b'(a)(b)?', b'ab a'), re.compile(b'(?i)\xe9').match(b'\xc9'))  # expect: b'bb' {'x': b'bb'} (1, 3) bytearray(b'abbc') b'a\\ b' [(b'a', b'b'), (b'a', b'')] None
print(re.sub(b'b', b'x', bytearray(b'abc')), re.split(b'b', bytearray(b'abc')), re.findall(b'.', bytearray(b'ab')), re.sub(b'(b)', b'[\\1]', b'abc'), re.subn(b'', b'-', b'ab'))  # expect: b'axc' [b'a', b'c'] [b'a', b'b'] b'a[b]c' (b'-a-b-', 3)
print(re.compile(b'a', re.A), re.compile(b'(?L)a').flags, re.match(b'\\bab\\b', b'ab'), re.compile(b'[a-z]+').findall(b'xy1z', 1), re.search(b'$', b'a\n').span())  # expect: re.compile(b'a', re.ASCII) 4 <re.Match object; span=(0, 2), match=b'ab'> [b'y', b'z'] (1, 1)
for p in [rb'\u0041', rb'\N{EM DASH}', b'(?u)a', b'(?P<\xe9>a)', rb'\400']:
    try:
        print(re.compile(p))
    except re.error as e:
        print(e)
# expect: bad escape \u at position 0
# expect: bad escape \N at position 0
# expect: bad inline flags: cannot use 'u' flag with a bytes pattern at position 3
# expect: re.compile(b'(?P<\xe9>a)')
# expect: octal escape value \400 outside of range 0-0o377 at position 0
s = 'a😀b😀😀c'
print([m.span() for m in re.finditer('😀+', s)], re.search('b', s).span(), re.sub('😀', 'x', s), re.split('b', s), re.search('c', s).start(), re.compile('c').search(s, 5).span(), re.compile('.').findall(s, 1, 3))  # expect: [(1, 2), (3, 5)] (2, 3) axbxxc ['a😀', '😀😀c'] 5 (5, 6) ['😀', 'b']
print(re.findall(r'\w', 'a𝐀1'), re.match('.{3}', '😀😀😀x').group(), re.search(r'(?<=😀)b', s).span(), len(re.match('[😀a]+', s).group()), re.match('(😀)(b)', '😀b').regs)  # expect: ['a', '𝐀', '1'] 😀😀😀 (2, 3) 2 ((0, 2), (0, 1), (1, 2))
m = re.search('(?P<e>😀+)(c)', s)
print(m, m.span('e'), m.start(2), m.end(), m.groupdict(), re.sub('(?<=😀)', '|', s), re.findall('[^a-z]', s), re.compile('😀').match(s, 1, 2))  # expect: <re.Match object; span=(3, 6), match='😀😀c'> (3, 5) 5 6 {'e': '😀😀'} a😀|b😀|😀|c ['😀', '😀', '😀'] <re.Match object; span=(1, 2), match='😀'>
print(re.findall(r'\d', '٣4𝟘'), re.findall(r'\w+', 'naïve café ½ x²'), re.findall(r'\s', '\u2028\u00a0\u200b'), re.findall('(?i)σ', 'Σσς'), re.match(r'(?i)[à-þ]+', 'ÀÉÎ').span())  # expect: ['٣', '4', '𝟘'] ['naïve', 'café', '½', 'x²'] ['\u2028', '\xa0'] ['Σ', 'σ', 'ς'] (0, 3)
print(re.findall(r'(?<=😀)|b', '😀b😀'), [m.span() for m in re.finditer(r'(?<=😀)|b', '😀b😀')], re.fullmatch(r'(?<=a)b', 'ab'), re.fullmatch(r'a(?<=a)', 'a'), re.sub(r'(?<=😀)', '|', '😀😀'), re.split(r'(?<=😀)', 'a😀b'))  # expect: ['', 'b', ''] [(1, 1), (1, 2), (3, 3)] None <re.Match object; span=(0, 1), match='a'> 😀|😀| ['a😀', 'b']
print(re.sub(r'\b', '|', 'héllo 😀 wörld'), re.findall(r'\B.', 'ab 😀c'), re.findall(r'(?m)^.', 'a\n😀\nb'), re.findall(r'(?m).$', 'a😀\nb'))  # expect: |héllo| 😀 |wörld| ['b', '😀'] ['a', '😀', 'b'] ['😀', 'b']
