package tierpy.objects;

import static org.junit.jupiter.api.Assertions.*;
import static tierpy.objects.PyAssert.*;

import org.junit.jupiter.api.Test;

class ComplexTest {
    @Test
    void constructionParsingAndRepr() {
        String[] inputs = {"1+2j", "-1j", "j", "(1-j)", " 2.5 ", "1e5J", "nan+infj"};
        String[] reprs = {"(1+2j)", "-1j", "1j", "(1-1j)", "(2.5+0j)", "100000j", "(nan+infj)"};
        for (int i = 0; i < inputs.length; i++) repr(reprs[i], Abstract.call(Py.COMPLEX, inputs[i]));
        repr("(1+2j)", Abstract.call(Py.COMPLEX, 1L, 2L));
        repr("(1.5+0j)", Abstract.call(Py.COMPLEX, 1.5));
        repr("(-0+1j)", Abstract.call(Py.COMPLEX, -0.0, 1L));
        Object j = Abstract.call(Py.COMPLEX, 0L, 1L);
        repr("(-1+1j)", Abstract.call(Py.COMPLEX, j, j));
        repr("-0j", Abstract.call(Py.COMPLEX, 0L, -0.0));
        for (String bad : new String[] {"1+2", "x", "1j+2"}) {
            raises(Exceptions.ValueError, "complex() arg is a malformed string", () -> Abstract.call(Py.COMPLEX, bad));
        }
        raises(Exceptions.TypeError, "complex() argument must be a string or a number, not NoneType",
                () -> Abstract.call(Py.COMPLEX, Py.None));
    }

    @Test
    void arithmetic() {
        Object a = Abstract.call(Py.COMPLEX, 1L, 2L), b = Abstract.call(Py.COMPLEX, 3L, -1L);
        repr("(5+5j)", Abstract.mul(a, b));
        repr("(0.1+0.7000000000000001j)", Abstract.truediv(a, b));
        repr("(0.9405421046832438+0.3396771251026685j)", Abstract.pow(2L, Abstract.call(Py.COMPLEX, 0L, 0.5)));
        assertEquals(5.0, Abstract.abs(Abstract.call(Py.COMPLEX, 3L, 4L)));
        assertEquals(2000007L, Abstract.hash(a));
        assertTrue(Abstract.eq(Abstract.call(Py.COMPLEX, 2L), 2L));
        raises(Exceptions.ZeroDivisionError, "division by zero", () -> Abstract.truediv(a, 0L));
        raises(Exceptions.TypeError, "'<' not supported between instances of 'complex' and 'complex'",
                () -> Abstract.richCompare(a, b, CmpOp.LT));
    }
}
