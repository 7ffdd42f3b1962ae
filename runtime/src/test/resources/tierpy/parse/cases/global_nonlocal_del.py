
def outer():
    x = 1
    def inner():
        nonlocal x, y
        global g, h
        del x, y[0], z.a, (p, q), [r]
        del (a)
        del a,
    return inner
