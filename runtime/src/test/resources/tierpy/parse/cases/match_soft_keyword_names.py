
match = 1
match.x = 2
match[0] = 3
print(match, case := 4)
type = 5
_ = match
def match(case): return case
