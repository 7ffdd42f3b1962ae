package tierpy.objects;

import static org.junit.jupiter.api.Assertions.*;
import static tierpy.objects.PyAssert.*;

import org.junit.jupiter.api.Test;

class BytesTest {
    private static PyBytes b(String latin1) {
        return PyBytes.bytes(latin1.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    @Test
    void reprAndConstruction() {
        repr("b'abc'", b("abc"));
        repr("b\"it's\"", b("it's"));
        repr("b'\\x00\\xff\\n'", b("\u0000\u00ff\n"));
        repr("b'\\x00\\x00\\x00'", Abstract.call(Py.BYTES, 3L));
        repr("b'\\x01\\x02'", Abstract.call(Py.BYTES, list(1L, 2L)));
        repr("bytearray(b'hi')", Abstract.call(Py.BYTEARRAY, "hi", "ascii"));
        raises(Exceptions.TypeError, "string argument without an encoding", () -> Abstract.call(Py.BYTES, "x"));
        raises(Exceptions.ValueError, "bytes must be in range(0, 256)", () -> Abstract.call(Py.BYTES, list(256L)));
        raises(Exceptions.ValueError, "byte must be in range(0, 256)", () -> Abstract.call(Py.BYTEARRAY, list(256L)));
        raises(Exceptions.ValueError, "negative count", () -> Abstract.call(Py.BYTES, -1L));
        raises(Exceptions.TypeError, "'bytes' object does not support item assignment",
                () -> Abstract.setitem(b("a"), 0L, 1L));
    }

    @Test
    void sequenceBehaviour() {
        assertEquals(98L, Abstract.getitem(b("abc"), 1L));
        repr("b'cb'", Abstract.getitem(b("abc"), new PySlice(Py.None, 0L, -1L)));
        repr("[97, 98]", PyList.fromIterable(b("ab")));
        assertTrue(Abstract.contains(b("abc"), 98L));
        assertTrue(Abstract.contains(b("abc"), b("bc")));
        repr("b'abab'", Abstract.mul(b("ab"), 2L));
        raises(Exceptions.TypeError, "can't concat str to bytes", () -> Abstract.add(b("a"), "b"));
        raises(Exceptions.IndexError, "index out of range", () -> Abstract.getitem(b(""), 0L));
        Object ba = Abstract.call(Py.BYTEARRAY, b("ab"));
        m(ba, "append", 99L);
        Abstract.setitem(ba, 0L, 65L);
        Abstract.inplaceOp(ba, b("!"), BinOp.ADD);
        repr("bytearray(b'Abc!')", ba);
        raises(Exceptions.TypeError, "unhashable type: 'bytearray'", () -> Abstract.hash(ba));
        assertFalse(Abstract.compareBool(b("ab"), ba, CmpOp.LT));
        assertTrue(Abstract.compareBool(b("ab"), Abstract.call(Py.BYTEARRAY, b("b")), CmpOp.LT));
    }

    @Test
    void methods() {
        repr("[b'a', b'b', b'c']", m(b(" a b\tc "), "split"));
        repr("[b'a', b'b,c']", m(b("a,b,c"), "split", b(","), 1L));
        repr("b'a-b'", m(b("-"), "join", list(b("a"), b("b"))));
        repr("b'x'", m(b("  x\n"), "strip"));
        repr("b'ABC'", m(b("abc"), "upper"));
        assertEquals("00ff10", m(b("\u0000\u00ff\u0010"), "hex"));
        repr("b'\\x00\\xff'", Abstract.call(Abstract.getattr(Py.BYTES, "fromhex"), "00 ff"));
        raises(Exceptions.ValueError, "non-hexadecimal number found in fromhex() arg at position 1",
                () -> Abstract.call(Abstract.getattr(Py.BYTES, "fromhex"), "0g"));
        assertEquals(2L, m(b("abab"), "count", b("ab")));
    }

    @Test
    void codecsUseCpythonMessages() {
        repr("b'\\xe2\\x82\\xac'", m("€", "encode"));
        assertEquals("€", m(m("€", "encode"), "decode"));
        assertEquals("\uD83D\uDE00", m(m("\uD83D\uDE00", "encode", "utf-8"), "decode", "utf-8"));
        raises(Exceptions.UnicodeEncodeError,
                "'ascii' codec can't encode character '\\u20ac' in position 0: ordinal not in range(128)",
                () -> m("€", "encode", "ascii"));
        raises(Exceptions.UnicodeEncodeError,
                "'ascii' codec can't encode characters in position 1-2: ordinal not in range(128)",
                () -> m("aéé", "encode", "ascii"));
        raises(Exceptions.UnicodeDecodeError, "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte",
                () -> m(b("\u00ff"), "decode"));
        raises(Exceptions.UnicodeDecodeError, "'utf-8' codec can't decode bytes in position 0-1: unexpected end of data",
                () -> m(b("\u00e2\u0082"), "decode"));
        raises(Exceptions.UnicodeDecodeError,
                "'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte",
                () -> m(b("\u00ed\u00a0\u0080"), "decode"));
        repr("b'a?'", m("aé", "encode", "ascii", "replace"));
        assertEquals("\uFFFDa", m(b("\u00e2\u0082a"), "decode", "utf-8", "replace"));
        assertEquals("a\uFFFD", m(b("a\u00ff"), "decode", "utf-8", "replace"));
        assertEquals("a\\xff", m(b("a\u00ff"), "decode", "ascii", "backslashreplace"));
        raises(Exceptions.LookupError, "unknown encoding: nope", () -> m("a", "encode", "nope"));
    }

    @Test
    void intToAndFromBytes() {
        repr("b'\\x04\\x00'", m(1024L, "to_bytes", 2L, "big"));
        repr("b'\\x00\\x04'", m(1024L, "to_bytes", 2L, "little"));
        repr("b'\\xff\\xfe'", Abstract.vectorcall(Abstract.getattr(-2L, "to_bytes"), new Object[] {2L, "big", Boolean.TRUE},
                0, 2, new String[] {"signed"}));
        raises(Exceptions.OverflowError, "int too big to convert", () -> m(256L, "to_bytes", 1L, "big"));
        raises(Exceptions.OverflowError, "can't convert negative int to unsigned", () -> m(-1L, "to_bytes", 1L, "big"));
        raises(Exceptions.ValueError, "byteorder must be either 'little' or 'big'", () -> m(1L, "to_bytes", 1L, "middle"));
        Object fromBytes = Abstract.getattr(Py.INT, "from_bytes");
        assertEquals(1024L, Abstract.call(fromBytes, b("\u0004\u0000"), "big"));
        assertEquals(-2L, Abstract.vectorcall(fromBytes, new Object[] {b("\u00fe\u00ff"), "little", Boolean.TRUE}, 0, 2,
                new String[] {"signed"}));
        repr("18446744073709551615", Abstract.call(fromBytes, b("\u00ff".repeat(8)), "big"));
    }
}
