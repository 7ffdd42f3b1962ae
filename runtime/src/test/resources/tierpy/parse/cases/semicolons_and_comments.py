
# comment only
x = 1  # trailing

   # indented comment
def f():
    # comment in body
    pass
    # trailing comment

y = 2
