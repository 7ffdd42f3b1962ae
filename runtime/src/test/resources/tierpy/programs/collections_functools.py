from collections import deque, defaultdict, OrderedDict, Counter, namedtuple, ChainMap
import functools, contextlib
d = deque([1,2,3], maxlen=3); d.append(4); d.appendleft(0); print(d, len(d), d[0])
dd = defaultdict(list); dd['a'].append(1); print(dd, dict(dd))
od = OrderedDict(a=1, b=2); od.move_to_end('a'); print(od, od.popitem())
c = Counter('abracadabra'); print(c, c.most_common(2), c['z'])
P = namedtuple('P', 'x y'); p = P(1, y=2); print(p, p.x, p._asdict(), p._replace(x=5), P._fields)
print(ChainMap({'a': 1}, {'a': 2, 'b': 3})['b'])
@functools.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(30), fib.cache_info())
print(functools.reduce(lambda a, b: a*b, range(1, 8)), functools.partial(int, base=2)("1011"))
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __eq__(self, o): return self.v == o.v
print(V(1) <= V(2), V(3) >= V(2))
print(sorted([3,1,2], key=functools.cmp_to_key(lambda a, b: b - a)))
@contextlib.contextmanager
def cm(x):
    print("enter", x)
    try:
        yield x * 2
    finally:
        print("exit", x)
with cm(3) as v: print(v)
with contextlib.suppress(ZeroDivisionError): 1/0
print("after")
with contextlib.ExitStack() as st:
    st.callback(print, "cb")
    st.enter_context(cm(1))
def deco(f):
    @functools.wraps(f)
    def w(*a): return f(*a)
    return w
@deco
def named(): "doc"
print(named.__name__, named.__doc__, named.__wrapped__.__name__)
c2 = Counter(a=3, b=1) + Counter(a=1, c=2); print(c2, c2.total(), sorted(c2.elements()), Counter("aab") - Counter("a"))
c3, c4 = Counter(a=3, b=1, c=-2), Counter(a=1, b=2, d=-4, e=5); print(c3 | c4, c3 & c4, c3 - c4, c4 - c3, c3 + c4)
d2 = deque(range(5)); d2.rotate(2); print(d2, d2.popleft(), d2.pop(), list(reversed(d2)), 3 in d2)
cm2 = ChainMap({}, {"x": 1}); cm2["y"] = 2; print(cm2, len(cm2), list(cm2), cm2.new_child().parents)
Pt = namedtuple("Pt", ["x", "y"], defaults=[0]); print(Pt(1), Pt._make([3, 4]), Pt(1, 2) == (1, 2), Pt(5, 6)[1])
part = functools.partial(max, 3); print(part(1), part(7), part.args)
@functools.cache
def sq(n): return n * n
print(sq(4), sq(4), sq.cache_info().hits)
class Lazy:
    @functools.cached_property
    def value(self):
        print("computing")
        return 42
lz = Lazy(); print(lz.value, lz.value)
@functools.singledispatch
def show(x): return "obj"
@show.register(int)
def _(x): return "int"
print(show(1), show("s"), show(True))
with contextlib.nullcontext(5) as n: print(n)
class Res:
    def close(self): print("closed")
with contextlib.closing(Res()): pass

# Expected output (CPython 3.14 semantics):
# expect: deque([0, 2, 3], maxlen=3) 3 0
# expect: defaultdict(<class 'list'>, {'a': [1]}) {'a': [1]}
# expect: OrderedDict({'b': 2}) ('a', 1)
# expect: Counter({'a': 5, 'b': 2, 'r': 2, 'c': 1, 'd': 1}) [('a', 5), ('b', 2)] 0
# expect: P(x=1, y=2) 1 {'x': 1, 'y': 2} P(x=5, y=2) ('x', 'y')
# expect: 3
# expect: 832040 CacheInfo(hits=28, misses=31, maxsize=None, currsize=31)
# expect: 5040 11
# expect: True True
# expect: [3, 2, 1]
# expect: enter 3
# expect: 6
# expect: exit 3
# expect: after
# expect: enter 1
# expect: exit 1
# expect: cb
# expect: named doc named
# expect: Counter({'a': 4, 'c': 2, 'b': 1}) 7 ['a', 'a', 'a', 'a', 'b', 'c', 'c'] Counter({'a': 1, 'b': 1})
# expect: Counter({'e': 5, 'a': 3, 'b': 2}) Counter({'a': 1, 'b': 1}) Counter({'d': 4, 'a': 2}) Counter({'e': 5, 'c': 2, 'b': 1}) Counter({'e': 5, 'a': 4, 'b': 3})
# expect: deque([4, 0, 1]) 3 2 [1, 0, 4] False
# expect: ChainMap({'y': 2}, {'x': 1}) 2 ['x', 'y'] ChainMap({'y': 2}, {'x': 1})
# expect: Pt(x=1, y=0) Pt(x=3, y=4) True 6
# expect: 3 7 (3,)
# expect: 16 16 1
# expect: computing
# expect: 42 42
# expect: int obj int
# expect: 5
# expect: closed
