package tierpy.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Recomputes lines of two CPython 3.14 golden outputs (004_float_repr, 058_integer_edge) that
 * only need the object model, and compares them with the golden text read at test time.
 */
class GoldenPiecesTest {
    private static List<String> golden(String name) throws Exception {
        Path p = Path.of(System.getProperty("tierpy.shared", "../shared"), "cpython314", "corpus", name);
        return Files.readAllLines(p);
    }

    /** print(*values): str() of each, space separated. */
    private static String print(Object... values) {
        List<String> parts = new ArrayList<>();
        for (Object v : values) parts.add(Abstract.str(v));
        return String.join(" ", parts);
    }

    private static Object f(double d) {
        return d;
    }

    private static Object call(Object self, String method, Object... args) {
        return PyAssert.m(self, method, args);
    }

    private static String error(Supplier<Object> body) {
        try {
            body.get();
            return "no error";
        } catch (PyException e) {
            return e.value.type.name + ": " + Abstract.str(e.value);
        }
    }

    @Test
    void floatReprGolden() throws Exception {
        List<String> out = golden("004_float_repr.out.txt");
        Object fromhex = Abstract.getattr(Py.FLOAT, "fromhex");
        String[] mine = {
            print(Abstract.add(0.1, 0.2), Abstract.richCompare(Abstract.add(0.1, 0.2), 0.3, CmpOp.EQ),
                    Abstract.truediv(1L, 3L), Abstract.truediv(2L, 3L), Abstract.truediv(10L, 4L), Abstract.truediv(7L, 7L)),
            print(f(1e16), f(1e15), Abstract.mul(123456789.0, 1000L), f(1e-4), f(1e-5), f(0.000123),
                    Abstract.mul(1.5e300, 1e10)),
            print(f(1.0), f(-0.0), Abstract.richCompare(0.0, -0.0, CmpOp.EQ), Abstract.mul(3.0, 2L),
                    Abstract.pow(2.0, 0.5), Abstract.pow(2L, 0.5), Abstract.pow(10L, -2L)),
            print(Abstract.call(Py.FLOAT, "inf"), Abstract.neg(Abstract.call(Py.FLOAT, "inf")),
                    Abstract.call(Py.FLOAT, "nan"), Abstract.call(Py.FLOAT, "1e500"), Abstract.call(Py.FLOAT, "-1e500")),
            null,
            print(Abstract.repr(1.1), Abstract.str(1.1), Abstract.repr(100.0), Abstract.repr(1e100), Abstract.repr(123e-20)),
            print(call(2.5, "__round__"), call(3.5, "__round__"), call(-2.5, "__round__"), call(0.5, "__round__"),
                    call(1.5, "__round__")),
            print(call(2.675, "__round__", 2L), call(1.005, "__round__", 2L), call(123.456, "__round__", -1L),
                    call(123.456, "__round__", 1L), call(-0.45, "__round__", 1L)),
            print(Abstract.call(Py.INT, 3.99), Abstract.call(Py.INT, -3.99), call(-3.5, "__floor__"),
                    call(-3.5, "__ceil__"), call(-3.5, "__trunc__")),
            print(call(0.5, "as_integer_ratio"), call(0.1, "as_integer_ratio"), call(2.0, "is_integer"),
                    call(2.5, "is_integer")),
            print(call(1.5, "hex"), Abstract.call(fromhex, "0x1.8p1"), call(0.1, "hex")),
            null,
            print(Abstract.floordiv(7.0, 2L), Abstract.floordiv(-7.0, 2L), Abstract.mod(7.0, 2.5),
                    Abstract.mod(-7.0, 2.5), Abstract.divmod(7.5, 2L), Abstract.divmod(-7.5, 2L)),
            print(Abstract.call(Py.FLOAT, 7L), Abstract.call(Py.FLOAT, "  3.25 "), Abstract.call(Py.FLOAT, "-1_000.5"),
                    Floats.parse("3.0e0"), Floats.parse("1_0.0_1")),
            print(Abstract.mul(1e308, 10L), Abstract.mul(-1e308, 10L), f(5e-324), Abstract.truediv(5e-324, 2L)),
            print(Abstract.mul(0.1, 3L), Abstract.mul(1.1, 1.1), Abstract.mul(100L, 1.1),
                    Abstract.richCompare(Abstract.mul(3L, 0.1), 0.3, CmpOp.EQ)),
            null,
            error(() -> Abstract.truediv(1.0, 0L)),
            error(() -> Abstract.floordiv(1.0, 0.0)),
            null,
            error(() -> Abstract.pow(2.0, 10000L)),
        };
        int checked = compare(out, mine);
        System.out.println("004_float_repr.out.txt: " + checked + " object-model lines match");
    }

    @Test
    void integerEdgeGolden() throws Exception {
        List<String> out = golden("058_integer_edge.out.txt");
        List<String> mine = new ArrayList<>();
        long[][] pairs = {{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 5}, {5, 7}, {-5, 7}};
        for (long[] p : pairs) {
            PyTuple qr = (PyTuple) Abstract.divmod(p[0], p[1]);
            Object q = qr.get(0), r = qr.get(1);
            mine.add(Abstract.format(p[0], ">3") + " " + Abstract.format(p[1], ">3") + " | // "
                    + Abstract.format(Abstract.floordiv(p[0], p[1]), ">3") + " % "
                    + Abstract.format(Abstract.mod(p[0], p[1]), ">3") + " divmod (" + q + ", " + r + ") check "
                    + Abstract.str(Abstract.richCompare(Abstract.add(Abstract.mul(q, p[1]), r), p[0], CmpOp.EQ)));
        }
        Object two64 = Abstract.pow(2L, 64L);
        mine.add(print(Abstract.pow(2L, 63L), Abstract.sub(Abstract.pow(2L, 63L), 1L), Abstract.neg(Abstract.pow(2L, 63L)),
                Abstract.pow(-2L, 63L), Abstract.floordiv(two64, 3L), Abstract.floordiv(Abstract.neg(two64), 3L)));
        Object e18 = Abstract.pow(10L, 18L);
        mine.add(print(Abstract.add(e18, 1L), Abstract.mul(e18, e18),
                Abstract.richCompare(Abstract.pow(e18, 2L), Abstract.pow(10L, 36L), CmpOp.EQ),
                Abstract.mul(999999999999L, 999999999999L)));
        mine.add(print(Abstract.pow(2L, -1L), Abstract.pow(-2L, -2L), Abstract.pow(10L, -3L), Abstract.pow(0L, 5L),
                Abstract.pow(5L, 0L), Abstract.pow(-1L, 101L), Abstract.pow(-1L, 100L)));
        mine.add(print(Abstract.pow(3L, 200L, 1000L), Abstract.pow(38L, -1L, 97L),
                Abstract.mod(Abstract.mul(38L, Abstract.pow(38L, -1L, 97L)), 97L)));
        mine.add(print(Abstract.call(Py.INT, "  +42  "), Abstract.call(Py.INT, "-0"), Abstract.call(Py.INT, "0_0_7"),
                Abstract.call(Py.INT, "１２３"), Ints.parse("0x_ff", 0), Ints.parse("0o_17", 0), Ints.parse("0b_1", 0),
                Ints.parse("1_2_3", 0)));
        mine.add(print(Abstract.invert(0L), Abstract.invert(-1L), Abstract.invert(5L), Abstract.neg(Abstract.invert(5L)),
                Abstract.invert(Abstract.invert(5L)), Abstract.rshift(-5L, 1L), Abstract.rshift(-5L, 10L),
                Abstract.rshift(5L, 10L), Abstract.rshift(Abstract.lshift(1L, 100L), 99L), Abstract.and(-1L, 0xFFL),
                Abstract.or(-256L, 0xFL)));
        Object two70 = Abstract.pow(2L, 70L);
        mine.add(print(Abstract.and(7L, -7L), Abstract.xor(12L, -12L), Abstract.and(two70, Abstract.neg(two70)),
                Abstract.or(Abstract.neg(two70), 1L)));
        mine.add(print(Abstract.call(Py.INT, 1e15), Abstract.call(Py.INT, 1e16), Abstract.call(Py.INT, -1e-5),
                Abstract.call(Py.INT, 9.999999999999999e15), call(Abstract.add(1e15, 0.5), "__round__"),
                Abstract.call(Py.INT, Abstract.call(Py.FLOAT, Abstract.add(Abstract.pow(2L, 53L), 1L)))));
        mine.add(print(call(12L, "__add__", 3L), call(12L, "__radd__", 3L),
                Abstract.call(Abstract.getattr(Py.INT, "__floordiv__"), -7L, 2L), call(5L, "__neg__"),
                call(5L, "conjugate"), Abstract.getattr(5L, "numerator"), Abstract.getattr(5L, "denominator")));
        mine.add(null);
        mine.add(print(call(17L, "bit_length"), Abstract.richCompare(0L, Abstract.neg(0L), CmpOp.EQ),
                Abstract.richCompare(1L, 1.0, CmpOp.EQ),
                Abstract.richCompare(Abstract.pow(2L, 53L), Abstract.pow(2.0, 53L), CmpOp.EQ),
                Abstract.richCompare(Abstract.add(Abstract.pow(2L, 53L), 1L), Abstract.add(Abstract.pow(2.0, 53L), 1L),
                        CmpOp.EQ),
                Abstract.richCompare(Abstract.pow(10L, 20L), 1e20, CmpOp.EQ)));
        mine.add(print(Abstract.add(Boolean.TRUE, 1L), Abstract.add(Abstract.call(Py.INT, "101", 2L),
                Abstract.call(Py.INT, "z", 36L)), Py.bool(Abstract.isInstance(Abstract.pow(10L, 100L), Py.INT)),
                Abstract.getattr(Py.type(Abstract.pow(2L, 100L)), "__name__")));
        PyList sorted = new PyList(new Object[] {3L, -1L, two70, Abstract.neg(two70), 0L});
        sorted.sort(Py.None, false);
        mine.add(print(sorted, Abstract.hash(Abstract.sub(Abstract.pow(2L, 61L), 1L)), Abstract.hash(Abstract.pow(2L, 61L)),
                Abstract.hash(-2L)));
        mine.add(error(() -> Abstract.floordiv(1L, 0L)));
        mine.add(error(() -> Abstract.mod(1L, 0L)));
        mine.add(error(() -> Abstract.divmod(1L, 0L)));
        mine.add(error(() -> Abstract.pow(0L, -1L)));
        mine.add(error(() -> Abstract.pow(2L, 3L, 0L)));
        mine.add(error(() -> Abstract.lshift(1L, -1L)));
        mine.add(error(() -> Abstract.str(Abstract.pow(10L, 5000L))));
        int checked = compare(out, mine.toArray(new String[0]));
        System.out.println("058_integer_edge.out.txt: " + checked + " object-model lines match");
    }

    /** Compares line by line; null entries are lines needing builtins or modules (math, sum, ...). */
    private static int compare(List<String> golden, String[] mine) {
        assertEquals(golden.size(), mine.length, "line count");
        int checked = 0;
        for (int i = 0; i < mine.length; i++) {
            if (mine[i] == null) continue;
            assertEquals(golden.get(i), mine[i], "line " + (i + 1));
            checked++;
        }
        return checked;
    }
}
