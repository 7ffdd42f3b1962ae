
[x for x in y]
[x for x in y if x if not x]
[(x, y) for x in a for y in b]
{x for x in y}
{k: v for k, v in d.items()}
(x for x in y)
f(x for x in y)
f((x for x in y), 1)
[x for x in (yield)]
[[y for y in x] for x in z]
{**a}
{}
{1: 2, **b}
