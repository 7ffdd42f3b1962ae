# enum: Flag and IntFlag composition, iteration, containment, pseudo-members and boundaries
from enum import Flag, IntFlag, auto


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7


print(Perm.R, repr(Perm.R | Perm.W), str(Perm.R | Perm.W), (Perm.R | Perm.W).name, (Perm.R | Perm.W).value)  # expect: Perm.R <Perm.R|W: 6> Perm.R|W R|W 6
print(list(Perm), list(Perm.RWX), len(Perm.R | Perm.X), Perm.R in Perm.RWX, Perm.X in (Perm.R | Perm.W))  # expect: [<Perm.R: 4>, <Perm.W: 2>, <Perm.X: 1>] [<Perm.R: 4>, <Perm.W: 2>, <Perm.X: 1>] 2 True False
print(repr(Perm(0)), str(Perm(0)), bool(Perm(0)), bool(Perm.R), repr(~Perm.R), repr(Perm.RWX & ~Perm.W))  # expect: <Perm: 0> Perm(0) False True <Perm.W|X: 3> <Perm.R|X: 5>
print(repr(Perm.R ^ Perm.RWX), Perm(6), Perm(7) is Perm.RWX, Perm['W'])  # expect: <Perm.W|X: 3> Perm.R|W True Perm.W
try:
    Perm(8)
except ValueError as e:
    print(repr(e))  # expect: ValueError("<flag 'Perm'> invalid value 8\n    given 0b0 1000\n  allowed 0b0 0111")


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()


print([c.value for c in Color], repr(Color.RED | Color.BLUE), Color(3))  # expect: [1, 2, 4] <Color.RED|BLUE: 5> Color.RED|GREEN


class Mode(IntFlag):
    A = 1
    B = 2
    C = 4


print(Mode.A | Mode.B, repr(Mode.A | Mode.B), repr(Mode(8)), repr(Mode.A | 8), repr(Mode(0)), repr(~Mode.A))  # expect: 3 <Mode.A|B: 3> <Mode: 8> <Mode.A|8: 9> <Mode: 0> <Mode.B|C: 6>
print(Mode.A + 1, Mode.B == 2, isinstance(Mode.C, int), f'{Mode.C}', format(Mode.A | Mode.C, '03d'), int(Mode.A | Mode.C))  # expect: 2 True True 4 005 5
print(list(Mode.A | Mode.C), Mode.A in (Mode.A | Mode.B), (Mode.A | Mode.B) & Mode.B, 3 | Mode.C)  # expect: [<Mode.A: 1>, <Mode.C: 4>] True 2 7
