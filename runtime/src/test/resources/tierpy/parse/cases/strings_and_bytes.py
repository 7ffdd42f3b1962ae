
s = 'a' "b" """c""" 'd'
u = u"unicode" "x"
r = r"raw\n" R'\d'
rb = rb"\x00" BR"x" Rb'y'
b = b"bytes\x00\xff" b'\t\n\r\\\'"'
e = "escapes \t \n \\ \' \" \a \b \f \v \0 \101 \x41 \u00e9 \U0001F600 \N{BULLET}"
m = """multi
line
string"""
q = "it's" + 'say "hi"' + '\'both"'
n = "\
continued"
