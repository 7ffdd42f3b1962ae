package tierpy.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import tierpy.parse.Mode;
import tierpy.parse.Parser;

/**
 * ast.dump's options beyond the corpus goldens, with the results Lib/ast.py's dump (3.14) gives by
 * its rules: annotate_fields=False keeps positions by flushing skipped empty lists, show_empty=True
 * prints them, and the constant reprs.
 */
class AstDumpTest {
    private static Mod parse(String source) {
        return Parser.parse(source, "<test>", Mode.EXEC);
    }

    @Test
    void positionalFields() {
        assertEquals("Module([Expr(Call(Name('f', Load()), [Name('x', Load())]))])",
                AstDump.dump(parse("f(x)"), false, false, (String) null, false));
        assertEquals("Module([Expr(Call(Name('f', Load()), [], [keyword('a', Constant(1))]))])",
                AstDump.dump(parse("f(a=1)"), false, false, (String) null, false));
        assertEquals("Module([FunctionDef('f', arguments(), [Pass()])])",
                AstDump.dump(parse("def f(): pass"), false, false, (String) null, false));
    }

    @Test
    void showEmpty() {
        assertEquals("Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[], keywords=[]))], "
                + "type_ignores=[])", AstDump.dump(parse("f()"), true, false, (String) null, true));
    }

    @Test
    void indentAndSimpleNodes() {
        assertEquals("""
                Module(
                  body=[
                    Assign(
                      targets=[
                        Name(id='x', ctx=Store())],
                      value=Constant(value=None))])""",
                AstDump.dump(parse("x = None"), true, false, 2, false));
        assertEquals("Module(\nbody=[\nPass()])", AstDump.dump(parse("pass"), true, false, 0, false));
    }

    @Test
    void constantReprs() {
        assertEquals("Module(body=[Expr(value=Tuple(elts=[Constant(value=1e+16), Constant(value=1e-05), "
                        + "Constant(value=0.0001), Constant(value=inf), Constant(value=2j), Constant(value=1.5j), "
                        + "Constant(value=Ellipsis), Constant(value=\"it's\"), Constant(value='a\"b\\'c'), "
                        + "Constant(value=b'\\x00\\xff\"'), Constant(value='\\x07\\u200b😀é'), "
                        + "Constant(value=123456789012345678901234567890), Constant(value=True)], ctx=Load()))])",
                AstDump.dump(parse("1e16, 1e-5, 0.0001, 1e400, 2j, 1.5j, ..., \"it's\", 'a\"b\\'c', b'\\0\\xff\"', "
                        + "'\\a\\u200b😀é', 123456789012345678901234567890, True")));
    }

    @Test
    void attributesFollowFields() {
        assertEquals("Module(body=[Pass(lineno=1, col_offset=0, end_lineno=1, end_col_offset=4)])",
                AstDump.dump(parse("pass"), true, true, (String) null, false));
    }
}
