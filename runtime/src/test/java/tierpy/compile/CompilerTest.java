package tierpy.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tierpy.code.CodeObject;
import tierpy.code.Dis;
import tierpy.code.Opcodes;
import tierpy.parse.PySyntaxError;

/** The tricky parts of the compiler, on small programs whose CPython 3.14 bytecode is known. */
class CompilerTest {
    private static CodeObject compile(String source) {
        return Compiler.compile(source, "t.py", "exec", 0).code();
    }

    private static CodeObject function(CodeObject module, String name) {
        for (Object c : module.consts) {
            if (c instanceof CodeObject code && code.name.equals(name)) return code;
        }
        throw new AssertionError("no code object " + name);
    }

    private static List<String> opnames(CodeObject co) {
        return Dis.getInstructions(co, false).stream().map(Dis.Instruction::opname).toList();
    }

    private static String disassembly(CodeObject co) {
        StringBuilder out = new StringBuilder();
        Dis.disassemble(co, Dis.Options.DEFAULT, -1, out);
        return out.toString();
    }

    private static void assertSyntaxError(String source, String message, int lineno) {
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> compile(source));
        assertEquals(message, e.msg());
        assertEquals(lineno, e.lineno());
    }

    @Test
    void compileTimeSyntaxErrors() {
        assertSyntaxError("x = 1\nreturn x\n", "'return' outside function", 2);
        assertSyntaxError("break\n", "'break' outside loop", 1);
        assertSyntaxError("def f():\n    continue\n", "'continue' not properly in loop", 2);
        assertSyntaxError("yield 1\n", "'yield' outside function", 1);
        assertSyntaxError("nonlocal x\n", "nonlocal declaration not allowed at module level", 1);
        assertSyntaxError("def f(a, a): pass\n", "duplicate argument 'a' in function definition", 1);
        assertSyntaxError("def f():\n    x = 1\n    global x\n", "name 'x' is assigned to before global declaration", 3);
        assertSyntaxError("def f():\n    try:\n        pass\n    except* ValueError:\n        return\n",
                "'break', 'continue' and 'return' cannot appear in an except* block", 5);
        assertSyntaxError("match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
                "wildcard makes remaining patterns unreachable", 2);
    }

    @Test
    void warningsAreRecordedForLater() {
        Compiler.Result r = Compiler.compile("def f():\n    try:\n        pass\n    finally:\n        return 1\n"
                + "print(1 is 1)\nassert (1, 'msg')\n", "t.py", "exec", 0);
        List<String> messages = r.warnings().stream().map(w -> w.lineno() + ": " + w.message()).toList();
        assertEquals(List.of("5: 'return' in a 'finally' block", "6: \"is\" with 'int' literal. Did you mean \"==\"?",
                "7: assertion is always true, perhaps remove parentheses?"), messages);
        assertTrue(r.warnings().stream().allMatch(w -> w.category().equals("SyntaxWarning")));
    }

    @Test
    void parserWarningsComeFirst() {
        Compiler.Result r = Compiler.compile("print(1 is 1)\nx = '\\d'\n", "t.py", "exec", 0);
        List<String> messages = r.warnings().stream().map(w -> w.lineno() + ": " + w.message()).toList();
        assertEquals(List.of("2: \"\\d\" is an invalid escape sequence. Such sequences will not work in the future. "
                + "Did you mean \"\\\\d\"? A raw string is also an option.",
                "1: \"is\" with 'int' literal. Did you mean \"==\"?"), messages);
    }

    @Test
    void finallyBodiesCompiledTwiceWarnOnce() {
        Compiler.Result r = Compiler.compile("def f(x):\n    try:\n        pass\n    finally:\n        print(x is 1)\n",
                "t.py", "exec", 0);
        assertEquals(1, r.warnings().size());
    }

    @Test
    void returnInsideLoopInsideFinallyDoesNotWarn() {
        Compiler.Result r = Compiler.compile("def f():\n    try:\n        pass\n    finally:\n        for i in x:\n"
                + "            break\n", "t.py", "exec", 0);
        assertEquals(List.of(), r.warnings());
    }

    @Test
    void constantFoldingEvaluatesThroughTheObjectModelAndLeavesWhatWouldRaise() {
        String folded = disassembly(compile("a = (-8.0) ** 0.5\nb = (1, 2) * 2\nc = 'abcd'[1:3]\n"));
        assertTrue(folded.contains("((1.7319121124709868e-16+2.8284271247461903j))"), folded);
        assertTrue(folded.contains("((1, 2, 1, 2))"), folded);
        assertTrue(folded.contains("('bc')"), folded);
        // no builtin constant has @; 1/0 raises; str % is formatting, never folded; 2**200 is too large
        String kept = disassembly(compile("a = 2 @ 3\nb = 1 / 0\nc = '%s' % 1\nd = 2 ** 200\n"));
        assertEquals(4, kept.lines().filter(line -> line.contains("BINARY_OP")).count(), kept);
    }

    @Test
    void comprehensionsAreInlinedButGeneratorExpressionsAreNot() {
        CodeObject f = function(compile("def f(y):\n    return [x * 2 for x in y if x]\n"), "f");
        assertFalse(f.consts.stream().anyMatch(c -> c instanceof CodeObject), "list comprehension is inlined");
        List<String> ops = opnames(f);
        assertTrue(ops.containsAll(List.of("LOAD_FAST_AND_CLEAR", "BUILD_LIST", "LIST_APPEND", "END_FOR", "POP_ITER")));
        assertTrue(ops.contains("STORE_FAST"), "the restore after the comprehension");
        CodeObject g = function(compile("def g(y):\n    return sum(x for x in y)\n"), "g");
        CodeObject genexpr = function(g, "<genexpr>");
        assertEquals("g.<locals>.<genexpr>", genexpr.qualname);
        assertEquals(CodeObject.CO_OPTIMIZED | CodeObject.CO_NEWLOCALS | CodeObject.CO_NESTED | CodeObject.CO_GENERATOR,
                genexpr.flags);
        assertEquals(List.of("RETURN_GENERATOR", "POP_TOP", "RESUME", "LOAD_FAST"), opnames(genexpr).subList(0, 4));
    }

    @Test
    void classBodyComprehensionUsesHiddenFastLocals() {
        CodeObject cls = function(compile("class C:\n    xs = [i for i in range(3)]\n"), "C");
        List<String> ops = opnames(cls);
        assertTrue(ops.contains("LOAD_FAST_AND_CLEAR"));
        assertTrue(ops.contains("STORE_NAME"));
        // in a class block every name of the comprehension is isolated, its ".0" argument included
        assertEquals(List.of(".0", "i"), cls.varnames());
        assertTrue((cls.localspluskinds[0] & CodeObject.CO_FAST_HIDDEN) != 0);
    }

    @Test
    void jumpsToJumpsAreThreaded() {
        CodeObject f = function(compile("def f(a, b, c):\n    while a:\n        if b:\n            if c:\n"
                + "                continue\n        a -= 1\n"), "f");
        List<Dis.Instruction> instrs = Dis.getInstructions(f, false);
        for (Dis.Instruction i : instrs) {
            Integer target = i.jumpTarget();
            if (target == null || !i.opname().startsWith("JUMP")) continue;
            Dis.Instruction at = instrs.stream().filter(x -> x.offset() == target).findFirst().orElseThrow();
            assertFalse(at.opname().startsWith("JUMP_FORWARD"), "jump at " + i.offset() + " lands on a jump");
        }
        assertTrue(instrs.stream().anyMatch(i -> i.opname().equals("NOT_TAKEN")));
    }

    @Test
    void nestedTryWithFinallyExceptionTable() {
        CodeObject f = function(compile("def f(m):\n    try:\n        with m:\n            try:\n                g()\n"
                + "            except E as e:\n                h(e)\n    finally:\n        k()\n"), "f");
        List<CodeObject.ExceptionEntry> entries = f.exceptionEntries();
        assertFalse(entries.isEmpty());
        int codeBytes = f.code.length;
        for (CodeObject.ExceptionEntry e : entries) {
            assertTrue(0 <= e.start() && e.start() < e.end() && e.end() <= codeBytes, e.toString());
            assertTrue(e.target() < codeBytes);
            String handler = Opcodes.OPNAME[f.code[e.target()] & 0xff];
            assertTrue(List.of("PUSH_EXC_INFO", "LOAD_CONST", "COPY", "POP_EXCEPT", "SWAP", "RERAISE", "POP_TOP",
                    "LOAD_SMALL_INT", "STORE_FAST").contains(handler), handler);
        }
        // entries are sorted and do not overlap
        for (int i = 1; i < entries.size(); i++) assertTrue(entries.get(i - 1).end() <= entries.get(i).start());
        // the with-statement and named-except cleanups preserve lasti
        assertTrue(entries.stream().anyMatch(CodeObject.ExceptionEntry::lasti));
        String text = disassembly(f);
        assertTrue(text.contains("WITH_EXCEPT_START") && text.contains("CHECK_EXC_MATCH") && text.contains("ExceptionTable:"));
    }

    @Test
    void endAsyncForPointsBackToItsEndSend() {
        CodeObject g = function(compile("async def g(xs):\n    async for z in xs:\n        pass\n"), "g");
        List<Dis.Instruction> instrs = Dis.getInstructions(g, false);
        Dis.Instruction end = instrs.stream().filter(i -> i.opname().equals("END_ASYNC_FOR")).findFirst().orElseThrow();
        int target = end.jumpTarget();
        assertEquals("END_SEND", instrs.stream().filter(i -> i.offset() == target).findFirst().orElseThrow().opname());
        assertTrue(end.argrepr().startsWith("from L"));
    }

    @Test
    void docstringsAreCleanedAndFlagged() {
        CodeObject module = compile("\"\"\"Module.\"\"\"\ndef f():\n    \"\"\"First.\n\n       Indented.\n    \"\"\"\n    return 1\n");
        assertEquals("Module.", module.consts.get(0));
        assertTrue(module.names.contains("__doc__"));
        CodeObject f = function(module, "f");
        assertEquals("First.\n\nIndented.\n", f.consts.get(0));
        assertTrue((f.flags & CodeObject.CO_HAS_DOCSTRING) != 0);
    }

    @Test
    void matchStatementPatterns() {
        CodeObject f = function(compile("def f(p):\n    match p:\n        case [x, y]:\n            return x\n"
                + "        case {'k': v, **rest}:\n            return v\n        case Point(x=0) | None:\n            return 0\n"
                + "        case -1:\n            return -1\n        case _:\n            return p\n"), "f");
        List<String> ops = opnames(f);
        assertTrue(ops.containsAll(List.of("MATCH_SEQUENCE", "GET_LEN", "MATCH_MAPPING", "MATCH_KEYS", "MATCH_CLASS",
                "DICT_UPDATE", "DELETE_SUBSCR", "POP_JUMP_IF_NOT_NONE")), ops.toString());
        assertTrue(f.consts.contains(-1L), "negative literal pattern folded");
    }

    @Test
    void locationTableDecodesToOnePositionPerCodeUnit() {
        CodeObject co = compile("def f(a,\n      b):\n    return (a +\n            b)\nx = [f(1, 2),\n     f(3, 4)]\n");
        for (CodeObject c : List.of(co, function(co, "f"))) {
            assertEquals(c.codeUnits(), c.positions().size());
            List<CodeObject.LineRange> lines = c.lines();
            for (int i = 1; i < lines.size(); i++) assertEquals(lines.get(i - 1).end(), lines.get(i).start());
        }
        CodeObject.Position add = function(co, "f").positions().stream()
                .filter(p -> p.lineno() == 3 && p.endLineno() == 4).findFirst().orElseThrow();
        assertEquals(12, add.colOffset());
        assertEquals(13, add.endColOffset());
    }

    @Test
    void closuresUseCellsAndFreeVariables() {
        CodeObject outer = function(compile("def outer(a):\n    def inner():\n        return a\n    return inner\n"), "outer");
        assertEquals(List.of("a"), outer.cellvars());
        assertEquals(List.of("MAKE_CELL", "RESUME", "LOAD_FAST_BORROW", "BUILD_TUPLE", "LOAD_CONST", "MAKE_FUNCTION",
                "SET_FUNCTION_ATTRIBUTE", "STORE_FAST", "LOAD_FAST_BORROW", "RETURN_VALUE"), opnames(outer));
        CodeObject inner = function(outer, "inner");
        assertEquals(List.of("a"), inner.freevars());
        assertEquals("outer.<locals>.inner", inner.qualname);
        assertEquals(List.of("COPY_FREE_VARS", "RESUME", "LOAD_DEREF", "RETURN_VALUE"), opnames(inner));
    }

    @Test
    void constantsAreFoldedAsCpython314Does() {
        CodeObject co = compile("x = 2 ** 10\ny = (1, 2) + (3,)\nz = 'ab' * 2\nw = 1 << 200\nv = x in {1, 2, 3}\n");
        List<String> reprs = co.consts.stream().map(tierpy.code.Const::repr).collect(Collectors.toCollection(ArrayList::new));
        assertTrue(reprs.containsAll(List.of("1024", "(1, 2, 3)", "'abab'", "frozenset({1, 2, 3})")), reprs.toString());
        assertFalse(reprs.contains(String.valueOf(java.math.BigInteger.ONE.shiftLeft(200))), "large shifts are not folded");
    }
}
