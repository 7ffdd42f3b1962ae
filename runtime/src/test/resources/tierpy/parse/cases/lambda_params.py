
f = lambda: 0
f = lambda x: x
f = lambda x, y=1, *args, z, w=2, **kw: (x, y, args, z, w, kw)
f = lambda a, b, /, c, *, d: a
f = lambda *, k=1: k
f = lambda *a, **k: 0
f = lambda x=lambda y: y: x
