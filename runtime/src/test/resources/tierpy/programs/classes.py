# Classes: methods, super(), properties, class and static methods, closures.
class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + " makes a sound"

class Dog(Animal):
    def speak(self):
        return super().speak() + " (woof)"
    @property
    def upper(self):
        return self.name.upper()
    @classmethod
    def create(cls, name):
        return cls(name)
    @staticmethod
    def legs():
        return 4

d = Dog.create("rex")
print(d.speak())  # expect: rex makes a sound (woof)
print(d.upper, Dog.legs(), d.kind)  # expect: REX 4 animal
print(isinstance(d, Animal), type(d).__name__)  # expect: True Dog

def make_adder(n):
    def add(x):
        return x + n
    return add
print(make_adder(5)(10))  # expect: 15

def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c = counter()
c()
print(c())  # expect: 2
for i, (a, b) in enumerate(zip("ab", [1, 2])):
    print(i, a, b)
# expect: 0 a 1
# expect: 1 b 2
print(sorted([3, 1, 2], reverse=True), max([4, 9, 2]), min(5, 3))  # expect: [3, 2, 1] 9 3
print(list(map(lambda x: x * 2, filter(None, [0, 1, 2]))))  # expect: [2, 4]
