import math, random, itertools, operator, bisect, heapq, time
print(math.sqrt(2), math.floor(-2.5), math.factorial(25), math.fsum([0.1]*10), math.log(8, 2))
random.seed(42)
print(random.random(), random.randint(1, 100), random.choice('abcdef'), random.getrandbits(70))
l = list(range(10)); random.shuffle(l); print(l)
print(random.sample(range(100), 5), random.uniform(1, 2), random.gauss(0, 1))
print(random.choices('abc', weights=[1,2,3], k=5), random.randrange(0, 100, 7))
random.seed("hello"); print(random.random())
print(list(itertools.permutations([1,2,3], 2)), list(itertools.product('ab', repeat=2)))
print(list(itertools.islice(itertools.count(5), 3)), [(k, list(g)) for k, g in itertools.groupby('aabbbc')])
print(list(itertools.accumulate([1,2,3,4])), list(itertools.chain([1], (2, 3))), list(itertools.combinations(range(4), 2)))
print(operator.itemgetter(1)([5,6]), operator.attrgetter('real')(3), sorted([(1,'b'),(0,'c')], key=operator.itemgetter(1)))
h = []; [heapq.heappush(h, x) for x in [5,1,4,2]]; print(h, heapq.heappop(h), bisect.bisect([1,2,3], 2))
print(type(time.time()).__name__, time.perf_counter() >= 0, time.monotonic_ns() >= 0)
t0, p0 = time.thread_time(), time.process_time()
deadline = time.monotonic() + 5  # both clocks may tick as coarsely as the OS's 10 ms
while (time.thread_time() == t0 or time.process_time() == p0) and time.monotonic() < deadline:
    sum(range(10000))
print(time.thread_time() > t0, time.process_time() > p0, time.thread_time_ns() >= 0)
random.seed(12345)
print([round(random.random(), 12) for _ in range(3)], random.getrandbits(64), random.getrandbits(8))
print(random.sample("abcdefg", 3), random.triangular(0, 10, 3), random.expovariate(2.0))
print(random.normalvariate(0, 1), random.lognormvariate(0, 1), random.vonmisesvariate(1, 2), random.gammavariate(2.5, 1))
print(random.betavariate(2, 3), random.paretovariate(3), random.weibullvariate(1, 2))
rng = random.Random(7); s = rng.getstate(); a = rng.random(); rng.setstate(s); print(a == rng.random())
random.seed(2 ** 100); print(random.random()); random.seed(-5); print(random.random())
for bad in (lambda: random.choice([]), lambda: random.randrange(0), lambda: random.sample([1], 2), lambda: random.seed([1])):
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(list(itertools.zip_longest("abc", [1], fillvalue="-")), list(itertools.pairwise([1, 2, 3, 4])))
print(list(itertools.starmap(max, [(1, 5), (7, 2)])), list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(itertools.dropwhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.filterfalse(None, [0, 1, 2, 0])))
print(list(itertools.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(itertools.combinations_with_replacement("ab", 2)))
a, b = itertools.tee([1, 2, 3]); print(list(a), list(b), list(itertools.islice("abcdefg", 1, 6, 2)))
print(list(itertools.repeat(7, 3)), list(itertools.islice(itertools.cycle("ab"), 5)), repr(itertools.count(3)))
print(list(itertools.accumulate([1, 2, 3], lambda x, y: x * y, initial=10)), list(itertools.chain.from_iterable(["ab", "c"])))
print(operator.add(1, 2), operator.neg(3), operator.contains([1], 1), operator.methodcaller('upper')('a'), operator.itemgetter(0, 2)("abc"))
print(operator.index(5), operator.truth([]), operator.is_(None, None), operator.countOf([1, 1, 2], 1), operator.indexOf("ab", "b"))
print(bisect.bisect_left([1, 2, 2, 3], 2), bisect.bisect_right([1, 2, 2, 3], 2)); l = [1, 3]; bisect.insort(l, 2); print(l)
h = [5, 3, 8, 1, 9, 2]; heapq.heapify(h); print(h, heapq.nsmallest(2, h), heapq.nlargest(2, h), list(heapq.merge([1, 4], [2, 3])))
print(heapq.heappushpop(h, 0), heapq.heapreplace(h, 7), h)

# Expected output (CPython 3.14 semantics):
# expect: 1.4142135623730951 -3 15511210043330985984000000 1.0 3.0
# expect: 0.6394267984578837 4 f 262771874424005612119
# expect: [7, 9, 5, 6, 0, 3, 4, 8, 1, 2]
# expect: [29, 64, 77, 3, 71] 1.1988376506866485 -0.7383216023448206
# expect: ['b', 'c', 'c', 'a', 'c'] 77
# expect: 0.3537754404730722
# expect: [(1, 2), (1, 3), (2, 1), (2, 3), (3, 1), (3, 2)] [('a', 'a'), ('a', 'b'), ('b', 'a'), ('b', 'b')]
# expect: [5, 6, 7] [('a', ['a', 'a']), ('b', ['b', 'b', 'b']), ('c', ['c'])]
# expect: [1, 3, 6, 10] [1, 2, 3] [(0, 1), (0, 2), (0, 3), (1, 2), (1, 3), (2, 3)]
# expect: 6 3 [(1, 'b'), (0, 'c')]
# expect: [2, 5, 4] 1 2
# expect: float True True
# expect: True True True
# expect: [0.416619872545, 0.010169169457, 0.825206509254] 15774518201988393282 94
# expect: ['b', 'c', 'e'] 3.717961218123004 0.23345528157351408
# expect: 0.8687207727882597 1.7544248082405425 1.2112464023314735 2.6603460216907453
# expect: 0.597978299140973 1.8309081765042041 0.6234302217202263
# expect: True
# expect: 0.7586581712996778
# expect: 0.6229016948897019
# expect: IndexError Cannot choose from an empty sequence
# expect: ValueError empty range for randrange()
# expect: ValueError Sample larger than population or is negative
# expect: TypeError The only supported seed types are:
# expect: None, int, float, str, bytes, and bytearray.
# expect: [('a', 1), ('b', '-'), ('c', '-')] [(1, 2), (2, 3), (3, 4)]
# expect: [5, 7] [1, 2]
# expect: [5, 1] [0, 0]
# expect: ['a', 'c', 'e', 'f'] [('a', 'a'), ('a', 'b'), ('b', 'b')]
# expect: [1, 2, 3] [1, 2, 3] ['b', 'd', 'f']
# expect: [7, 7, 7] ['a', 'b', 'a', 'b', 'a'] count(3)
# expect: [10, 10, 20, 60] ['a', 'b', 'c']
# expect: 3 -3 True A ('a', 'c')
# expect: 5 False True 2 1
# expect: 1 3
# expect: [1, 2, 3]
# expect: [1, 3, 2, 5, 9, 8] [1, 2] [9, 8] [1, 2, 3, 4]
# expect: 0 1 [2, 3, 7, 5, 9, 8]
