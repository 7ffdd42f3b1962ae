# re: RegexFlag values, names and reprs (definition order), and Pattern repr's sre order
import re
print(re.A | re.M, re.I | re.U | re.X | re.S | re.L | re.DEBUG, re.compile('a', re.A | re.M), re.RegexFlag(1024 | 2), re.A | re.I, (re.A | re.M).name, re.NOFLAG.name, re.X.name)  # expect: re.ASCII|re.MULTILINE re.IGNORECASE|re.LOCALE|re.UNICODE|re.DOTALL|re.VERBOSE|re.DEBUG re.compile('a', re.MULTILINE|re.ASCII) re.IGNORECASE|0x400 re.ASCII|re.IGNORECASE ASCII|MULTILINE NOFLAG VERBOSE
print(re.RegexFlag.IGNORECASE, re.RegexFlag.NOFLAG, re.RegexFlag.ASCII | re.M, re.I == 2, re.I in (2,), isinstance(re.M, int), re.S + 0, hash(re.I) == hash(2))  # expect: re.IGNORECASE re.NOFLAG re.ASCII|re.MULTILINE True True True 16 True
