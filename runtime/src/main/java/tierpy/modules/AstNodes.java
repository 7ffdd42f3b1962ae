package tierpy.modules;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tierpy.ast.Arg;
import tierpy.ast.Arguments;
import tierpy.ast.AstDump;
import tierpy.ast.Alias;
import tierpy.ast.BoolOperator;
import tierpy.ast.CmpOperator;
import tierpy.ast.Comprehension;
import tierpy.ast.ConstantSingleton;
import tierpy.ast.ExceptHandler;
import tierpy.ast.Expr;
import tierpy.ast.ExprContext;
import tierpy.ast.Imaginary;
import tierpy.ast.Keyword;
import tierpy.ast.Located;
import tierpy.ast.MatchCase;
import tierpy.ast.Mod;
import tierpy.ast.Node;
import tierpy.ast.Operator;
import tierpy.ast.Pattern;
import tierpy.ast.Stmt;
import tierpy.ast.TypeIgnore;
import tierpy.ast.TypeParam;
import tierpy.ast.UnaryOperator;
import tierpy.ast.WithItem;
import tierpy.objects.Abstract;
import tierpy.objects.Exceptions;
import tierpy.objects.Py;
import tierpy.objects.PyBytes;
import tierpy.objects.PyComplex;
import tierpy.objects.PyDict;
import tierpy.objects.PyInstance;
import tierpy.objects.PyList;
import tierpy.objects.PyTuple;
import tierpy.objects.PyType;

/**
 * Mirrors Python/Python-ast.c: the node classes of the {@code _ast} module (built from the
 * tierpy.ast records, so names and field order follow Parser/Python.asdl), ast_type_init's
 * 3.13+ construction rules, and ast2obj / obj2ast between records and Python objects.
 */
final class AstNodes {
    /** Python.asdl fields marked {@code ?}: omitted in a constructor call, they default to None. */
    private static final Set<String> OPTIONAL = Set.of(
            "FunctionDef.returns", "FunctionDef.type_comment", "AsyncFunctionDef.returns",
            "AsyncFunctionDef.type_comment", "Return.value", "Assign.type_comment", "AnnAssign.value",
            "For.type_comment", "AsyncFor.type_comment", "With.type_comment", "AsyncWith.type_comment",
            "Raise.exc", "Raise.cause", "Assert.msg", "ImportFrom.module", "ImportFrom.level", "Yield.value",
            "FormattedValue.format_spec", "Interpolation.format_spec", "Constant.kind", "Slice.lower",
            "Slice.upper", "Slice.step", "ExceptHandler.type", "ExceptHandler.name", "arguments.vararg",
            "arguments.kwarg", "arg.annotation", "arg.type_comment", "keyword.arg", "alias.asname",
            "withitem.optional_vars", "match_case.guard", "MatchMapping.rest", "MatchStar.name",
            "MatchAs.pattern", "MatchAs.name", "TypeVar.bound", "TypeVar.default_value",
            "ParamSpec.default_value", "TypeVarTuple.default_value", "FunctionType.returns");
    private static final String[] POSITION_ATTRIBUTES = {"lineno", "col_offset", "end_lineno", "end_col_offset"};

    /** One concrete node class: its Python type and how its record is built. */
    private record Shape(PyType type, Class<?> record, String[] fields, Class<?>[] javaTypes, Class<?>[] elementTypes,
            boolean located, Constructor<?> constructor) {}

    final PyType astType;
    /** Every class by Python name, in creation order (what {@code ast} re-exports). */
    final Map<String, PyType> classes = new LinkedHashMap<>();
    private final Map<Class<?>, Shape> byRecord = new HashMap<>();
    private final Map<PyType, Shape> byType = new HashMap<>();
    private final Map<Enum<?>, Object> singletons = new HashMap<>();
    private final Map<PyType, Enum<?>> enumByType = new HashMap<>();

    AstNodes() {
        astType = newType("AST", Py.OBJECT, PyTuple.of(), PyTuple.of());
        astType.init = this::init;
        astType.repr = AstModule::repr;
        Object positions = PyTuple.of((Object[]) POSITION_ATTRIBUTES);
        abstractRecords("mod", Mod.class, PyTuple.of());
        abstractRecords("stmt", Stmt.class, positions);
        abstractRecords("expr", Expr.class, positions);
        enumClasses("expr_context", ExprContext.values());
        enumClasses("boolop", BoolOperator.values());
        enumClasses("operator", Operator.values());
        enumClasses("unaryop", UnaryOperator.values());
        enumClasses("cmpop", CmpOperator.values());
        product(Comprehension.class, astType, PyTuple.of());
        product(ExceptHandler.class, newType("excepthandler", astType, PyTuple.of(), positions), positions);
        product(Arguments.class, astType, PyTuple.of());
        product(Arg.class, astType, positions);
        product(Keyword.class, astType, positions);
        product(Alias.class, astType, positions);
        product(WithItem.class, astType, PyTuple.of());
        product(MatchCase.class, astType, PyTuple.of());
        abstractRecords("pattern", Pattern.class, positions);
        product(TypeIgnore.class, newType("type_ignore", astType, PyTuple.of(), PyTuple.of()), PyTuple.of());
        abstractRecords("type_param", TypeParam.class, positions);
    }

    private PyType newType(String name, PyType base, Object fields, Object attributes) {
        Map<String, Object> ns = new LinkedHashMap<>();
        ns.put("__module__", "ast");
        ns.put("__qualname__", name);
        ns.put("_fields", fields);
        ns.put("_attributes", attributes);
        ns.put("__match_args__", fields);
        PyType t = PyType.newHeapType(Py.TYPE, name, new PyType[] {base}, ns, null, null);
        classes.put(name, t);
        return t;
    }

    private void abstractRecords(String name, Class<?> sealed, Object attributes) {
        PyType base = newType(name, astType, PyTuple.of(), attributes);
        for (Class<?> c : sealed.getPermittedSubclasses()) product(c, base, attributes);
    }

    private void enumClasses(String name, Enum<?>[] values) {
        PyType base = newType(name, astType, PyTuple.of(), PyTuple.of());
        for (Enum<?> v : values) {
            PyType t = newType(v.name(), base, PyTuple.of(), PyTuple.of());
            singletons.put(v, new PyInstance(t));
            enumByType.put(t, v);
        }
    }

    private void product(Class<?> record, PyType base, Object attributes) {
        boolean located = Located.class.isAssignableFrom(record);
        List<String> names = new ArrayList<>();
        List<Class<?>> types = new ArrayList<>();
        List<Class<?>> elements = new ArrayList<>();
        RecordComponent[] components = record.getRecordComponents();
        for (RecordComponent c : components) {
            String field = AstDump.snakeCase(c.getName());
            if (located && List.of(POSITION_ATTRIBUTES).contains(field)) continue;
            names.add(field);
            types.add(c.getType());
            elements.add(c.getGenericType() instanceof ParameterizedType p ? (Class<?>) p.getActualTypeArguments()[0] : null);
        }
        Object fields = PyTuple.of(names.toArray());
        PyType t = newType(AstDump.pythonClassName(record), base, fields, attributes);
        Class<?>[] ctorTypes = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) ctorTypes[i] = components[i].getType();
        try {
            Shape s = new Shape(t, record, names.toArray(String[]::new), types.toArray(Class<?>[]::new),
                    elements.toArray(Class<?>[]::new), located, record.getDeclaredConstructor(ctorTypes));
            byRecord.put(record, s);
            byType.put(t, s);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- construction from Python (ast_type_init) ----

    private Object init(Object self, Object[] a, int off, int n, String[] kw) {
        PyInstance node = (PyInstance) self;
        Shape shape = shapeOf(Py.type(self));
        String typeName = Py.type(self).name;
        Object fieldsObj = Abstract.getattrOrNull(self, "_fields");
        List<String> fields = new ArrayList<>();
        if (fieldsObj != null) {
            Object it = Abstract.iter(fieldsObj);
            for (Object f; (f = Abstract.next(it)) != null; ) fields.add((String) f);
        }
        if (n > fields.size()) {
            throw Exceptions.typeError(typeName + " constructor takes at most " + fields.size() + " positional argument"
                    + (fields.size() == 1 ? "" : "s"));
        }
        for (int i = 0; i < n; i++) node.setAttr(fields.get(i), a[off + i]);
        int nkw = kw == null ? 0 : kw.length;
        for (int i = 0; i < nkw; i++) {
            int pos = fields.indexOf(kw[i]);
            if (pos >= 0 && pos < n) {
                throw Exceptions.typeError(typeName + " got multiple values for argument '" + kw[i] + "'");
            }
            Abstract.setattr(self, kw[i], a[off + n + i]);
        }
        if (shape == null) return Py.None;
        for (int i = 0; i < shape.fields.length; i++) {
            String f = shape.fields[i];
            if (node.getAttr(f) != null) continue;
            if (shape.javaTypes[i] == List.class) node.setAttr(f, new PyList());
            else if (shape.javaTypes[i] == ExprContext.class) node.setAttr(f, Abstract.call(classes.get("Load")));
            else if (OPTIONAL.contains(shape.type.name + "." + f)) node.setAttr(f, Py.None);
        }
        return Py.None;
    }

    private Shape shapeOf(PyType t) {
        for (PyType m : t.mro) {
            Shape s = byType.get(m);
            if (s != null) return s;
        }
        return null;
    }

    // ---- ast2obj ----

    /** The Python object for a record (or list, enum, constant) of the parser's tree. */
    Object toObject(Object value) {
        if (value == null) return Py.None;
        if (value instanceof Node node) {
            Shape shape = byRecord.get(node.getClass());
            PyInstance obj = new PyInstance(shape.type);
            RecordComponent[] components = node.getClass().getRecordComponents();
            for (RecordComponent c : components) {
                try {
                    obj.setAttr(AstDump.snakeCase(c.getName()), toObject(c.getAccessor().invoke(node)));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            return obj;
        }
        if (value instanceof List<?> list) {
            PyList out = new PyList();
            for (Object item : list) out.append(toObject(item));
            return out;
        }
        if (value instanceof Enum<?> e && !(value instanceof ConstantSingleton)) return singletons.get(e);
        return constantToObject(value);
    }

    static Object constantToObject(Object value) {
        return switch (value) {
            case ConstantSingleton s -> s == ConstantSingleton.None ? Py.None : Py.Ellipsis;
            case Integer i -> (long) i;
            case BigInteger b -> Py.of(b);
            case Imaginary z -> new PyComplex(0.0, z.imag());
            case byte[] b -> PyBytes.bytes(b);
            default -> value;
        };
    }

    // ---- obj2ast ----

    /** The record for a Python node object; {@code expected} names the abstract class in errors. */
    Node toRecord(Object obj, Class<?> expected) {
        Shape shape = shapeOf(Py.type(obj));
        if (shape == null || !expected.isAssignableFrom(shape.record)) {
            throw Exceptions.typeError("expected some sort of " + pythonKind(expected) + ", but got "
                    + Abstract.repr(obj));
        }
        RecordComponent[] components = shape.record.getRecordComponents();
        Object[] args = new Object[components.length];
        int field = 0;
        for (int i = 0; i < components.length; i++) {
            String name = AstDump.snakeCase(components[i].getName());
            boolean position = shape.located && List.of(POSITION_ATTRIBUTES).contains(name);
            Object v = Abstract.getattrOrNull(obj, name);
            if (position) {
                if (v == null || v == Py.None) {
                    if (name.equals("lineno") || name.equals("col_offset")) throw missing(name, shape);
                    v = 0L;
                }
                args[i] = (int) Abstract.asIndex(v);
                continue;
            }
            Class<?> type = shape.javaTypes[field];
            Class<?> element = shape.elementTypes[field];
            field++;
            if (v == null || v == Py.None && type == List.class) {
                if (type == List.class) {
                    args[i] = List.of();
                    continue;
                }
                if (!OPTIONAL.contains(shape.type.name + "." + name) && type != Object.class) throw missing(name, shape);
                v = Py.None;
            }
            args[i] = convert(v, type, element, name, shape);
        }
        try {
            return (Node) shape.constructor.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static tierpy.objects.PyException missing(String name, Shape shape) {
        return Exceptions.typeError("required field \"" + name + "\" missing from " + pythonKind(shape.record));
    }

    private static String pythonKind(Class<?> c) {
        if (c == Mod.class) return "mod";
        if (c == Stmt.class) return "stmt";
        if (c == Expr.class) return "expr";
        if (c == Pattern.class) return "pattern";
        if (c == TypeParam.class) return "type_param";
        Class<?>[] in = c.getInterfaces();
        for (Class<?> i : in) if (i != Node.class && i != Located.class) return pythonKind(i);
        return AstDump.pythonClassName(c);
    }

    private Object convert(Object v, Class<?> type, Class<?> element, String name, Shape shape) {
        if (type == List.class) {
            if (!(v instanceof PyList) && !(v instanceof PyTuple)) {
                throw Exceptions.typeError(shape.type.name + " field \"" + name + "\" must be a list, not a "
                        + Py.type(v).name);
            }
            List<Object> out = new ArrayList<>();
            Object it = Abstract.iter(v);
            for (Object x; (x = Abstract.next(it)) != null; ) out.add(convert(x, element, null, name, shape));
            return out;
        }
        if (v == Py.None && type != Object.class) return null;
        if (type == String.class) {
            if (!(v instanceof String s)) {
                throw Exceptions.typeError("AST " + (name.equals("id") || name.equals("name") || name.equals("attr")
                        ? "identifier" : "string") + " must be of type str");
            }
            return s;
        }
        if (type == int.class) return (int) Abstract.asIndex(v);
        if (type.isEnum()) {
            Enum<?> e = enumByType.get(Py.type(v));
            if (e == null || e.getClass() != type) {
                throw Exceptions.typeError("expected some sort of " + enumKind(type) + ", but got " + Abstract.repr(v));
            }
            return e;
        }
        if (type == Object.class) return constantToRecord(v);
        return toRecord(v, type);
    }

    private static String enumKind(Class<?> type) {
        if (type == ExprContext.class) return "expr_context";
        if (type == BoolOperator.class) return "boolop";
        if (type == UnaryOperator.class) return "unaryop";
        if (type == CmpOperator.class) return "cmpop";
        return "operator";
    }

    static Object constantToRecord(Object v) {
        if (v == Py.None) return ConstantSingleton.None;
        if (v == Py.Ellipsis) return ConstantSingleton.Ellipsis;
        if (v instanceof PyComplex z) return new Imaginary(z.imag);
        if (v instanceof PyBytes b) return b.toArray();
        if (v instanceof Boolean || v instanceof Long || v instanceof BigInteger || v instanceof Double
                || v instanceof String || v instanceof PyTuple || v instanceof tierpy.objects.PySet) {
            return v;
        }
        throw Exceptions.typeError("got an invalid type in Constant: " + Py.type(v).name);
    }

    /** The module dict entries of {@code _ast}: every class and the PyCF_* flags. */
    void export(PyDict d) {
        for (Map.Entry<String, PyType> e : classes.entrySet()) d.setItem(e.getKey(), e.getValue());
        d.setItem("PyCF_ONLY_AST", 1024L);
        d.setItem("PyCF_TYPE_COMMENTS", 4096L);
        d.setItem("PyCF_ALLOW_TOP_LEVEL_AWAIT", 8192L);
        d.setItem("PyCF_OPTIMIZED_AST", 33792L);
    }
}
