
match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case ["go", direction] | ["move", direction]:
        pass
    case ["drop", *objects]:
        pass
    case [*_, last]:
        pass
    case Point(x=0, y=0):
        print("Origin")
    case Point(0, y=var) if var > 2:
        pass
    case {"x": 1, "y": 2, **rest}:
        pass
    case {1: _, "k": [a, b], Color.RED: None}:
        pass
    case -1 | 1.5 | 2 + 3j | -2 - 1j | "s" "t" | b"x":
        pass
    case None | True | False:
        pass
    case (a, b, *c) as whole:
        pass
    case ():
        pass
    case []:
        pass
    case (x):
        pass
    case (x,):
        pass
    case a.b.c:
        pass
    case str() | bytes():
        pass
    case _:
        pass
