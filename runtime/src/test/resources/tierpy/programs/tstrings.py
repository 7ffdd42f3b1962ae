# string.templatelib: Template and Interpolation from t-strings and constructors
from string.templatelib import Template, Interpolation, convert

who = 'you'
t = t'hi {who!r:>6} and {who}'
print(t.strings, t.values)  # expect: ('hi ', ' and ', '') ('you', 'you')
print(t.interpolations[0])  # expect: Interpolation('you', 'who', 'r', '>6')
print(list(t))  # expect: ['hi ', Interpolation('you', 'who', 'r', '>6'), ' and ', Interpolation('you', 'who', None, '')]
u = Template('a', 'b', Interpolation(1, 'x'), Interpolation(2, 'y'))
print(u)  # expect: Template(strings=('ab', '', ''), interpolations=(Interpolation(1, 'x', None, ''), Interpolation(2, 'y', None, '')))
print((t'x{who}' + t'!').strings)  # expect: ('x', '!')
print(convert(who, 'r'), convert(who, None))  # expect: 'you' you
print(Interpolation.__match_args__)  # expect: ('value', 'expression', 'conversion', 'format_spec')
