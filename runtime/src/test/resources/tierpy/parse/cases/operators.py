
a = not b and c or d and not e
x = a | b ^ c & d << e >> f + g - h * i / j // k % l @ m ** -n ** ~o
y = a < b <= c > d >= e == f != g is h is not i in j not in k
z = -(-1) + +a - ~b
a += 1; a -= 1; a *= 1; a /= 1; a //= 1; a %= 1; a **= 1; a >>= 1; a <<= 1; a &= 1; a ^= 1; a |= 1; a @= 1
w = a if b else c if d else e
v = (a if b else c)(d)
u = await_ = 1
t = (yield)
