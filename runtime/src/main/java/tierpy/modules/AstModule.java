package tierpy.modules;

import java.util.ArrayList;
import java.util.List;

import tierpy.ast.AstDump;
import tierpy.ast.Mod;
import tierpy.ast.Node;
import tierpy.ast.Unparser;
import tierpy.objects.Abstract;
import tierpy.objects.Exceptions;
import tierpy.objects.Py;
import tierpy.objects.PyList;
import tierpy.objects.PyTuple;
import tierpy.parse.Mode;
import tierpy.parse.Parser;
import tierpy.parse.PySyntaxError;
import tierpy.vm.PyModule;

/**
 * Mirrors Lib/ast.py (parse, dump, unparse) over Python/Python-ast.c's node classes: the Java
 * half of {@code ast}; the helpers written in Python (walk, NodeVisitor, literal_eval, ...) come
 * from the resource {@code tierpy/lib/ast.py}, run in the same module namespace.
 */
@ModuleDef("ast")
public final class AstModule {
    private AstModule() {}

    /** The node classes of the most recently imported {@code ast} (compile() converts with them). */
    private static volatile AstNodes nodes;

    static void init(PyModule m) {
        AstNodes n = new AstNodes();
        nodes = n;
        n.export(m.dict);
        PythonSource.run("ast", m);
    }

    /** The node classes, or null when no program imported {@code ast}. */
    static AstNodes nodesOrNull() {
        return nodes;
    }

    /** Whether {@code o} is an instance of {@code ast.AST}. */
    static boolean isAst(Object o) {
        AstNodes n = nodes;
        return n != null && Py.type(o).isSubtype(n.astType);
    }

    /** compile(source, filename, mode, PyCF_ONLY_AST): the parser's tree as Python objects. */
    static Object parseToObjects(String source, String filename, String mode) {
        Mode m = Mode.of(mode);
        if (m == null) throw Exceptions.valueError("compile() mode must be 'exec', 'eval', 'single' or 'func_type'");
        try {
            return nodes.toObject(Parser.parse(source, filename, m));
        } catch (PySyntaxError e) {
            throw CompileBuiltins.syntaxError(e);
        }
    }

    /** A node object back as the parser's record ({@code expected} is the record interface). */
    static Node toRecord(Object node, Class<?> expected) {
        return nodes.toRecord(node, expected);
    }

    @Function
    static Object parse(Object[] a, int off, int n, String[] kw) {
        Object[] v = Args.parse("parse", a, off, n, kw, 1,
                new String[] {"source", "filename", "mode", "type_comments", "feature_version", "optimize"},
                "<unknown>", "exec", false, Py.None, -1L);
        if (isAst(v[0])) return v[0];
        String filename = Abstract.str(v[1]);
        return parseToObjects(CompileBuiltins.sourceText(v[0], "parse"), filename, Abstract.str(v[2]));
    }

    @Function
    static Object dump(Object[] a, int off, int n, String[] kw) {
        Object[] v = Args.parse("dump", a, off, n, kw, 1,
                new String[] {"node", "annotate_fields", "include_attributes", "indent", "show_empty"},
                true, false, Py.None, false);
        if (!isAst(v[0])) throw Exceptions.typeError("expected AST, got '" + Py.type(v[0]).name + "'");
        String indent;
        if (v[3] == Py.None) indent = null;
        else if (v[3] instanceof String s) indent = s;
        else indent = " ".repeat((int) Math.max(0, Abstract.asIndex(v[3])));
        return AstDump.dump(toRecord(v[0], Node.class), Abstract.isTrue(v[1]), Abstract.isTrue(v[2]), indent,
                Abstract.isTrue(v[4]));
    }

    @Function
    static Object unparse(Object node) {
        return Unparser.unparse(toRecord(node, Node.class));
    }

    /** Module, Expression, Interactive or FunctionType record of a tree compile() was given. */
    static Mod toModule(Object tree) {
        return (Mod) toRecord(tree, Mod.class);
    }

    /** ast_repr: the tp_repr of ast.AST. */
    static String repr(Object node) {
        return repr(node, 3);
    }

    /** Mirrors Python/Python-ast.c: ast_repr_max_depth: fields by name, long lists elided, depth-limited. */
    private static String repr(Object node, int depth) {
        String name = Py.type(node).name;
        if (depth <= 0) return name + "(...)";
        List<String> parts = new ArrayList<>();
        Object fields = Abstract.getattrOrNull(node, "_fields");
        if (fields != null) {
            Object it = Abstract.iter(fields);
            for (Object f; (f = Abstract.next(it)) != null; ) {
                Object value = Abstract.getattrOrNull(node, (String) f);
                if (value == null) continue;
                parts.add(f + "=" + reprValue(value, depth));
            }
        }
        return name + "(" + String.join(", ", parts) + ")";
    }

    private static String reprValue(Object value, int depth) {
        if (value instanceof PyList || value instanceof PyTuple) {
            Object[] items = PyList.fromIterable(value).toArray();
            if (items.length == 0) return value instanceof PyList ? "[]" : "()";
            String open = value instanceof PyList ? "[" : "(";
            String close = value instanceof PyList ? "]" : ")";
            String first = reprValue(items[0], depth - 1);
            if (items.length == 1) return open + first + close;
            String last = reprValue(items[items.length - 1], depth - 1);
            return open + first + (items.length > 2 ? ", ..., " : ", ") + last + close;
        }
        return isAst(value) ? repr(value, depth - 1) : Abstract.repr(value);
    }
}
