
if a:
    pass
elif b:
    pass
elif c:
    x = 1
else:
    y = 2
while x:
    break
else:
    continue
for i in range(3):
    if i: continue
else:
    pass
if a: b = 1
while 0: pass
