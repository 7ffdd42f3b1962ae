# The function the tour follows through every stage (from the seed document).
def my_cool_function(a: int, b: int) -> int:
    if a > b:
        return a - b
    return b - a


print(my_cool_function(5, 3), my_cool_function(3, 5))
