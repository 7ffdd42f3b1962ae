package tierpy.modules;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

import tierpy.ast.Arg;
import tierpy.ast.Arguments;
import tierpy.ast.Expr;
import tierpy.ast.Mod;
import tierpy.ast.Node;
import tierpy.ast.Stmt;
import tierpy.ast.Unparser;
import tierpy.objects.Abstract;
import tierpy.objects.Exceptions;
import tierpy.objects.Py;
import tierpy.objects.PyDict;
import tierpy.objects.PyTuple;
import tierpy.objects.PyType;
import tierpy.parse.Mode;
import tierpy.parse.Parser;
import tierpy.parse.PySyntaxError;
import tierpy.vm.PyFunction;
import tierpy.vm.PyModule;
import tierpy.vm.SourceLines;

/**
 * Mirrors Lib/annotationlib.py: get_annotations in the VALUE, FORWARDREF and STRING formats. Where
 * CPython runs {@code __annotate__} with "stringifier" globals to recover each annotation's text,
 * tierpy reads it from the definition's source (the same text for names, attributes, subscripts and
 * operators); the Python half is the resource {@code tierpy/lib/annotationlib.py}.
 */
@ModuleDef("annotationlib")
public final class AnnotationLib {
    private AnnotationLib() {}

    static void init(PyModule m) {
        PythonSource.run("annotationlib", m);
    }

    /**
     * {name: (source, string)} for the annotations of a function or class: the expression as
     * unparsed source, and what the STRING format gives (a string literal's own text).
     */
    @Function("_annotation_sources")
    static Object annotationSources(Object obj) {
        String filename;
        int firstLine;
        String name;
        boolean isClass;
        if (obj instanceof PyFunction f) {
            filename = f.code.co.filename;
            firstLine = f.code.co.firstlineno;
            name = f.name;
            isClass = false;
        } else if (obj instanceof PyType t && annotateFunction(t) instanceof PyFunction annotate) {
            filename = annotate.code.co.filename;
            firstLine = t.dict.get("__firstlineno__") instanceof Long line ? line.intValue() : annotate.code.co.firstlineno;
            name = t.name;
            isClass = true;
        } else {
            return new PyDict();
        }
        Node def = findDefinition(parseSource(filename), name, firstLine, isClass);
        PyDict out = new PyDict();
        if (def == null) return out;
        List<Object[]> pairs = new ArrayList<>();
        if (def instanceof Stmt.ClassDef c) {
            for (Stmt s : c.body()) collectClassAnnotations(s, pairs);
        } else {
            Arguments a = def instanceof Stmt.FunctionDef f ? f.args() : ((Stmt.AsyncFunctionDef) def).args();
            List<Arg> all = new ArrayList<>(a.posonlyargs());
            all.addAll(a.args());
            if (a.vararg() != null) all.add(a.vararg());
            all.addAll(a.kwonlyargs());
            if (a.kwarg() != null) all.add(a.kwarg());
            for (Arg arg : all) if (arg.annotation() != null) pairs.add(new Object[] {arg.arg(), arg.annotation()});
            Expr returns = def instanceof Stmt.FunctionDef f ? f.returns() : ((Stmt.AsyncFunctionDef) def).returns();
            if (returns != null) pairs.add(new Object[] {"return", returns});
        }
        for (Object[] p : pairs) {
            Expr e = (Expr) p[1];
            String source = Unparser.unparse(e);
            Object string = e instanceof Expr.Constant c && c.value() instanceof String s ? s : source;
            out.setItem(p[0], PyTuple.of(source, string));
        }
        return out;
    }

    /** The __annotate__ function of a function, class or module, or None. */
    @Function("_annotate_function")
    static Object annotateFunction(Object obj) {
        if (obj instanceof PyType t) {
            // 3.14 class bodies store the function as __annotate_func__ (type.__annotate__ reads it)
            Object f = t.dict.get("__annotate_func__");
            if (f == null) f = t.dict.get("__annotate__");
            return f == null ? Py.None : f;
        }
        Object f = Abstract.getattrOrNull(obj, "__annotate__");
        return f == null ? Py.None : f;
    }

    private static Mod parseSource(String filename) {
        StringBuilder source = new StringBuilder();
        for (int line = 1; ; line++) {
            String text = SourceLines.line(filename, line);
            if (text == null) break;
            source.append(text).append('\n');
        }
        if (source.isEmpty()) throw Exceptions.raise(Exceptions.OSError, "could not get source code");
        try {
            return Parser.parse(source.toString(), filename, Mode.EXEC);
        } catch (PySyntaxError e) {
            throw CompileBuiltins.syntaxError(e);
        }
    }

    /** The def or class statement named {@code name} whose first line (or a decorator's) is {@code line}. */
    private static Node findDefinition(Object node, String name, int line, boolean isClass) {
        if (node instanceof Stmt s && matches(s, name, line, isClass)) return s;
        if (node instanceof List<?> list) {
            for (Object item : list) {
                Node found = findDefinition(item, name, line, isClass);
                if (found != null) return found;
            }
        } else if (node instanceof Node n) {
            for (RecordComponent c : n.getClass().getRecordComponents()) {
                if (c.getType() != List.class && !Node.class.isAssignableFrom(c.getType())) continue;
                try {
                    Node found = findDefinition(c.getAccessor().invoke(n), name, line, isClass);
                    if (found != null) return found;
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return null;
    }

    private static boolean matches(Stmt s, String name, int line, boolean isClass) {
        List<Expr> decorators;
        String defName;
        switch (s) {
            case Stmt.ClassDef c when isClass -> {
                decorators = c.decoratorList();
                defName = c.name();
            }
            case Stmt.FunctionDef f when !isClass -> {
                decorators = f.decoratorList();
                defName = f.name();
            }
            case Stmt.AsyncFunctionDef f when !isClass -> {
                decorators = f.decoratorList();
                defName = f.name();
            }
            default -> {
                return false;
            }
        }
        if (!defName.equals(name)) return false;
        int first = decorators.isEmpty() ? s.lineno() : decorators.get(0).lineno();
        return first == line || s.lineno() == line;
    }

    /** Simple-name annotations of a class body, also inside if/for/while/with/try blocks. */
    private static void collectClassAnnotations(Stmt s, List<Object[]> out) {
        switch (s) {
            case Stmt.AnnAssign a when a.simple() == 1 && a.target() instanceof Expr.Name n ->
                    out.add(new Object[] {n.id(), a.annotation()});
            case Stmt.If i -> {
                for (Stmt x : i.body()) collectClassAnnotations(x, out);
                for (Stmt x : i.orelse()) collectClassAnnotations(x, out);
            }
            case Stmt.For f -> {
                for (Stmt x : f.body()) collectClassAnnotations(x, out);
                for (Stmt x : f.orelse()) collectClassAnnotations(x, out);
            }
            case Stmt.While w -> {
                for (Stmt x : w.body()) collectClassAnnotations(x, out);
                for (Stmt x : w.orelse()) collectClassAnnotations(x, out);
            }
            case Stmt.With w -> {
                for (Stmt x : w.body()) collectClassAnnotations(x, out);
            }
            case Stmt.Try t -> {
                for (Stmt x : t.body()) collectClassAnnotations(x, out);
                for (Stmt x : t.orelse()) collectClassAnnotations(x, out);
                for (Stmt x : t.finalbody()) collectClassAnnotations(x, out);
            }
            default -> {
            }
        }
    }
}
