# pprint: layout of dicts/lists/tuples/sets, width/indent/depth/compact/sort_dicts, long str/bytes, collections, saferepr
import collections
import dataclasses
import io
import pprint
import types

data = {'name': 'tierpy', 'versions': list(range(12)), 'nested': {'a': [1, 2, {'deep': (1, 2, 3)}], 'b': {3, 1, 2}, 'c': frozenset({3, 1, 2})},
        'text': 'The quick brown fox jumps over the lazy dog. ' * 3, 'bytes': bytes(range(40)), 'tuple1': (1,), 'empty': [{}, (), set(), '', b'']}
pprint.pprint(data)
# expect: {'bytes': b'\x00\x01\x02\x03\x04\x05\x06\x07\x08\t\n\x0b\x0c\r\x0e\x0f'
# expect:           b'\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f'
# expect:           b' !"#$%&\'',
# expect:  'empty': [{}, (), set(), '', b''],
# expect:  'name': 'tierpy',
# expect:  'nested': {'a': [1, 2, {'deep': (1, 2, 3)}],
# expect:             'b': {1, 2, 3},
# expect:             'c': frozenset({1, 2, 3})},
# expect:  'text': 'The quick brown fox jumps over the lazy dog. The quick brown fox '
# expect:          'jumps over the lazy dog. The quick brown fox jumps over the lazy '
# expect:          'dog. ',
# expect:  'tuple1': (1,),
# expect:  'versions': [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]}
pprint.pprint(data, width=40, indent=4)
# expect: {   'bytes': b'\x00\x01\x02\x03'
# expect:              b'\x04\x05\x06\x07'
# expect:              b'\x08\t\n\x0b'
# expect:              b'\x0c\r\x0e\x0f'
# expect:              b'\x10\x11\x12\x13'
# expect:              b'\x14\x15\x16\x17'
# expect:              b'\x18\x19\x1a\x1b'
# expect:              b'\x1c\x1d\x1e\x1f !"#'
# expect:              b"$%&'",
# expect:     'empty': [{}, (), set(), '', b''],
# expect:     'name': 'tierpy',
# expect:     'nested': {   'a': [   1,
# expect:                            2,
# expect:                            {   'deep': (   1,
# expect:                                            2,
# expect:                                            3)}],
# expect:                   'b': {1, 2, 3},
# expect:                   'c': frozenset({   1,
# expect:                                      2,
# expect:                                      3})},
# expect:     'text': 'The quick brown fox jumps '
# expect:             'over the lazy dog. The '
# expect:             'quick brown fox jumps '
# expect:             'over the lazy dog. The '
# expect:             'quick brown fox jumps '
# expect:             'over the lazy dog. ',
# expect:     'tuple1': (1,),
# expect:     'versions': [   0,
# expect:                     1,
# expect:                     2,
# expect:                     3,
# expect:                     4,
# expect:                     5,
# expect:                     6,
# expect:                     7,
# expect:                     8,
# expect:                     9,
# expect:                     10,
# expect:                     11]}
pprint.pprint(data, depth=2)
# expect: {'bytes': b'\x00\x01\x02\x03\x04\x05\x06\x07\x08\t\n\x0b\x0c\r\x0e\x0f'
# expect:           b'\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f'
# expect:           b' !"#$%&\'',
# expect:  'empty': [{}, (), set(), '', b''],
# expect:  'name': 'tierpy',
# expect:  'nested': {'a': [...], 'b': {1, 2, 3}, 'c': frozenset({1, 2, 3})},
# expect:  'text': 'The quick brown fox jumps over the lazy dog. The quick brown fox '
# expect:          'jumps over the lazy dog. The quick brown fox jumps over the lazy '
# expect:          'dog. ',
# expect:  'tuple1': (1,),
# expect:  'versions': [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]}
pprint.pprint(data, compact=True, width=50)
# expect: {'bytes': b'\x00\x01\x02\x03\x04\x05\x06\x07'
# expect:           b'\x08\t\n\x0b\x0c\r\x0e\x0f'
# expect:           b'\x10\x11\x12\x13\x14\x15\x16\x17'
# expect:           b'\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f !"#'
# expect:           b"$%&'",
# expect:  'empty': [{}, (), set(), '', b''],
# expect:  'name': 'tierpy',
# expect:  'nested': {'a': [1, 2, {'deep': (1, 2, 3)}],
# expect:             'b': {1, 2, 3},
# expect:             'c': frozenset({1, 2, 3})},
# expect:  'text': 'The quick brown fox jumps over the '
# expect:          'lazy dog. The quick brown fox jumps '
# expect:          'over the lazy dog. The quick brown fox '
# expect:          'jumps over the lazy dog. ',
# expect:  'tuple1': (1,),
# expect:  'versions': [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
# expect:               11]}
pprint.pp({'b': 1, 'a': [2] * 30}, width=60, compact=True)
# expect: {'b': 1,
# expect:  'a': [2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
# expect:        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2]}
print(pprint.pformat(list(range(60)), compact=True))
# expect: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21,
# expect:  22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41,
# expect:  42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59]
print(pprint.pformat({i: str(i) * i for i in range(12)}, width=30))
# expect: {0: '',
# expect:  1: '1',
# expect:  2: '22',
# expect:  3: '333',
# expect:  4: '4444',
# expect:  5: '55555',
# expect:  6: '666666',
# expect:  7: '7777777',
# expect:  8: '88888888',
# expect:  9: '999999999',
# expect:  10: '10101010101010101010',
# expect:  11: '1111111111111111111111'}
pprint.pprint(['hello world ' * 10, 'short'])
# expect: ['hello world hello world hello world hello world hello world hello world '
# expect:  'hello world hello world hello world hello world ',
# expect:  'short']
pprint.pprint('line one\nline two is longer than the width of this printer for sure yes\n', width=30)
# expect: ('line one\n'
# expect:  'line two is longer than '
# expect:  'the width of this printer '
# expect:  'for sure yes\n')
pprint.pprint(bytes(range(50)), width=30)
# expect: (b'\x00\x01\x02\x03'
# expect:  b'\x04\x05\x06\x07'
# expect:  b'\x08\t\n\x0b\x0c\r\x0e\x0f'
# expect:  b'\x10\x11\x12\x13'
# expect:  b'\x14\x15\x16\x17'
# expect:  b'\x18\x19\x1a\x1b'
# expect:  b'\x1c\x1d\x1e\x1f !"#$%&\''
# expect:  b'()*+,-./01')
pprint.pprint([bytearray(b'abcdefgh' * 5)], width=30)
# expect: [bytearray(b'abcdefghabcdefgh'
# expect:            b'abcdefghabcdefgh'
# expect:            b'abcdefgh')]
d = {'b': 1, 'a': 2, 'c': list(range(25))}
pprint.pprint(collections.OrderedDict(d), width=50, compact=True)
# expect: OrderedDict([('b', 1), ('a', 2),
# expect:              ('c',
# expect:               [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
# expect:                11, 12, 13, 14, 15, 16, 17, 18, 19,
# expect:                20, 21, 22, 23, 24])])
pprint.pprint(collections.defaultdict(list, d), width=50, compact=True)
# expect: defaultdict(<class 'list'>,
# expect:             {'a': 2,
# expect:              'b': 1,
# expect:              'c': [0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
# expect:                    10, 11, 12, 13, 14, 15, 16, 17,
# expect:                    18, 19, 20, 21, 22, 23, 24]})
pprint.pprint(collections.Counter('abracadabra' * 10 + 'xyz'), width=30)
# expect: Counter({'a': 50,
# expect:          'b': 20,
# expect:          'r': 20,
# expect:          'c': 10,
# expect:          'd': 10,
# expect:          'x': 1,
# expect:          'y': 1,
# expect:          'z': 1})
pprint.pprint(collections.deque(range(30), maxlen=50), compact=True, width=40)
# expect: deque([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
# expect:        11, 12, 13, 14, 15, 16, 17, 18,
# expect:        19, 20, 21, 22, 23, 24, 25, 26,
# expect:        27, 28, 29],
# expect:       maxlen=50)
pprint.pprint(collections.ChainMap({'a': list(range(20))}, {'b': 1}), compact=True, width=40)
# expect: ChainMap({'a': [0, 1, 2, 3, 4, 5, 6, 7,
# expect:                 8, 9, 10, 11, 12, 13,
# expect:                 14, 15, 16, 17, 18,
# expect:                 19]},
# expect:          {'b': 1})
pprint.pprint(types.SimpleNamespace(a=list(range(20)), b='hi'), compact=True, width=40)
# expect: namespace(a=[0, 1, 2, 3, 4, 5, 6, 7, 8,
# expect:              9, 10, 11, 12, 13, 14, 15,
# expect:              16, 17, 18, 19],
# expect:           b='hi')
pprint.pprint(types.MappingProxyType({'a': list(range(30))}), compact=True, width=40)
# expect: mappingproxy({'a': [0, 1, 2, 3, 4, 5, 6,
# expect:                     7, 8, 9, 10, 11, 12,
# expect:                     13, 14, 15, 16, 17,
# expect:                     18, 19, 20, 21, 22,
# expect:                     23, 24, 25, 26, 27,
# expect:                     28, 29]})
@dataclasses.dataclass
class Point:
    x: int
    y: list
    z: str = dataclasses.field(default='zz', repr=False)
pprint.pprint(Point(1, list(range(30))), compact=True, width=40)
# expect: Point(x=1,
# expect:       y=[0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
# expect:          10, 11, 12, 13, 14, 15, 16, 17,
# expect:          18, 19, 20, 21, 22, 23, 24, 25,
# expect:          26, 27, 28, 29])
pprint.pprint([Point(1, [2])])
# expect: [Point(x=1, y=[2])]
r = [1, 2]
r.append(r)
print(pprint.saferepr(r).startswith('[1, 2, <Recursion on list with id='), pprint.isrecursive(r), pprint.isreadable(r))
# expect: True True False
print(pprint.isreadable([1, 'a', (2,)]), pprint.isreadable(object()), pprint.saferepr({'b': 1, 'a': [1, 2]}))
# expect: True False {'a': [1, 2], 'b': 1}
print(pprint.pformat(10 ** 20, underscore_numbers=True), pprint.pformat([10 ** 6], underscore_numbers=True))
# expect: 100_000_000_000_000_000_000 [1_000_000]
pprint.pprint({3: 'a', 'x': 1, None: 2, (1, 2): 3, 2.5: 4})
# expect: {None: 2, 2.5: 4, 3: 'a', 'x': 1, (1, 2): 3}
pprint.pprint([[[[[1, 2, 3]]]]], depth=3)
# expect: [[[[...]]]]
pprint.pprint({'a': {'b': {'c': {}}}}, depth=2)
# expect: {'a': {'b': {...}}}
for bad in [dict(indent=-1), dict(depth=0), dict(width=0)]:
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print(e)
# expect: indent must be >= 0
# expect: depth must be > 0
# expect: width must be != 0
out = io.StringIO()
printer = pprint.PrettyPrinter(stream=out, width=20)
printer.pprint(list(range(6)))
print(repr(out.getvalue()), printer.isreadable([1]), printer.format([1, 2], {}, 0, 0))
# expect: '[0, 1, 2, 3, 4, 5]\n' True ('[1, 2]', True, False)
class OwnRepr(list):
    def __repr__(self):
        return 'R!' * 45
pprint.pprint(OwnRepr(range(30)))
# expect: R!R!R!R!R!R!R!R!R!R!R!R!R!R!R!R!R!R!R!R!R!R!R!R!R!R!R!R!R!R!R!R!R!R!R!R!R!R!R!R!R!R!R!R!R!
pprint.pprint(((1, 2), [3, 4], {5: 6}), width=1)
# expect: ((1,
# expect:   2),
# expect:  [3,
# expect:   4],
# expect:  {5: 6})
pprint.pprint('a b c d e f g h i j k l m n o p q r s t u v w x y z', width=20)
# expect: ('a b c d e f g h '
# expect:  'i j k l m n o p '
# expect:  'q r s t u v w x '
# expect:  'y z')
pprint.pprint({'longkey': 'a long string value that will need to be split into pieces across lines'}, width=40)
# expect: {'longkey': 'a long string value that '
# expect:             'will need to be split '
# expect:             'into pieces across lines'}
pprint.pprint(list(range(5)), indent=3, width=5)
# expect: [  0,
# expect:    1,
# expect:    2,
# expect:    3,
# expect:    4]
