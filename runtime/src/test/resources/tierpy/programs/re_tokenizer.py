# re: the tokenizer recipe of the re documentation (named alternatives, lastgroup, MULTILINE line tracking)
import re
from collections import namedtuple

Token = namedtuple('Token', ['type', 'value', 'line', 'column'])

def tokenize(code):
    keywords = {'IF', 'THEN', 'ENDIF', 'FOR', 'NEXT', 'GOSUB', 'RETURN'}
    token_specification = [
        ('NUMBER',   r'\d+(\.\d*)?'),
        ('ASSIGN',   r':='),
        ('END',      r';'),
        ('ID',       r'[A-Za-z]+'),
        ('OP',       r'[+\-*/]'),
        ('NEWLINE',  r'\n'),
        ('SKIP',     r'[ \t]+'),
        ('MISMATCH', r'.'),
    ]
    tok_regex = '|'.join('(?P<%s>%s)' % pair for pair in token_specification)
    line_num = 1
    line_start = 0
    for mo in re.finditer(tok_regex, code):
        kind = mo.lastgroup
        value = mo.group()
        column = mo.start() - line_start
        if kind == 'NUMBER':
            value = float(value) if '.' in value else int(value)
        elif kind == 'ID' and value in keywords:
            kind = value
        elif kind == 'NEWLINE':
            line_start = mo.end()
            line_num += 1
            continue
        elif kind == 'SKIP':
            continue
        elif kind == 'MISMATCH':
            raise RuntimeError(f'{value!r} unexpected on line {line_num}')
        yield Token(kind, value, line_num, column)

statements = '''
    IF quantity THEN
        total := total + price * quantity;
        tax := price * 0.05;
    ENDIF;
'''
for token in tokenize(statements):
    print(token)
# expect: Token(type='IF', value='IF', line=2, column=4)
# expect: Token(type='ID', value='quantity', line=2, column=7)
# expect: Token(type='THEN', value='THEN', line=2, column=16)
# expect: Token(type='ID', value='total', line=3, column=8)
# expect: Token(type='ASSIGN', value=':=', line=3, column=14)
# expect: Token(type='ID', value='total', line=3, column=17)
# expect: Token(type='OP', value='+', line=3, column=23)
# expect: Token(type='ID', value='price', line=3, column=25)
# expect: Token(type='OP', value='*', line=3, column=31)
# expect: Token(type='ID', value='quantity', line=3, column=33)
# expect: Token(type='END', value=';', line=3, column=41)
# expect: Token(type='ID', value='tax', line=4, column=8)
# expect: Token(type='ASSIGN', value=':=', line=4, column=12)
# expect: Token(type='ID', value='price', line=4, column=15)
# expect: Token(type='OP', value='*', line=4, column=21)
# expect: Token(type='NUMBER', value=0.05, line=4, column=23)
# expect: Token(type='END', value=';', line=4, column=27)
# expect: Token(type='ENDIF', value='ENDIF', line=5, column=4)
# expect: Token(type='END', value=';', line=5, column=9)
try:
    list(tokenize('x := 1 $'))
except RuntimeError as e:
    print(e)
# expect: '$' unexpected on line 1
text = "He was carefully disguised but captured quickly by police."
print([m.group(0) for m in re.finditer(r"\w+ly\b", text)], ['%02d-%02d: %s' % (m.start(), m.end(), m.group(0)) for m in re.finditer(r"\w+ly\b", text)])  # expect: ['carefully', 'quickly'] ['07-16: carefully', '40-47: quickly']
print(re.sub(r'def\s+([a-zA-Z_][a-zA-Z_0-9]*)\s*\(\s*\):', r'static PyObject*\npy_\1(void)\n{', 'def myfunc():'))
# expect: static PyObject*
# expect: py_myfunc(void)
# expect: {
valid = re.compile(r"^[a2-9tjqk]{5}$")
print(bool(valid.match("akt5q")), bool(valid.match("akt5e")), bool(valid.match("akt")), bool(valid.match("727ak")))  # expect: True False False True
pair = re.compile(r".*(.).*\1")
print(pair.match("717ak").group(1), pair.match("718ak"), pair.match("354aa").group(1))  # expect: 7 None a
entries = re.split("\n+", "Ross McFluff: 834.345.1254 155 Elm Street\n\nRonald Heathmore: 892.345.3428 436 Finley Avenue\nFrank Burger: 925.541.7625 662 South Dogwood Way")
print([re.split(":? ", entry, maxsplit=3) for entry in entries])  # expect: [['Ross', 'McFluff', '834.345.1254', '155 Elm Street'], ['Ronald', 'Heathmore', '892.345.3428', '436 Finley Avenue'], ['Frank', 'Burger', '925.541.7625', '662 South Dogwood Way']]
print(re.sub(r"(\w)(\w+)(\w)", lambda m: m.group(1) + m.group(2)[::-1] + m.group(3), "Professor Abdolmalek, please report your absences promptly."))  # expect: Posseforr Aelamlodbk, psaele rropet yuor aecnesbs pltpmory.
print(re.findall(r"\w+ly\b", text), re.match(r"(?P<first_name>\w+) (?P<last_name>\w+)", "Malcolm Reynolds").groupdict())  # expect: ['carefully', 'quickly'] {'first_name': 'Malcolm', 'last_name': 'Reynolds'}
print(re.match(r"(\d+)\.(\d+)", "24.1632").groups(), re.match(r"(\d+)\.?(\d+)?", "24").groups('0'), re.search(r'(?<=-)\w+', 'spam-egg').group(0))  # expect: ('24', '1632') ('24', '0') egg
