
if (n := len(a)) > 10:
    pass
while chunk := f.read(10):
    pass
print([y := f(x), y**2])
data = [z for x in range(3) if (z := x * 2)]
foo(x := 3, cat='vector')
a[(b := 1)]
