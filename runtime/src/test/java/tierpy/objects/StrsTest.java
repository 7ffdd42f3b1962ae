package tierpy.objects;

import static org.junit.jupiter.api.Assertions.*;
import static tierpy.objects.PyAssert.*;

import org.junit.jupiter.api.Test;

class StrsTest {
    private static final String ASTRAL = "a\uD83D\uDE00b";

    @Test
    void indexesByCodePoint() {
        assertEquals(3L, Abstract.len(ASTRAL));
        assertEquals("\uD83D\uDE00", Abstract.getitem(ASTRAL, 1L));
        assertEquals("b", Abstract.getitem(ASTRAL, -1L));
        assertEquals("b\uD83D\uDE00a", Abstract.getitem(ASTRAL, new PySlice(Py.None, Py.None, -1L)));
        raises(Exceptions.IndexError, "string index out of range", () -> Abstract.getitem("ab", 2L));
        raises(Exceptions.TypeError, "string indices must be integers, not 'str'", () -> Abstract.getitem("ab", "x"));
        raises(Exceptions.TypeError, "'str' object does not support item assignment", () -> Abstract.setitem("ab", 0L, "x"));
        assertEquals(2L, m(ASTRAL, "find", "b"));
    }

    @Test
    void reprChoosesQuotesAndEscapes() {
        repr("'abc'", "abc");
        repr("\"it's\"", "it's");
        repr("'both \\' \"'", "both ' \"");
        repr("'tab\\there\\n\\x00\\x7f'", "tab\there\n\u0000\u007f");
        repr("'é€\\u200b'", "é€\u200b");
    }

    @Test
    void concatenationAndErrors() {
        assertEquals("ab", Abstract.add("a", "b"));
        assertEquals("ababab", Abstract.mul("ab", 3L));
        assertEquals("", Abstract.mul(-1L, "ab"));
        raises(Exceptions.TypeError, "can only concatenate str (not \"int\") to str", () -> Abstract.add("a", 1L));
        raises(Exceptions.TypeError, "'in <string>' requires string as left operand, not int",
                () -> Abstract.contains("abc", 1L));
        raises(Exceptions.TypeError, "argument of type 'int' is not a container or iterable", () -> Abstract.contains(1L, 1L));
        raises(Exceptions.TypeError, "'<' not supported between instances of 'str' and 'int'",
                () -> Abstract.richCompare("a", 1L, CmpOp.LT));
        assertTrue(Abstract.compareBool("\uFFFF", "\uD83D\uDE00", CmpOp.LT));
    }

    @Test
    void methods() {
        repr("['a', 'b', 'c']", m("  a b\tc \n", "split"));
        repr("['a', 'b,c']", m("a,b,c", "split", ",", 1L));
        repr("['a,b', 'c']", m("a,b,c", "rsplit", ",", 1L));
        repr("['', 'a', '']", m(",a,", "split", ","));
        repr("['x', 'y']", m("x\r\ny", "splitlines"));
        assertEquals("a-b-c", m("-", "join", list("a", "b", "c")));
        raises(Exceptions.TypeError, "sequence item 1: expected str instance, int found", () -> m("-", "join", list("a", 1L)));
        assertEquals("xx", m("  xx\t", "strip"));
        assertEquals("Hello World", m("hello wORLD", "title"));
        assertEquals("Hello world", m("hELLO WORLD", "capitalize"));
        assertEquals("  ab  ", m("ab", "center", 6L));
        assertEquals("-0042", m("-42", "zfill", 5L));
        assertEquals("a-b-c", m("a b c", "replace", " ", "-"));
        assertEquals("-a-b-", m("ab", "replace", "", "-"));
        assertEquals(2L, m("banana", "count", "an"));
        assertEquals(Boolean.TRUE, m("banana", "startswith", PyTuple.of("x", "ba")));
        assertEquals(Boolean.TRUE, m("１２", "isdigit"));
        assertEquals(Boolean.FALSE, m("", "isalpha"));
        repr("('a', '=', 'b=c')", m("a=b=c", "partition", "="));
        raises(Exceptions.ValueError, "substring not found", () -> m("abc", "index", "z"));
        raises(Exceptions.ValueError, "empty separator", () -> m("abc", "split", ""));
    }

    @Test
    void formatting() {
        assertEquals("x=  1.50|abc  ", Abstract.mod("x=%6.2f|%-5s", PyTuple.of(1.5, "abc")));
        assertEquals("007 0x1f 'q' 50%", Abstract.mod("%03d %#x %r %d%%", PyTuple.of(7L, 31L, "q", 50L)));
        assertEquals("a=1", Abstract.mod("a=%(a)s", makeDict("a", 1L)));
        raises(Exceptions.TypeError, "not enough arguments for format string", () -> Abstract.mod("%s %s", PyTuple.of(1L)));
        raises(Exceptions.TypeError, "not all arguments converted during string formatting",
                () -> Abstract.mod("%s", PyTuple.of(1L, 2L)));
        raises(Exceptions.TypeError, "%d format: a real number is required, not str", () -> Abstract.mod("%d", "x"));
        assertEquals("1 + 2 = 3", m("{} + {} = {}", "format", 1L, 2L, 3L));
        assertEquals("[   3.14] 'hi' x", Abstract.vectorcall(Abstract.getattr("[{0:{w}.2f}] {1!r} {n}", "format"),
                new Object[] {Math.PI, "hi", 7L, "x"}, 0, 2, new String[] {"w", "n"}));
        assertEquals("{lit} 2", m("{{lit}} {0[1]}", "format", list(1L, 2L)));
        assertEquals("left      |", Abstract.format("left", "<10") + "|");
        raises(Exceptions.IndexError, "Replacement index 1 out of range for positional args tuple",
                () -> m("{} {}", "format", 1L));
        raises(Exceptions.ValueError, "cannot switch from manual field specification to automatic field numbering",
                () -> m("{0} {}", "format", 1L, 2L));
        raises(Exceptions.ValueError, "Single '}' encountered in format string", () -> m("}", "format"));
        raises(Exceptions.ValueError, "Sign not allowed in string format specifier", () -> Abstract.format("a", "+"));
    }

    @Test
    void formatMapAndTranslate() {
        assertEquals("x=1", m("x={x}", "format_map", makeDict("x", 1L)));
        raises(Exceptions.KeyError, "'y'", () -> m("{y}", "format_map", makeDict("x", 1L)));
        Object table = Abstract.call(Abstract.getattr("", "maketrans"), "ab", "xy", "c");
        assertEquals("xyd", m("abcd", "translate", table));
        assertEquals("A-b", m("a b", "translate", Abstract.call(Abstract.getattr(Py.STR, "maketrans"),
                dictOf("a", "A", " ", "-"))));
        raises(Exceptions.ValueError, "the first two maketrans arguments must have equal length",
                () -> Abstract.call(Abstract.getattr(Py.STR, "maketrans"), "ab", "x"));
    }

    private static PyDict dictOf(Object... kv) {
        PyDict d = new PyDict();
        for (int i = 0; i < kv.length; i += 2) d.setItem(kv[i], kv[i + 1]);
        return d;
    }

    private static PyDict makeDict(Object k, Object v) {
        PyDict d = new PyDict();
        d.setItem(k, v);
        return d;
    }
}
