
pass; pass;
x = 1; y = 2
assert x
assert x, y
raise
raise E
raise E from None
return_ = 1
del x
x = ...
print(..., Ellipsis)
"docstring-like"
b"not a docstring"
x: int
