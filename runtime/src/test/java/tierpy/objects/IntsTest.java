package tierpy.objects;

import static org.junit.jupiter.api.Assertions.*;
import static tierpy.objects.PyAssert.*;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class IntsTest {
    private static Object big(String s) {
        return Py.of(new BigInteger(s));
    }

    @Test
    void arithmeticOverflowsToNormalizedBigInteger() {
        Object max = Long.MAX_VALUE;
        Object r = Abstract.add(max, 1L);
        assertInstanceOf(BigInteger.class, r);
        repr("9223372036854775808", r);
        assertEquals(Long.MAX_VALUE, Abstract.sub(r, 1L));
        assertInstanceOf(Long.class, Abstract.sub(r, 1L));
        repr("999999999998000000000001", Abstract.mul(999999999999L, 999999999999L));
        repr("-9223372036854775808", Abstract.pow(-2L, 63L));
        repr("6148914691236517205", Abstract.floordiv(Abstract.pow(2L, 64L), 3L));
        repr("-6148914691236517206", Abstract.floordiv(Abstract.neg(Abstract.pow(2L, 64L)), 3L));
        repr("9223372036854775808", Abstract.neg(Long.MIN_VALUE));
        repr("1180591620717411303424", Abstract.and(Abstract.pow(2L, 70L), Abstract.neg(Abstract.pow(2L, 70L))));
        repr("2", Abstract.rshift(Abstract.lshift(1L, 100L), 99L));
    }

    @Test
    void floorDivisionAndModuloFollowTheDivisorSign() {
        long[][] cases = {{7, 2, 3, 1}, {-7, 2, -4, 1}, {7, -2, -4, -1}, {-7, -2, 3, -1}, {-5, 7, -1, 2}};
        for (long[] c : cases) {
            assertEquals(c[2], Abstract.floordiv(c[0], c[1]));
            assertEquals(c[3], Abstract.mod(c[0], c[1]));
            repr("(" + c[2] + ", " + c[3] + ")", Abstract.divmod(c[0], c[1]));
        }
        repr("9223372036854775808", Abstract.floordiv(Long.MIN_VALUE, -1L));
    }

    @Test
    void errorsUseCpython314Messages() {
        raises(Exceptions.ZeroDivisionError, "division by zero", () -> Abstract.floordiv(1L, 0L));
        raises(Exceptions.ZeroDivisionError, "division by zero", () -> Abstract.mod(1L, 0L));
        raises(Exceptions.ZeroDivisionError, "division by zero", () -> Abstract.truediv(1L, 0L));
        raises(Exceptions.ZeroDivisionError, "division by zero", () -> Abstract.divmod(1L, 0L));
        raises(Exceptions.ZeroDivisionError, "zero to a negative power", () -> Abstract.pow(0L, -1L));
        raises(Exceptions.ValueError, "pow() 3rd argument cannot be 0", () -> Abstract.pow(2L, 3L, 0L));
        raises(Exceptions.ValueError, "negative shift count", () -> Abstract.lshift(1L, -1L));
        raises(Exceptions.TypeError, "unsupported operand type(s) for +: 'int' and 'str'", () -> Abstract.add(1L, "a"));
        raises(Exceptions.TypeError, "unsupported operand type(s) for ** or pow(): 'int' and 'str'",
                () -> Abstract.pow(1L, "a"));
        raises(Exceptions.TypeError, "unsupported operand type(s) for +=: 'int' and 'str'",
                () -> Abstract.inplaceOp(1L, "a", BinOp.ADD));
        raises(Exceptions.TypeError, "'<' not supported between instances of 'int' and 'str'",
                () -> Abstract.richCompare(1L, "a", CmpOp.LT));
        raises(Exceptions.TypeError, "bad operand type for unary -: 'str'", () -> Abstract.neg("a"));
        raises(Exceptions.TypeError, "int() argument must be a string, a bytes-like object or a real number, not 'NoneType'",
                () -> Abstract.call(Py.INT, Py.None));
        raises(Exceptions.ValueError, "Exceeds the limit (4300 digits) for integer string conversion; use "
                + "sys.set_int_max_str_digits() to increase the limit", () -> Abstract.str(Abstract.pow(10L, 5000L)));
        raises(Exceptions.OverflowError, "int too large to convert to float",
                () -> Abstract.add(Abstract.pow(10L, 400L), 1.0));
    }

    @Test
    void powerAndModularPower() {
        assertEquals(0.5, Abstract.pow(2L, -1L));
        assertEquals(0.001, Abstract.pow(10L, -3L));
        assertEquals(-1L, Abstract.pow(-1L, 101L));
        assertEquals(1L, Abstract.pow(3L, 200L, 1000L));
        assertEquals(23L, Abstract.pow(38L, -1L, 97L));
        assertEquals(-1L, Abstract.pow(3L, 2L, -2L));
    }

    @Test
    void trueDivisionIsCorrectlyRounded() {
        assertEquals(2.5, Abstract.truediv(10L, 4L));
        assertEquals(1.0 / 3, Abstract.truediv(1L, 3L));
        assertEquals(1e20 / 3, (double) Abstract.truediv(Abstract.pow(10L, 20L), 3L));
        assertEquals(3.0, Abstract.truediv(Abstract.mul(Abstract.pow(10L, 30L), 3L), Abstract.pow(10L, 30L)));
        raises(Exceptions.OverflowError, "integer division result too large for a float",
                () -> Abstract.truediv(Abstract.pow(10L, 400L), 1L));
    }

    @Test
    void hashIsModular() {
        assertEquals(0, Abstract.hash(big("2305843009213693951")));
        assertEquals(1, Abstract.hash(big("2305843009213693952")));
        assertEquals(-2, Abstract.hash(-2L));
        assertEquals(-2, Abstract.hash(-1L));
        assertEquals(1, Abstract.hash(Boolean.TRUE));
        assertEquals(Abstract.hash(1L), Abstract.hash(1.0));
        assertEquals(Abstract.hash(Abstract.pow(2L, 100L)), Abstract.hash(Math.pow(2, 100)));
    }

    @Test
    void parsingFollowsPyLongFromString() {
        assertEquals(42L, Abstract.call(Py.INT, "  +42  "));
        assertEquals(0L, Abstract.call(Py.INT, "-0"));
        assertEquals(7L, Abstract.call(Py.INT, "0_0_7"));
        assertEquals(123L, Abstract.call(Py.INT, "１２３"));
        assertEquals(5L, Abstract.call(Py.INT, "101", 2L));
        assertEquals(35L, Abstract.call(Py.INT, "z", 36L));
        assertEquals(255L, Abstract.call(Py.INT, "0x_ff", 0L));
        assertEquals(255L, Abstract.call(Py.INT, "0xff", 16L));
        assertEquals(3L, Abstract.call(Py.INT, 3.99));
        assertEquals(-3L, Abstract.call(Py.INT, -3.99));
        for (String bad : new String[] {"five", "1.5", "0x10", "", "1__0", "_1", "1_"}) {
            raises(Exceptions.ValueError, "invalid literal for int() with base 10: " + Strs.repr(bad),
                    () -> Abstract.call(Py.INT, bad));
        }
        raises(Exceptions.ValueError, "invalid literal for int() with base 0: '010'", () -> Abstract.call(Py.INT, "010", 0L));
        raises(Exceptions.ValueError, "int() base must be >= 2 and <= 36, or 0", () -> Abstract.call(Py.INT, "1", 37L));
        raises(Exceptions.TypeError, "int() can't convert non-string with explicit base",
                () -> Abstract.call(Py.INT, 1L, 10L));
        raises(Exceptions.OverflowError, "cannot convert float infinity to integer",
                () -> Abstract.call(Py.INT, Double.POSITIVE_INFINITY));
        raises(Exceptions.ValueError, "cannot convert float NaN to integer", () -> Abstract.call(Py.INT, Double.NaN));
    }

    @Test
    void methodsAndBool() {
        assertEquals(5L, m(17L, "bit_length"));
        assertEquals(3L, m(7L, "bit_count"));
        repr("(5, 1)", m(5L, "as_integer_ratio"));
        assertEquals(12300L, m(12345L, "__round__", -2L));
        assertEquals(20L, m(25L, "__round__", -1L));
        assertEquals(15L, m(12L, "__add__", 3L));
        assertEquals(-4L, Abstract.call(Abstract.getattr(Py.INT, "__floordiv__"), -7L, 2L));
        assertSame(Py.NotImplemented, m(1L, "__add__", "x"));
        assertEquals(2L, Abstract.add(Boolean.TRUE, 1L));
        assertEquals(Boolean.TRUE, Abstract.and(Boolean.TRUE, Boolean.TRUE));
        assertEquals(1L, Abstract.and(Boolean.TRUE, 1L));
        repr("True", Boolean.TRUE);
        repr("-2", Abstract.invert(Boolean.TRUE));
        raises(Exceptions.TypeError, "int.bit_length() takes no arguments (1 given)", () -> m(1L, "bit_length", 2L));
        raises(Exceptions.TypeError, "type 'bool' is not an acceptable base type",
                () -> PyType.newHeapType(Py.TYPE, "B", new PyType[] {Py.BOOL}, new java.util.HashMap<>(), null, null));
    }

    @Test
    void identityOfSmallInts() {
        assertTrue(Py.is(Long.valueOf(256), Long.valueOf(256)));
        assertTrue(Py.is(Long.valueOf(-5), Long.valueOf(-5)));
        assertFalse(Py.is(Long.valueOf(257), Long.valueOf(257)));
        // Java's own Long cache makes -128..-6 share identity; CPython only caches from -5.
        assertFalse(Py.is(Long.valueOf(-129), Long.valueOf(-129)));
    }

    @Test
    void formatMiniLanguage() {
        assertEquals("  7", Abstract.format(7L, ">3"));
        assertEquals(" -4", Abstract.format(-4L, ">3"));
        assertEquals("1,234,567", Abstract.format(1234567L, ","));
        assertEquals("1_0000_0000", Abstract.format(256L, "_b"));
        assertEquals("0x00ff", Abstract.format(255L, "#06x"));
        assertEquals("-0001", Abstract.format(-1L, "05"));
        assertEquals("0,001,000", Abstract.format(1000L, "09,"));
        assertEquals("+5", Abstract.format(5L, "+"));
        assertEquals("**5**", Abstract.format(5L, "*^5"));
        assertEquals("A", Abstract.format(65L, "c"));
        assertEquals("5.000000e+00", Abstract.format(5L, "e"));
        raises(Exceptions.ValueError, "Unknown format code 's' for object of type 'int'", () -> Abstract.format(1L, "s"));
        raises(Exceptions.ValueError, "Precision not allowed in integer format specifier", () -> Abstract.format(1L, ".2d"));
    }
}
