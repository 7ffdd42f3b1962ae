
a, *b = 1, 2, 3
*a, b = c
[a, *b] = c
(a, (b, *c)), d = e
for *x, y in z: pass
for (x, y), z in w: pass
for x, in y: pass
a = b = c = 1
a.b = c[d] = e, f = g
x, = y
print(*a, *b, **c, **d)
f(a, *b, c=1, *d, **e)
t = *a, *b
s = {*a, *b}
l = [*a, *b]
d = {**a, 'b': 1, **c}
