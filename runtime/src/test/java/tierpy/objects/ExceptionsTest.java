package tierpy.objects;

import static org.junit.jupiter.api.Assertions.*;
import static tierpy.objects.PyAssert.*;

import org.junit.jupiter.api.Test;

class ExceptionsTest {
    @Test
    void strAndReprFollowTheArgs() {
        Object e0 = Abstract.call(Exceptions.ValueError);
        Object e1 = Abstract.call(Exceptions.ValueError, "bad");
        Object e2 = Abstract.call(Exceptions.ValueError, "bad", 2L);
        assertEquals("", Abstract.str(e0));
        assertEquals("bad", Abstract.str(e1));
        assertEquals("('bad', 2)", Abstract.str(e2));
        repr("ValueError()", e0);
        repr("ValueError('bad')", e1);
        repr("ValueError('bad', 2)", e2);
        assertEquals("'k'", Abstract.str(Abstract.call(Exceptions.KeyError, "k")));
        assertEquals("k", Abstract.str(Abstract.call(Exceptions.KeyError, "k", 1L)).replace("('k', 1)", "k"));
        assertEquals(5L, Abstract.getattr(Abstract.call(Exceptions.StopIteration, 5L), "value"));
        assertSame(Py.None, Abstract.getattr(Abstract.call(Exceptions.SystemExit), "code"));
    }

    @Test
    void hierarchyIsThatOf314() {
        assertTrue(Exceptions.ZeroDivisionError.isSubtype(Exceptions.ArithmeticError));
        assertTrue(Exceptions.PythonFinalizationError.isSubtype(Exceptions.RuntimeError));
        assertTrue(Exceptions.ModuleNotFoundError.isSubtype(Exceptions.ImportError));
        assertTrue(Exceptions.TabError.isSubtype(Exceptions.SyntaxError));
        assertFalse(Exceptions.KeyboardInterrupt.isSubtype(Exceptions.Exception));
        assertEquals("(<class 'ExceptionGroup'>, <class 'BaseExceptionGroup'>, <class 'Exception'>, "
                + "<class 'BaseException'>, <class 'object'>)", Abstract.repr(Abstract.getattr(Exceptions.ExceptionGroup, "__mro__")));
        assertEquals(68, Exceptions.ALL.size(), "3.11 has 67; 3.13 added PythonFinalizationError");
    }

    @Test
    void notesChainingAndTraceback() {
        Object e = Abstract.call(Exceptions.TypeError, "t");
        m(e, "add_note", "first");
        m(e, "add_note", "second");
        repr("['first', 'second']", Abstract.getattr(e, "__notes__"));
        raises(Exceptions.TypeError, "note must be a str, not 'int'", () -> m(e, "add_note", 1L));
        Object cause = Abstract.call(Exceptions.ValueError);
        assertEquals(Boolean.FALSE, Abstract.getattr(e, "__suppress_context__"));
        Abstract.setattr(e, "__cause__", cause);
        assertSame(cause, Abstract.getattr(e, "__cause__"));
        assertEquals(Boolean.TRUE, Abstract.getattr(e, "__suppress_context__"));
        raises(Exceptions.TypeError, "exception cause must be None or derive from BaseException",
                () -> Abstract.setattr(e, "__cause__", 1L));
        raises(Exceptions.TypeError, "exception context must be None or derive from BaseException",
                () -> Abstract.setattr(e, "__context__", "x"));
        raises(Exceptions.TypeError, "__traceback__ must be a traceback or None",
                () -> Abstract.setattr(e, "__traceback__", 1L));
        assertSame(Py.None, Abstract.getattr(e, "__traceback__"));
        PyException thrown = ((PyBaseException) e).toThrow();
        assertEquals("TypeError: t", thrown.getMessage());
        assertEquals(0, thrown.getStackTrace().length);
    }

    @Test
    void userSubclassesKeepAttributes() {
        PyType mine = PyType.newHeapType(Py.TYPE, "MyError", new PyType[] {Exceptions.ValueError},
                new java.util.LinkedHashMap<>(), null, null);
        Object e = Abstract.call(mine, "m", 1L);
        assertInstanceOf(PyBaseException.class, e);
        Abstract.setattr(e, "code", 42L);
        assertEquals(42L, Abstract.getattr(e, "code"));
        repr("MyError('m', 1)", e);
        assertTrue(new PyException((PyBaseException) e).matches(Exceptions.ValueError));
    }

    @Test
    void exceptionGroups() {
        Object v = Abstract.call(Exceptions.ValueError, 1L), t = Abstract.call(Exceptions.TypeError, 2L);
        Object ki = Abstract.call(Exceptions.KeyboardInterrupt);
        Object inner = Abstract.call(Exceptions.ExceptionGroup, "inner", list(t));
        Object eg = Abstract.call(Exceptions.BaseExceptionGroup, "outer", list(v, inner));
        assertSame(Exceptions.ExceptionGroup, Py.type(eg), "all Exceptions: promoted to ExceptionGroup");
        assertEquals("outer (2 sub-exceptions)", Abstract.str(eg));
        repr("ExceptionGroup('outer', [ValueError(1), ExceptionGroup('inner', [TypeError(2)])])", eg);
        PyTuple parts = (PyTuple) m(eg, "split", Exceptions.TypeError);
        repr("(ExceptionGroup('outer', [ExceptionGroup('inner', [TypeError(2)])]), ExceptionGroup('outer', [ValueError(1)]))",
                parts);
        repr("ExceptionGroup('outer', [ValueError(1)])", m(eg, "subgroup", PyTuple.of(Exceptions.ValueError)));
        assertSame(Py.None, m(eg, "subgroup", Exceptions.OSError));
        assertSame(eg, m(eg, "subgroup", Exceptions.Exception));
        assertSame(Exceptions.BaseExceptionGroup, Py.type(Abstract.call(Exceptions.BaseExceptionGroup, "b", list(ki))));
        raises(Exceptions.TypeError, "Cannot nest BaseExceptions in an ExceptionGroup",
                () -> Abstract.call(Exceptions.ExceptionGroup, "x", list(ki)));
        raises(Exceptions.ValueError, "second argument (exceptions) must be a non-empty sequence",
                () -> Abstract.call(Exceptions.ExceptionGroup, "x", list()));
        raises(Exceptions.ValueError, "Item 0 of second argument (exceptions) is not an exception",
                () -> Abstract.call(Exceptions.ExceptionGroup, "x", list(1L)));
        raises(Exceptions.TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (1 given)",
                () -> Abstract.call(Exceptions.ExceptionGroup, "x"));
    }

    @Test
    void osErrorMapsErrnoAndFormatsFilenames() {
        Object e = Abstract.call(Exceptions.OSError, 2L, "No such file or directory", "f.txt");
        assertSame(Exceptions.FileNotFoundError, Py.type(e));
        assertEquals("[Errno 2] No such file or directory: 'f.txt'", Abstract.str(e));
        repr("FileNotFoundError(2, 'No such file or directory')", e);
        assertEquals(2L, Abstract.getattr(e, "errno"));
        assertEquals("[Errno 1] a: 'b' -> 'c'", Abstract.str(Abstract.call(Exceptions.OSError, 1L, "a", "b", Py.None, "c")));
        assertSame(Exceptions.PermissionError, Py.type(Abstract.call(Exceptions.OSError, 13L, "x")));
        assertSame(Exceptions.FileNotFoundError, Py.type(Abstract.call(Exceptions.FileNotFoundError, 13L, "x")));
        Object plain = Abstract.call(Exceptions.OSError, "plain");
        assertEquals("plain", Abstract.str(plain));
        assertSame(Py.None, Abstract.getattr(plain, "errno"));
    }

    @Test
    void syntaxErrorCarriesLocation() {
        Object e = Abstract.call(Exceptions.SyntaxError, "bad", PyTuple.of("f/x.py", 3L, 4L, "text", 3L, 5L));
        assertEquals("bad (x.py, line 3)", Abstract.str(e));
        repr("SyntaxError('bad', ('f/x.py', 3, 4, 'text', 3, 5))", e);
        assertEquals(5L, Abstract.getattr(e, "end_offset"));
        assertEquals("m (, line 1)", Abstract.str(Abstract.call(Exceptions.SyntaxError, "m", PyTuple.of("", 1L, 2L, "t"))));
        assertEquals("m (line 1)", Abstract.str(Abstract.call(Exceptions.SyntaxError, "m", PyTuple.of(Py.None, 1L, 2L, "t"))));
        assertEquals("m", Abstract.str(Abstract.call(Exceptions.IndentationError, "m")));
    }
}
