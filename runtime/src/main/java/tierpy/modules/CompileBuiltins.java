package tierpy.modules;

import tierpy.ast.Mod;
import tierpy.code.CodeObject;
import tierpy.compile.Compiler;
import tierpy.objects.Abstract;
import tierpy.objects.Descriptors.BuiltinFunction;
import tierpy.objects.Exceptions;
import tierpy.objects.Py;
import tierpy.objects.PyBytes;
import tierpy.objects.PyDict;
import tierpy.objects.PyException;
import tierpy.objects.PyTuple;
import tierpy.objects.PyType;
import tierpy.parse.PySyntaxError;
import tierpy.vm.Compile;
import tierpy.vm.Frame;
import tierpy.vm.PyCode;
import tierpy.vm.Runner;
import tierpy.vm.ThreadState;

/**
 * Mirrors Python/bltinmodule.c: builtin_compile_impl, builtin_exec_impl and builtin_eval_impl:
 * source strings, AST objects (through {@link AstModule}) and code objects.
 */
final class CompileBuiltins {
    private CompileBuiltins() {}

    static final long PY_CF_ONLY_AST = 0x400;
    static final long PY_CF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;

    /** Adds compile, exec and eval to the builtins namespace. */
    static void install(PyDict builtins) {
        builtins.setItem("compile", new BuiltinFunction("compile", (s, a, off, n, kw) -> compile(a, off, n, kw)));
        builtins.setItem("exec", new BuiltinFunction("exec", (s, a, off, n, kw) -> exec(a, off, n, kw)));
        builtins.setItem("eval", new BuiltinFunction("eval", (s, a, off, n, kw) -> eval(a, off, n, kw)));
    }

    private static Object compile(Object[] a, int off, int n, String[] kw) {
        Object[] v = Args.parse("compile", a, off, n, kw, 3,
                new String[] {"source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"},
                0L, false, -1L, -1L);
        String filename = Abstract.str(v[1]);
        if (!(v[2] instanceof String mode)) {
            throw Exceptions.typeError("compile() argument 'mode' must be str, not " + Py.type(v[2]).name);
        }
        long flags = Abstract.asIndex(v[3]);
        int optimize = (int) Abstract.asIndex(v[5]);
        boolean onlyAst = (flags & PY_CF_ONLY_AST) != 0;
        boolean topLevelAwait = (flags & PY_CF_ALLOW_TOP_LEVEL_AWAIT) != 0;
        if (!mode.equals("exec") && !mode.equals("eval") && !mode.equals("single")
                && !(mode.equals("func_type") && onlyAst)) {
            throw Exceptions.valueError(onlyAst ? "compile() mode must be 'exec', 'eval', 'single' or 'func_type'"
                    : "compile() mode must be 'exec', 'eval' or 'single'");
        }
        if (AstModule.isAst(v[0])) {
            if (onlyAst) return v[0];
            Mod mod = AstModule.toModule(v[0]);
            String expected = switch (mode) {
                case "eval" -> "Expression";
                case "single" -> "Interactive";
                default -> "Module";
            };
            String got = Py.type(v[0]).name;
            if (!got.equals(expected)) throw Exceptions.typeError("expected " + expected + " node, got " + got);
            try {
                return new PyCode(Compiler.compile(mod, filename, optimize < 0 ? Compile.optimizeLevel() : optimize,
                        topLevelAwait).code());
            } catch (PySyntaxError e) {
                throw syntaxError(e);
            }
        }
        String source = sourceText(v[0], "compile");
        if (onlyAst) return AstModule.parseToObjects(source, filename, mode);
        return new PyCode(compileSource(source, filename, mode, optimize, topLevelAwait));
    }

    private static CodeObject compileSource(String source, String filename, String mode, int optimize,
            boolean topLevelAwait) {
        try {
            return Compile.compileInProgram(source, filename, mode, optimize, topLevelAwait);
        } catch (PySyntaxError e) {
            throw syntaxError(e);
        }
    }

    /** The text of a str or bytes source argument (a TypeError names the calling builtin). */
    static String sourceText(Object source, String fname) {
        if (source instanceof String s) {
            if (s.indexOf('\0') >= 0) throw Exceptions.raise(Exceptions.SyntaxError, "source code string cannot contain null bytes");
            return s;
        }
        if (source instanceof PyBytes b) return new String(b.toArray(), java.nio.charset.StandardCharsets.UTF_8);
        throw Exceptions.typeError(fname + "() arg 1 must be a string, bytes or AST object");
    }

    /** The Python SyntaxError (or IndentationError, TabError) for a parser or compiler error. */
    static PyException syntaxError(PySyntaxError e) {
        PyType type = Exceptions.SyntaxError;
        for (PyType t : Exceptions.ALL) if (t.name.equals(e.type())) type = t;
        Object text = e.text() == null ? Py.None : e.text();
        return Exceptions.raise(type, e.msg(), PyTuple.of(e.filename(), (long) e.lineno(), (long) e.offset(), text,
                (long) e.endLineno(), (long) e.endOffset()));
    }

    private static Object exec(Object[] a, int off, int n, String[] kw) {
        Object[] v = Args.parse("exec", a, off, n, kw, 1, new String[] {"source", "globals", "locals", "closure"},
                Py.None, Py.None, Py.None);
        Object globals = v[1], locals = v[2];
        if (globals != Py.None) {
            if (locals == Py.None) locals = globals;
            if (!(globals instanceof PyDict)) {
                throw Exceptions.typeError("exec() globals must be a dict, not " + Py.type(globals).name);
            }
            if (!isMapping(locals)) {
                throw Exceptions.typeError("locals must be a mapping or None, not " + Py.type(locals).name);
            }
        }
        PyCode code = v[0] instanceof PyCode c ? c : new PyCode(compileSource(codeSourceText(v[0], "exec"), "<string>", "exec", -1, false));
        run(code, globals, locals);
        return Py.None;
    }

    private static Object eval(Object[] a, int off, int n, String[] kw) {
        Object[] v = Args.parse("eval", a, off, n, kw, 1, new String[] {"source", "globals", "locals"}, Py.None, Py.None);
        Object globals = v[1], locals = v[2];
        if (locals != Py.None && !isMapping(locals)) throw Exceptions.typeError("locals must be a mapping");
        if (globals != Py.None && !(globals instanceof PyDict)) {
            throw Exceptions.typeError(isMapping(globals) ? "globals must be a real dict; try eval(expr, {}, mapping)"
                    : "globals must be a dict");
        }
        PyCode code = v[0] instanceof PyCode c ? c
                : new PyCode(compileSource(codeSourceText(v[0], "eval").stripLeading(), "<string>", "eval", -1, false));
        return run(code, globals, locals);
    }

    /** The source of exec() or eval(), which take a code object where compile() takes an AST. */
    private static String codeSourceText(Object source, String fname) {
        if (!(source instanceof String) && !(source instanceof PyBytes)) {
            throw Exceptions.typeError(fname + "() arg 1 must be a string, bytes or code object");
        }
        return sourceText(source, fname);
    }

    /** PyMapping_Check: the type has mp_subscript. */
    private static boolean isMapping(Object o) {
        return Py.type(o).getitem != null;
    }

    /** Runs in the given (checked) namespaces, or the caller's when globals is None. */
    private static Object run(PyCode code, Object globals, Object locals) {
        PyDict g;
        if (globals == Py.None) {
            Frame caller = ThreadState.current().frame;
            if (caller == null) throw Exceptions.raise(Exceptions.SystemError, "globals and locals cannot be NULL");
            g = caller.globals;
            // PyEval_GetFrameLocals: in a function, a snapshot that the code's stores go to, then vanish
            if (locals == Py.None) locals = caller.localsMapping();
        } else {
            g = (PyDict) globals;
        }
        return Runner.exec(code, g, locals == Py.None ? g : locals);
    }
}
