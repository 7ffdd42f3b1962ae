# enum: Enum, IntEnum, StrEnum, auto, unique, aliases, lookup by value and name, functional API
from enum import Enum, IntEnum, StrEnum, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1


print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)  # expect: Color.RED <Color.RED: 1> RED 1
print(list(Color), len(Color), Color.CRIMSON is Color.RED)  # expect: [<Color.RED: 1>, <Color.GREEN: 2>, <Color.BLUE: 3>] 3 True
print(2 in Color, 7 in Color, 'RED' in Color)  # expect: True False False
print(Color(2), Color['BLUE'], Color.RED in Color)  # expect: Color.GREEN Color.BLUE True
print(list(Color.__members__), type(Color.RED), Color, isinstance(Color.GREEN, Color))  # expect: ['RED', 'GREEN', 'BLUE', 'CRIMSON'] <enum 'Color'> <enum 'Color'> True
print(f'{Color.RED}|{Color.RED:>12}|', str(Color.BLUE), [c.name for c in reversed(Color)])  # expect: Color.RED|   Color.RED| Color.BLUE ['BLUE', 'GREEN', 'RED']
try:
    Color(7)
except ValueError as e:
    print(repr(e))  # expect: ValueError('7 is not a valid Color')
try:
    Color['PINK']
except KeyError as e:
    print(repr(e))  # expect: KeyError('PINK')
try:
    Color.RED = 5
except AttributeError as e:
    print(e)  # expect: cannot reassign member 'RED'
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print(e)  # expect: '<' not supported between instances of 'Color' and 'Color'
try:
    class More(Color):
        PINK = 4
except TypeError as e:
    print(e)  # expect: <enum 'More'> cannot extend <enum 'Color'>
print(Color.RED == Color.RED, Color.RED != Color.GREEN, Color.RED == 1, hash(Color.RED) == hash('RED'))  # expect: True True False True
print({Color.RED: 'r'}[Color.CRIMSON], sorted(Color, key=lambda c: c.value)[-1])  # expect: r Color.BLUE


class Number(IntEnum):
    ONE = 1
    TWO = 2


print(Number.ONE, repr(Number.TWO), Number.ONE + 1, Number.TWO * 3, Number.ONE == 1, f'{Number.TWO:>3}', Number(2))  # expect: 1 <Number.TWO: 2> 2 6 True   2 2
print(sorted([Number.TWO, Number.ONE]), int(Number.TWO), isinstance(Number.ONE, int), Number.ONE < Number.TWO)  # expect: [<Number.ONE: 1>, <Number.TWO: 2>] 2 True True


class Shape(Enum):
    SQUARE = auto()
    CIRCLE = auto()
    LINE = 10
    POINT = auto()


print([(s.name, s.value) for s in Shape])  # expect: [('SQUARE', 1), ('CIRCLE', 2), ('LINE', 10), ('POINT', 11)]


class Mode(StrEnum):
    READ = auto()
    WRITE = 'w'


print(Mode.READ, repr(Mode.READ), Mode.WRITE == 'w', Mode('w'), Mode.READ.upper(), f'[{Mode.WRITE}]')  # expect: read <Mode.READ: 'read'> True w READ [w]
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e:
    print(e)  # expect: duplicate values found in <enum 'Dup'>: B -> A, D -> C


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)

    def describe(self):
        return f'{self.name.title()} weighs {self.mass}'


print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 4), Planet.MERCURY.describe())  # expect: (5.976e+24, 6378140.0) 5.976e+24 9.8027 Mercury weighs 3.303e+23


class Seasonal(Enum):
    SPRING = 'spring'
    FALL = 'fall'

    @classmethod
    def _missing_(cls, value):
        for member in cls:
            if member.value == value.lower():
                return member
        return None


print(Seasonal('SPRING'), Seasonal('Fall'))  # expect: Seasonal.SPRING Seasonal.FALL
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, Animal)  # expect: [<Animal.ANT: 1>, <Animal.BEE: 2>, <Animal.CAT: 3>] 2 <enum 'Animal'>
Pair = Enum('Pair', [('X', 10), ('Y', 20)])
print(Pair.Y, Pair(10), Pair.Y.value)  # expect: Pair.Y Pair.X 20
Level = IntEnum('Level', ['LOW', 'HIGH'])
print(Level.HIGH, repr(Level.LOW), Level.HIGH > Level.LOW)  # expect: 2 <Level.LOW: 1> True


class Weekday(Enum):
    MONDAY = 1
    TUESDAY = 2

    def is_start(self):
        return self is Weekday.MONDAY

    @classmethod
    def first(cls):
        return next(iter(cls))


print(Weekday.MONDAY.is_start(), Weekday.TUESDAY.is_start(), Weekday.first(), Weekday.MONDAY.__class__.__name__)  # expect: True False Weekday.MONDAY Weekday


class Tidy(Enum):
    X = 1
    Y = 2
    _ignore_ = ['tmp']
    tmp = 5

    class Inner:
        pass

    def __str__(self):
        return self.name.lower()


print(list(Tidy), Tidy.Inner.__name__, str(Tidy.X), f'{Tidy.Y}', hasattr(Tidy, 'tmp'), type(Tidy).__name__)  # expect: [<Tidy.X: 1>, <Tidy.Y: 2>] Inner x y False EnumType
