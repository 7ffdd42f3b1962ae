# struct: pack/unpack/calcsize/iter_unpack/pack_into/Struct, byte orders and native alignment, float rounding, error messages
import struct
tests = [('b', 200), ('B', -1), ('B', 256), ('h', 40000), ('H', -1), ('i', 2**31), ('I', -1), ('l', 2**63), ('L', -1), ('q', 2**63), ('Q', -1), ('n', 2**63), ('N', -1), ('P', -1),
         ('<b', 200), ('<B', -1), ('<h', 40000), ('<H', 70000), ('<i', 2**31), ('<I', -1), ('<l', 2**31), ('<L', 2**32), ('<q', 2**63), ('<Q', -1), ('>Q', 2**64),
         ('b', 1.5), ('b', 'x'), ('<i', None), ('f', 'x'), ('<f', 1e300), ('<e', 1e6), ('e', 65520.0), ('c', 'a'), ('c', b'ab'), ('s', 'x'), ('?', []),
         ('<n', 1), ('xx2', 1), ('3', 1), ('i i', 1), ('2 i', 1), ('z', 1), ('<P', 1), ('ii', 1), ('i', 1, 2), ('<d', 10**400), ('<q', 1.0), ('!I', 2**32)]
for t in tests:
    try: print(t, struct.pack(*t))
    except Exception as e: print(t, type(e).__name__, e)
# expect: ('b', 200) error 'b' format requires -128 <= number <= 127
# expect: ('B', -1) error 'B' format requires 0 <= number <= 255
# expect: ('B', 256) error 'B' format requires 0 <= number <= 255
# expect: ('h', 40000) error 'h' format requires -32768 <= number <= 32767
# expect: ('H', -1) error 'H' format requires 0 <= number <= 65535
# expect: ('i', 2147483648) error 'i' format requires -2147483648 <= number <= 2147483647
# expect: ('I', -1) error 'I' format requires 0 <= number <= 4294967295
# expect: ('l', 9223372036854775808) error 'l' format requires -9223372036854775808 <= number <= 9223372036854775807
# expect: ('L', -1) error 'L' format requires 0 <= number <= 18446744073709551615
# expect: ('q', 9223372036854775808) error 'q' format requires -9223372036854775808 <= number <= 9223372036854775807
# expect: ('Q', -1) error 'Q' format requires 0 <= number <= 18446744073709551615
# expect: ('n', 9223372036854775808) error 'n' format requires -9223372036854775808 <= number <= 9223372036854775807
# expect: ('N', -1) error 'N' format requires 0 <= number <= 18446744073709551615
# expect: ('P', -1) b'\xff\xff\xff\xff\xff\xff\xff\xff'
# expect: ('<b', 200) error 'b' format requires -128 <= number <= 127
# expect: ('<B', -1) error 'B' format requires 0 <= number <= 255
# expect: ('<h', 40000) error 'h' format requires -32768 <= number <= 32767
# expect: ('<H', 70000) error 'H' format requires 0 <= number <= 65535
# expect: ('<i', 2147483648) error 'i' format requires -2147483648 <= number <= 2147483647
# expect: ('<I', -1) error 'I' format requires 0 <= number <= 4294967295
# expect: ('<l', 2147483648) error 'l' format requires -2147483648 <= number <= 2147483647
# expect: ('<L', 4294967296) error 'L' format requires 0 <= number <= 4294967295
# expect: ('<q', 9223372036854775808) error 'q' format requires -9223372036854775808 <= number <= 9223372036854775807
# expect: ('<Q', -1) error 'Q' format requires 0 <= number <= 18446744073709551615
# expect: ('>Q', 18446744073709551616) error 'Q' format requires 0 <= number <= 18446744073709551615
# expect: ('b', 1.5) error required argument is not an integer
# expect: ('b', 'x') error required argument is not an integer
# expect: ('<i', None) error required argument is not an integer
# expect: ('f', 'x') error required argument is not a float
# expect: ('<f', 1e+300) OverflowError float too large to pack with f format
# expect: ('<e', 1000000.0) OverflowError float too large to pack with e format
# expect: ('e', 65520.0) OverflowError float too large to pack with e format
# expect: ('c', 'a') error char format requires a bytes object of length 1
# expect: ('c', b'ab') error char format requires a bytes object of length 1
# expect: ('s', 'x') error argument for 's' must be a bytes object
# expect: ('?', []) b'\x00'
# expect: ('<n', 1) error bad char in struct format
# expect: ('xx2', 1) error repeat count given without format specifier
# expect: ('3', 1) error repeat count given without format specifier
# expect: ('i i', 1) error pack expected 2 items for packing (got 1)
# expect: ('2 i', 1) error bad char in struct format
# expect: ('z', 1) error bad char in struct format
# expect: ('<P', 1) error bad char in struct format
# expect: ('ii', 1) error pack expected 2 items for packing (got 1)
# expect: ('i', 1, 2) error pack expected 1 items for packing (got 2)
# expect: ('<d', 10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000) error required argument is not a float
# expect: ('<q', 1.0) error required argument is not an integer
# expect: ('!I', 4294967296) error 'I' format requires 0 <= number <= 4294967295
for fmt, data in [('i', b'\x01\x02'), ('<h', b'\x01\x02\x03'), ('2s', b'a'), ('z', b'')]:
    try: print(struct.unpack(fmt, data))
    except Exception as e: print(fmt, type(e).__name__, e)
# expect: i error unpack requires a buffer of 4 bytes
# expect: <h error unpack requires a buffer of 2 bytes
# expect: 2s error unpack requires a buffer of 2 bytes
# expect: z error bad char in struct format
try: struct.unpack_from('i', b'\x00' * 4, 2)
except Exception as e: print(type(e).__name__, e)
# expect: error unpack_from requires a buffer of at least 6 bytes for unpacking 4 bytes at offset 2 (actual buffer size is 4)
try: struct.unpack_from('i', b'\x00' * 4, -10)
except Exception as e: print(type(e).__name__, e)
# expect: error offset -10 out of range for 4-byte buffer
try: list(struct.iter_unpack('i', b'\x00' * 5))
except Exception as e: print(type(e).__name__, e)
# expect: error iterative unpacking requires a buffer of a multiple of 4 bytes
try: list(struct.iter_unpack('', b''))
except Exception as e: print(type(e).__name__, e)
# expect: error cannot iteratively unpack with a struct of length 0
try: struct.pack_into('i', bytearray(2), 0, 1)
except Exception as e: print(type(e).__name__, e)
# expect: error pack_into requires a buffer of at least 4 bytes for packing 4 bytes at offset 0 (actual buffer size is 2)
try: struct.pack_into('i', bytearray(8), 6, 1)
except Exception as e: print(type(e).__name__, e)
# expect: error pack_into requires a buffer of at least 10 bytes for packing 4 bytes at offset 6 (actual buffer size is 8)
try: struct.Struct(5)
except Exception as e: print(type(e).__name__, e)
# expect: TypeError Struct() argument 1 must be a str or bytes object, not int
print(struct.error, struct.error.__mro__)
# expect: <class 'struct.error'> (<class 'struct.error'>, <class 'Exception'>, <class 'BaseException'>, <class 'object'>)
print(struct.Struct, struct.Struct('i'), struct.Struct('<2h').format, struct.Struct(b'<2h').format, struct.Struct('i').size)
# expect: <class '_struct.Struct'> Struct('i') <2h <2h 4
it = struct.iter_unpack('h', b'\x01\x00\x02\x00')
print(type(it), it.__length_hint__(), list(it))
# expect: <class '_struct.unpack_iterator'> 2 [(1,), (2,)]
try: struct.unpack('i', 'abcd')
except Exception as e: print(type(e).__name__, e)
# expect: TypeError a bytes-like object is required, not 'str'
try: struct.pack_into('i', b'abcd', 0, 1)
except Exception as e: print(type(e).__name__, e)
# expect: TypeError argument must be read-write bytes-like object, not bytes
try: struct.pack_into('i', bytearray(8), -2, 1)
except Exception as e: print(type(e).__name__, e)
# expect: error no space to pack 4 bytes at offset -2
try: struct.pack_into('i', bytearray(8), -20, 1)
except Exception as e: print(type(e).__name__, e)
# expect: error offset -20 out of range for 8-byte buffer
try: struct.pack('i')
except Exception as e: print(type(e).__name__, e)
# expect: error pack expected 1 items for packing (got 0)
try: struct.pack()
except Exception as e: print(type(e).__name__, e)
# expect: TypeError missing format argument
try: struct.unpack('i')
except Exception as e: print(type(e).__name__, e)
# expect: TypeError unpack expected 2 arguments, got 1
try: struct.Struct('i').pack_into(bytearray(4), 0, 1, 2)
except Exception as e: print(type(e).__name__, e)
# expect: error pack_into expected 1 items for packing (got 2)
print(struct.pack('@bhbib0q', 1, 2, 3, 4, 5), struct.calcsize('@bhbib0q'), struct.calcsize('bq'), struct.calcsize('<bq'), struct.calcsize('=bq'), struct.calcsize('qb'), struct.calcsize('3s2p'))
# expect: b'\x01\x00\x02\x00\x03\x00\x00\x00\x04\x00\x00\x00\x05\x00\x00\x00' 16 16 9 9 9 5
print(struct.pack('5p', b'hello world'), struct.pack('3p', b''), struct.unpack('5p', b'\x09abcd'), struct.pack('300p', b'x'*300)[:2], struct.pack('0s', b'abc'), struct.pack('0p', b'abc'))
# expect: b'\x04hell' b'\x00\x00\x00' (b'abcd',) b'\xffx' b'' b''
print(struct.pack('?', 0.0), struct.unpack('3?', b'\x00\x01\x02'), struct.pack('<f', 0.1), struct.pack('<e', 0.1), struct.pack('>d', -0.0), struct.pack('<f', float('nan')), struct.pack('<f', -float('nan')), struct.pack('<e', float('inf')), struct.pack('<e', -float('nan')))
# expect: b'\x00' (False, True, True) b'\xcd\xcc\xcc=' b'f.' b'\x80\x00\x00\x00\x00\x00\x00\x00' b'\x00\x00\xc0\x7f' b'\x00\x00\xc0\xff' b'\x00|' b'\x00\xfe'
print(struct.unpack('<f', struct.pack('<f', 3.4028235e38)), struct.pack('<f', 3.4028234663852886e38), struct.pack('<e', 65519.99), struct.unpack('<e', b'\x01\x00'), struct.unpack('<f', b'\x01\x00\x00\x00'), struct.pack('<f', 1e-46), struct.pack('<f', 7e-46), struct.pack('<e', 2.0**-25), struct.pack('<e', 3*2.0**-26))
# expect: (3.4028234663852886e+38,) b'\xff\xff\x7f\x7f' b'\xff{' (5.960464477539063e-08,) (1.401298464324817e-45,) b'\x00\x00\x00\x00' b'\x00\x00\x00\x00' b'\x00\x00' b'\x01\x00'
print(struct.pack('i', True), struct.pack('s', bytearray(b'zz')), struct.pack('<d', 3), struct.pack('<f', True))
# expect: b'\x01\x00\x00\x00' b'z' b'\x00\x00\x00\x00\x00\x00\x08@' b'\x00\x00\x80?'
class I:
    def __index__(self): return 7
class Fl:
    def __float__(self): return 2.5
print(struct.pack('<i', I()), struct.pack('<d', Fl()), struct.unpack('<Q', struct.pack('<q', -1)))
# expect: b'\x07\x00\x00\x00' b'\x00\x00\x00\x00\x00\x00\x04@' (18446744073709551615,)
print(struct.pack('!h', 1), struct.unpack('>hH', b'\xff\xfe\xff\xfe'), struct.pack('<4x'), struct.unpack('<x2xb', b'\x00\x00\x00\x05'))
# expect: b'\x00\x01' (-2, 65534) b'\x00\x00\x00\x00' (5,)
print(struct.unpack_from('<h', b'\x00\x01\x02\x03', offset=2), struct.unpack_from('<h', b'\x00\x01\x02\x03', -2), struct.unpack('<h', memoryview(b'\x01\x02')))
# expect: (770,) (770,) (513,)
ba = bytearray(8); struct.pack_into('<hh', ba, 2, 1, -1); print(ba); struct.pack_into('<h', ba, -2, 9); print(ba)
# expect: bytearray(b'\x00\x00\x01\x00\xff\xff\x00\x00')
# expect: bytearray(b'\x00\x00\x01\x00\xff\xff\t\x00')
print(struct.calcsize('<F'), struct.calcsize('@bD'), struct.unpack('<F', struct.pack('<F', 1.5 - 2j)), struct.unpack('>D', struct.pack('>D', 0.1 + 3)))
# expect: 8 24 ((1.5-2j),) ((3.1+0j),)
