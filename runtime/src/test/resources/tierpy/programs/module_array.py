# array: typecodes, conversion and range errors as CPython's C getters raise them, sequence ops, bytes round trips, unicode arrays
from array import array, ArrayType, typecodes
import copy
a = array('d', [1.5, 2.25, -3.0])
a.append(4); a.extend([5, 6.5]); a.extend(array('d', [7])); a.insert(0, -1); a.insert(-1, 9)
print(a, len(a), a[0], a[-1], a[1:4], a[::-1], a[::2], a.typecode, a.itemsize, a.tolist())
# expect: array('d', [-1.0, 1.5, 2.25, -3.0, 4.0, 5.0, 6.5, 9.0, 7.0]) 9 -1.0 7.0 array('d', [1.5, 2.25, -3.0]) array('d', [7.0, 9.0, 6.5, 5.0, 4.0, -3.0, 2.25, 1.5, -1.0]) array('d', [-1.0, 2.25, 4.0, 6.5, 7.0]) d 8 [-1.0, 1.5, 2.25, -3.0, 4.0, 5.0, 6.5, 9.0, 7.0]
f = array('f', [0.1, 1/3, 1e39, -1e-50])
print(f, f[0], f.tobytes(), f.itemsize)
# expect: array('f', [0.10000000149011612, 0.3333333432674408, inf, -0.0]) 0.10000000149011612 b'\xcd\xcc\xcc=\xab\xaa\xaa>\x00\x00\x80\x7f\x00\x00\x00\x80' 4
i = array('i', range(10))
i[2:5] = array('i', [20, 30]); del i[0]; del i[::3]; i[-1] = 99
print(i, i.count(30), i.index(30), 30 in i, 100 in i, i.pop(), i.pop(0), i)
# expect: array('i', [30, 6, 7]) 1 1 True False 99 20 array('i', [30, 6, 7])
i.remove(30); i.reverse(); print(i, sum(i), max(i), list(i), [x * 2 for x in i])
# expect: array('i', [7, 6]) 13 7 [7, 6] [14, 12]
b = array('B', b'hello')
print(b, b.tobytes(), bytes(b.tobytes()), array('h', [1, -2, 300]).tobytes(), array('l', [1]).tobytes(), array('q', [-1]).tobytes())
# expect: array('B', [104, 101, 108, 108, 111]) b'hello' b'hello' b'\x01\x00\xfe\xff,\x01' b'\x01\x00\x00\x00\x00\x00\x00\x00' b'\xff\xff\xff\xff\xff\xff\xff\xff'
h = array('h'); h.frombytes(b'\x01\x00\xff\xff'); print(h); h.byteswap(); print(h); h.fromlist([7, 8]); print(h)
# expect: array('h', [1, -1])
# expect: array('h', [256, -1])
# expect: array('h', [256, -1, 7, 8])
w = array('w', 'héllo'); w.append('!'); w.fromunicode('??'); print(w, w.tounicode(), w.tobytes()[:8], w[1], len(w))
# expect: array('w', 'héllo!??') héllo!?? b'h\x00\x00\x00\xe9\x00\x00\x00' é 8
print(array('i', [1, 2]) == array('i', [1, 2]), array('i', [1, 2]) == array('d', [1.0, 2.0]), array('i', [1, 2]) < array('i', [1, 3]), array('b', [1]) != array('b', [1]), array('i') == [], array('i', [3]) >= array('i', [3]))
# expect: True True True False False True
print(array('i', [1, 2]) + array('i', [3]), array('i', [1, 2]) * 2, 3 * array('b', [0]), array('d'), repr(array('u')) if False else '', ArrayType is array, typecodes)
# expect: array('i', [1, 2, 3]) array('i', [1, 2, 1, 2]) array('b', [0, 0, 0]) array('d')  True bBuwhHiIlLqQfd
x = array('i', [1, 2]); y = x; x += array('i', [3]); x *= 2; print(x, y is x, copy.copy(x), copy.deepcopy(x) == x, copy.copy(x) is x)
# expect: array('i', [1, 2, 3, 1, 2, 3]) True array('i', [1, 2, 3, 1, 2, 3]) True False
class MyArr(array): pass
m = MyArr('i', [1, 2]); print(m, type(m[0:1]).__name__, type(m + m).__name__, isinstance(m, array))
# expect: MyArr('i', [1, 2]) array array True
print(array('Q', [2**64 - 1]), array('q', [-2**63]), array('I', [2**32 - 1]), array('L', [2**64 - 1]), array('b', [-128, 127]), array('d', [float('inf'), float('nan')]))
# expect: array('Q', [18446744073709551615]) array('q', [-9223372036854775808]) array('I', [4294967295]) array('L', [18446744073709551615]) array('b', [-128, 127]) array('d', [inf, nan])
print(array('i', [5, 3, 4]) [1], sorted(array('i', [5, 3, 4])), array('d', (x / 3 for x in range(3))), array('i', b''), array('i', []), array('i', bytearray(4)))
# expect: 3 [3, 4, 5] array('d', [0.0, 0.3333333333333333, 0.6666666666666666]) array('i') array('i') array('i', [0])
print(type(a), array.__name__, array.__qualname__, array.__module__)
# expect: <class 'array.array'> array array array
z = array('i', [1, 2, 3])
try: z[0:1] = [1]
except Exception as e: print(type(e).__name__, e)
# expect: TypeError can only assign array (not "list") to array slice
try: z[5] = 1
except Exception as e: print(type(e).__name__, e)
# expect: IndexError array assignment index out of range
try: del z[5]
except Exception as e: print(type(e).__name__, e)
# expect: IndexError array assignment index out of range
try: z[0] = 'x'
except Exception as e: print(type(e).__name__, e)
# expect: TypeError 'str' object cannot be interpreted as an integer
try: z += [1]
except Exception as e: print(type(e).__name__, e)
# expect: TypeError can only extend array with array (not "list")
try: z.frombytes('abcd')
except Exception as e: print(type(e).__name__, e)
# expect: TypeError a bytes-like object is required, not 'str'
try: z[0:1] = array('d', [1])
except Exception as e: print(type(e).__name__, e)
# expect: TypeError bad argument type for built-in operation
try: array('i', [1]) < array('d', [2.0]); print('ok')
except Exception as e: print(type(e).__name__, e)
# expect: ok
try: array()
except Exception as e: print(type(e).__name__, e)
# expect: TypeError array() takes at least 1 argument (0 given)
try: array('i', [1], 2)
except Exception as e: print(type(e).__name__, e)
# expect: TypeError array() takes at most 2 arguments (3 given)
a = array('i', [1, 2, 3])
for op in ['a + [1]', 'a + array("d")', 'a.extend(array("d", [1]))', 'a[10]', 'a.pop(10)', 'array("i").pop()', 'a.remove(9)', 'a.index(9)', 'a.frombytes(b"abc")', 'a.fromlist([1, "x"])', 'a * "x"', 'a[1.5]', 'a.fromlist(5)', 'a.tounicode()', 'a.fromunicode("x")', 'a.index(2, 5)', 'a.byteswap()', 'a.insert(100, 7)', 'a']:
    try: print(op, '->', eval(op))
    except Exception as e: print(op, type(e).__name__, e)
# expect: a + [1] TypeError can only append array (not "list") to array
# expect: a + array("d") TypeError bad argument type for built-in operation
# expect: a.extend(array("d", [1])) TypeError can only extend with array of same kind
# expect: a[10] IndexError array index out of range
# expect: a.pop(10) IndexError pop index out of range
# expect: array("i").pop() IndexError pop from empty array
# expect: a.remove(9) ValueError array.remove(x): x not in array
# expect: a.index(9) ValueError array.index(x): x not in array
# expect: a.frombytes(b"abc") ValueError bytes length not a multiple of item size
# expect: a.fromlist([1, "x"]) TypeError 'str' object cannot be interpreted as an integer
# expect: a * "x" TypeError can't multiply sequence by non-int of type 'str'
# expect: a[1.5] TypeError array indices must be integers
# expect: a.fromlist(5) TypeError arg must be list
# expect: a.tounicode() ValueError tounicode() may only be called on unicode type arrays ('u' or 'w')
# expect: a.fromunicode("x") ValueError fromunicode() may only be called on unicode type arrays ('u' or 'w')
# expect: a.index(2, 5) ValueError array.index(x): x not in array
# expect: a.byteswap() -> None
# expect: a.insert(100, 7) -> None
# expect: a -> array('i', [16777216, 33554432, 50331648, 7])
for tc in 'bBhHiIlLqQ':
    for v in [-2**64, -1, 2**7, 2**8, 2**15, 2**16, 2**31, 2**32, 2**63, 2**64, 1.5, 'x', None]:
        try: array(tc, [v]); 
        except Exception as e: print(tc, v, type(e).__name__, e)
# expect: b -18446744073709551616 OverflowError Python int too large to convert to C long
# expect: b 128 OverflowError signed char is greater than maximum
# expect: b 256 OverflowError signed char is greater than maximum
# expect: b 32768 OverflowError signed short integer is greater than maximum
# expect: b 65536 OverflowError signed short integer is greater than maximum
# expect: b 2147483648 OverflowError signed short integer is greater than maximum
# expect: b 4294967296 OverflowError signed short integer is greater than maximum
# expect: b 9223372036854775808 OverflowError Python int too large to convert to C long
# expect: b 18446744073709551616 OverflowError Python int too large to convert to C long
# expect: b 1.5 TypeError 'float' object cannot be interpreted as an integer
# expect: b x TypeError 'str' object cannot be interpreted as an integer
# expect: b None TypeError 'NoneType' object cannot be interpreted as an integer
# expect: B -18446744073709551616 OverflowError Python int too large to convert to C long
# expect: B -1 OverflowError unsigned byte integer is less than minimum
# expect: B 256 OverflowError unsigned byte integer is greater than maximum
# expect: B 32768 OverflowError unsigned byte integer is greater than maximum
# expect: B 65536 OverflowError unsigned byte integer is greater than maximum
# expect: B 2147483648 OverflowError unsigned byte integer is greater than maximum
# expect: B 4294967296 OverflowError unsigned byte integer is greater than maximum
# expect: B 9223372036854775808 OverflowError Python int too large to convert to C long
# expect: B 18446744073709551616 OverflowError Python int too large to convert to C long
# expect: B 1.5 TypeError 'float' object cannot be interpreted as an integer
# expect: B x TypeError 'str' object cannot be interpreted as an integer
# expect: B None TypeError 'NoneType' object cannot be interpreted as an integer
# expect: h -18446744073709551616 OverflowError Python int too large to convert to C long
# expect: h 32768 OverflowError signed short integer is greater than maximum
# expect: h 65536 OverflowError signed short integer is greater than maximum
# expect: h 2147483648 OverflowError signed short integer is greater than maximum
# expect: h 4294967296 OverflowError signed short integer is greater than maximum
# expect: h 9223372036854775808 OverflowError Python int too large to convert to C long
# expect: h 18446744073709551616 OverflowError Python int too large to convert to C long
# expect: h 1.5 TypeError 'float' object cannot be interpreted as an integer
# expect: h x TypeError 'str' object cannot be interpreted as an integer
# expect: h None TypeError 'NoneType' object cannot be interpreted as an integer
# expect: H -18446744073709551616 OverflowError Python int too large to convert to C long
# expect: H -1 OverflowError unsigned short is less than minimum
# expect: H 65536 OverflowError unsigned short is greater than maximum
# expect: H 2147483648 OverflowError signed integer is greater than maximum
# expect: H 4294967296 OverflowError signed integer is greater than maximum
# expect: H 9223372036854775808 OverflowError Python int too large to convert to C long
# expect: H 18446744073709551616 OverflowError Python int too large to convert to C long
# expect: H 1.5 TypeError 'float' object cannot be interpreted as an integer
# expect: H x TypeError 'str' object cannot be interpreted as an integer
# expect: H None TypeError 'NoneType' object cannot be interpreted as an integer
# expect: i -18446744073709551616 OverflowError Python int too large to convert to C long
# expect: i 2147483648 OverflowError signed integer is greater than maximum
# expect: i 4294967296 OverflowError signed integer is greater than maximum
# expect: i 9223372036854775808 OverflowError Python int too large to convert to C long
# expect: i 18446744073709551616 OverflowError Python int too large to convert to C long
# expect: i 1.5 TypeError 'float' object cannot be interpreted as an integer
# expect: i x TypeError 'str' object cannot be interpreted as an integer
# expect: i None TypeError 'NoneType' object cannot be interpreted as an integer
# expect: I -18446744073709551616 OverflowError can't convert negative value to unsigned int
# expect: I -1 OverflowError can't convert negative value to unsigned int
# expect: I 4294967296 OverflowError unsigned int is greater than maximum
# expect: I 9223372036854775808 OverflowError unsigned int is greater than maximum
# expect: I 18446744073709551616 OverflowError Python int too large to convert to C unsigned long
# expect: I 1.5 TypeError 'float' object cannot be interpreted as an integer
# expect: I x TypeError 'str' object cannot be interpreted as an integer
# expect: I None TypeError 'NoneType' object cannot be interpreted as an integer
# expect: l -18446744073709551616 OverflowError Python int too large to convert to C long
# expect: l 9223372036854775808 OverflowError Python int too large to convert to C long
# expect: l 18446744073709551616 OverflowError Python int too large to convert to C long
# expect: l 1.5 TypeError 'float' object cannot be interpreted as an integer
# expect: l x TypeError 'str' object cannot be interpreted as an integer
# expect: l None TypeError 'NoneType' object cannot be interpreted as an integer
# expect: L -18446744073709551616 OverflowError can't convert negative value to unsigned int
# expect: L -1 OverflowError can't convert negative value to unsigned int
# expect: L 18446744073709551616 OverflowError Python int too large to convert to C unsigned long
# expect: L 1.5 TypeError 'float' object cannot be interpreted as an integer
# expect: L x TypeError 'str' object cannot be interpreted as an integer
# expect: L None TypeError 'NoneType' object cannot be interpreted as an integer
# expect: q -18446744073709551616 OverflowError int too big to convert
# expect: q 9223372036854775808 OverflowError int too big to convert
# expect: q 18446744073709551616 OverflowError int too big to convert
# expect: q 1.5 TypeError 'float' object cannot be interpreted as an integer
# expect: q x TypeError 'str' object cannot be interpreted as an integer
# expect: q None TypeError 'NoneType' object cannot be interpreted as an integer
# expect: Q -18446744073709551616 OverflowError can't convert negative int to unsigned
# expect: Q -1 OverflowError can't convert negative int to unsigned
# expect: Q 18446744073709551616 OverflowError int too big to convert
# expect: Q 1.5 TypeError 'float' object cannot be interpreted as an integer
# expect: Q x TypeError 'str' object cannot be interpreted as an integer
# expect: Q None TypeError 'NoneType' object cannot be interpreted as an integer
for tc in 'fd':
    for v in ['x', None, 10**400, 1e300]:
        try: print(array(tc, [v]))
        except Exception as e: print(tc, v, type(e).__name__, e)
# expect: f x TypeError must be real number, not str
# expect: f None TypeError must be real number, not NoneType
# expect: f 10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000 OverflowError int too large to convert to float
# expect: array('f', [inf])
# expect: d x TypeError must be real number, not str
# expect: d None TypeError must be real number, not NoneType
# expect: d 10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000 OverflowError int too large to convert to float
# expect: array('d', [1e+300])
for tc in 'uw':
    for v in [1, 'ab', 'a']:
        try: print(array(tc, [v]))
        except Exception as e: print(tc, v, type(e).__name__, e)
# expect: u 1 TypeError array item must be unicode character
# expect: u ab TypeError array item must be unicode character
# expect: array('u', 'a')
# expect: w 1 TypeError array item must be unicode character
# expect: w ab TypeError array item must be unicode character
# expect: array('w', 'a')
print(bytes(array('i', [1, 256])), bytes(array('B', [1, 2])))  # expect: b'\x01\x00\x00\x00\x00\x01\x00\x00' b'\x01\x02'
