package tierpy.objects;

import static org.junit.jupiter.api.Assertions.*;
import static tierpy.objects.PyAssert.*;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FloatsTest {
    @Test
    void reprFollowsPythonLayout() {
        double[] xs = {0.1 + 0.2, 1e16, 1e15, 123456789.0 * 1000, 1e-4, 1e-5, 0.000123, 1.0, -0.0, 100.0, 1e100,
                123e-20, 5e-324, 1.1 * 1.1, 100 * 1.1, 1.5e300 * 1e10, Double.NaN, 1.0 / 3};
        String[] expected = {"0.30000000000000004", "1e+16", "1000000000000000.0", "123456789000.0", "0.0001", "1e-05",
                "0.000123", "1.0", "-0.0", "100.0", "1e+100", "1.23e-18", "5e-324", "1.2100000000000002",
                "110.00000000000001", "inf", "nan", "0.3333333333333333"};
        for (int i = 0; i < xs.length; i++) repr(expected[i], xs[i]);
    }

    @Test
    void randomSampleAgreesWithCPython() throws Exception {
        int checked = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("float-sample.txt"), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("#")) continue;
                String[] f = line.split(" ");
                double x = Double.longBitsToDouble(Long.parseUnsignedLong(f[0].replace("-", ""), 16)
                        * (f[0].startsWith("-") ? -1 : 1));
                String where = "bits " + f[0];
                assertEquals(f[1], FloatFormat.repr(x), where);
                assertEquals(f[2], Abstract.format(x, ".17g"), where);
                assertEquals(f[3], Abstract.format(x, "e"), where);
                assertEquals(f[4], Abstract.repr(m(x, "__round__", 3L)), where);
                assertEquals(Long.parseLong(f[5]), Abstract.hash(x), where);
                checked++;
            }
        }
        System.out.println("float-sample.txt: " + checked + "/" + checked + " match");
        assertTrue(checked > 10000);
    }

    @Test
    void roundingIsCorrectlyRoundedAndBankers() {
        repr("2", Abstract.call(Abstract.getattr(2.5, "__round__")));
        repr("4", m(3.5, "__round__"));
        repr("-2", m(-2.5, "__round__"));
        repr("0", m(0.5, "__round__"));
        repr("2.67", m(2.675, "__round__", 2L));
        repr("1.0", m(1.005, "__round__", 2L));
        repr("120.0", m(123.456, "__round__", -1L));
        repr("123.5", m(123.456, "__round__", 1L));
        repr("-0.5", m(-0.45, "__round__", 1L));
        raises(Exceptions.OverflowError, "cannot convert float infinity to integer",
                () -> m(Double.POSITIVE_INFINITY, "__round__"));
    }

    @Test
    void divisionModuloAndPower() {
        repr("3.0", Abstract.floordiv(7.0, 2L));
        repr("-4.0", Abstract.floordiv(-7.0, 2L));
        repr("2.0", Abstract.mod(7.0, 2.5));
        repr("0.5", Abstract.mod(-7.0, 2.5));
        repr("(3.0, 1.5)", Abstract.divmod(7.5, 2L));
        repr("(-4.0, 0.5)", Abstract.divmod(-7.5, 2L));
        repr("1.4142135623730951", Abstract.pow(2L, 0.5));
        repr("0.25", Abstract.pow(2.0, -2L));
        raises(Exceptions.ZeroDivisionError, "division by zero", () -> Abstract.truediv(1.0, 0L));
        raises(Exceptions.ZeroDivisionError, "division by zero", () -> Abstract.floordiv(1.0, 0.0));
        raises(Exceptions.ZeroDivisionError, "division by zero", () -> Abstract.mod(1.0, 0.0));
        raises(Exceptions.ZeroDivisionError, "zero to a negative power", () -> Abstract.pow(0.0, -1L));
        raises(Exceptions.OverflowError, "(34, 'Numerical result out of range')", () -> Abstract.pow(2.0, 10000L));
        repr("(8.659560562354934e-17+1.4142135623730951j)", Abstract.pow(-2.0, 0.5));
    }

    @Test
    void comparisonWithIntsIsExact() {
        assertTrue(Abstract.compareBool(Abstract.pow(2L, 53L), Math.pow(2, 53), CmpOp.EQ));
        assertFalse(Abstract.compareBool(Abstract.add(Abstract.pow(2L, 53L), 1L), Math.pow(2, 53) + 1, CmpOp.EQ));
        assertTrue(Abstract.compareBool(Abstract.add(Abstract.pow(2L, 53L), 1L), Math.pow(2, 53), CmpOp.GT));
        assertFalse(Abstract.compareBool(Double.NaN, Double.NaN, CmpOp.EQ));
        assertTrue(Abstract.compareBool(1L, 1.0, CmpOp.EQ));
    }

    @Test
    void methodsAndConstruction() {
        repr("(1, 2)", m(0.5, "as_integer_ratio"));
        repr("(3602879701896397, 36028797018963968)", m(0.1, "as_integer_ratio"));
        assertEquals(Boolean.TRUE, m(2.0, "is_integer"));
        assertEquals("0x1.8000000000000p+0", m(1.5, "hex"));
        assertEquals("0x1.999999999999ap-4", m(0.1, "hex"));
        assertEquals("0x0.0000000000001p-1022", m(5e-324, "hex"));
        repr("3.0", Abstract.call(Abstract.getattr(Py.FLOAT, "fromhex"), "0x1.8p1"));
        repr("3.25", Abstract.call(Py.FLOAT, "  3.25 "));
        repr("-1000.5", Abstract.call(Py.FLOAT, "-1_000.5"));
        repr("inf", Abstract.call(Py.FLOAT, "1e500"));
        repr("-inf", Abstract.call(Py.FLOAT, "-Infinity"));
        repr("7.0", Abstract.call(Py.FLOAT, 7L));
        raises(Exceptions.ValueError, "could not convert string to float: 'one'", () -> Abstract.call(Py.FLOAT, "one"));
        raises(Exceptions.ValueError, "could not convert string to float: '1__0'", () -> Abstract.call(Py.FLOAT, "1__0"));
        raises(Exceptions.TypeError, "float() argument must be a string or a real number, not 'NoneType'",
                () -> Abstract.call(Py.FLOAT, Py.None));
        raises(Exceptions.OverflowError, "cannot convert Infinity to integer ratio",
                () -> m(Double.POSITIVE_INFINITY, "as_integer_ratio"));
    }

    @Test
    void formatMiniLanguage() {
        assertEquals("3.14", Abstract.format(Math.PI, ".2f"));
        assertEquals("3.141593", Abstract.format(Math.PI, "f"));
        assertEquals("1.000000e-05", Abstract.format(1e-5, "e"));
        assertEquals("1e-05", Abstract.format(1e-5, "g"));
        assertEquals("1.2346e+06", Abstract.format(1234567.0, ".5g"));
        assertEquals("1,234,567.89", Abstract.format(1234567.891, ",.2f"));
        assertEquals("50.0%", Abstract.format(0.5, ".1%"));
        assertEquals("  1.5", Abstract.format(1.5, "5"));
        assertEquals("1.0", Abstract.format(1.0, ".3"));
        assertEquals("1e+20", Abstract.format(1e20, ".3"));
        assertEquals("0.0", Abstract.format(-0.0001, "z.1f"));
        assertEquals("-0.0", Abstract.format(-0.0001, ".1f"));
        assertEquals("+inf", Abstract.format(Double.POSITIVE_INFINITY, "+"));
        assertEquals("-0001.50", Abstract.format(-1.5, "08.2f"));
        raises(Exceptions.ValueError, "Unknown format code 'd' for object of type 'float'", () -> Abstract.format(1.0, "d"));
        raises(Exceptions.ValueError, "Format specifier missing precision", () -> Abstract.format(1.0, "."));
    }
}
