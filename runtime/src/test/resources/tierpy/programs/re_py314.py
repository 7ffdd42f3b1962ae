# re: what changed after 3.11 — \z (3.14), \B on empty input (3.14), PatternError (3.13)
import re
print(re.search(r'a\z', 'a\n'), re.search(r'a\z', 'a').span(), re.findall(r'\w+\z', 'ab cd'))  # expect: None (0, 1) ['cd']
print(re.search(r'\B', ''), re.findall(r'\B', 'ab'))  # expect: <re.Match object; span=(0, 0), match=''> ['']
print(re.error is re.PatternError, re.PatternError.__name__, re.PatternError.__module__)  # expect: True PatternError re
try:
    re.compile('[\\z]')
except re.PatternError as e:
    print(type(e).__name__, e)  # expect: PatternError bad escape \z at position 1
