# Exception handling: try/except/else/finally, chaining, re-raise, with.
def divide(a, b):
    try:
        r = a / b
    except ZeroDivisionError as e:
        print("error:", e)
        return None
    else:
        return r
    finally:
        print("finally")

print(divide(6, 3))
# expect: finally
# expect: 2.0
print(divide(1, 0))
# expect: error: division by zero
# expect: finally
# expect: None

try:
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("bad") from e
except ValueError as e:
    print(type(e.__cause__).__name__, e.__suppress_context__)  # expect: KeyError True

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise
except ZeroDivisionError as e:
    print("reraised", e)  # expect: reraised division by zero

try:
    try:
        raise TypeError("first")
    except TypeError:
        raise KeyError("second")
except KeyError as e:
    print(repr(e.__context__))  # expect: TypeError('first')

class Manager:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None)
        return True

with Manager() as m:
    raise RuntimeError("suppressed")
# expect: enter
# expect: exit RuntimeError
print("after")  # expect: after

def deep(n):
    return deep(n + 1)
try:
    deep(0)
except RecursionError as e:
    print(e)  # expect: maximum recursion depth exceeded
