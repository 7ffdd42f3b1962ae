# re: str subclasses as patterns and subjects, __index__ positions
import re
class S(str):
    pass
class I:
    def __index__(self):
        return 1
s = S('abc')
print(re.search('b', s), re.findall('.', s), re.sub('b', 'x', s), re.compile(S('a+')).match('aa'), re.compile('b').search('abc', I()), re.split('b', s))  # expect: <re.Match object; span=(1, 2), match='b'> ['a', 'b', 'c'] axc <re.Match object; span=(0, 2), match='aa'> <re.Match object; span=(1, 2), match='b'> ['a', 'c']
m = re.search('b', s)
print(type(m.group()).__name__, type(m.string).__name__, re.sub('b', lambda m: m.group(), s), type(re.sub('z', 'x', s)).__name__)  # expect: str S abc str
