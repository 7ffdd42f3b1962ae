# bytes(x) calls x.__bytes__ first (bytes_new), bytearray(x) does not; conversion errors name the target type
class C:
    def __bytes__(self):
        return b'xy'
class Bad:
    def __bytes__(self):
        return 'xy'
class ReturnsBytearray:
    def __bytes__(self):
        return bytearray(b'q')
class SubB(bytes):
    pass
print(bytes(C()), SubB(C()), type(SubB(C())).__name__)  # expect: b'xy' b'xy' SubB
for f in [lambda: bytearray(C()), lambda: bytes(Bad()), lambda: bytes(ReturnsBytearray()), lambda: bytes(object())]:
    try:
        print(f())
    except TypeError as e:
        print(e)
# expect: cannot convert 'C' object to bytearray
# expect: __bytes__ returned non-bytes (type str)
# expect: __bytes__ returned non-bytes (type bytearray)
# expect: cannot convert 'object' object to bytes
