
a.b.c(d)(e)[f].g
f()
f(a)(b)
f(a, b=1)
f(*args)
f(**kw)
f(a, *b, c, d=1, **e)
(a)(b)
(a).b
(a)[b]
x = (1)
x = (1,)
x = ()
x = (((a)))
print((a, b), (c))
obj.method(arg).attr[0](*a)
