package tierpy.ast;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Mirrors Lib/ast.py: dump (CPython 3.14), including the repr of constants it relies on.
 */
public final class AstDump {
    private static final Set<String> POSITION_NAMES = Set.of("lineno", "colOffset", "endLineno", "endColOffset");
    private static final String[] ATTRIBUTE_NAMES = {"lineno", "col_offset", "end_lineno", "end_col_offset"};

    private final boolean annotateFields;
    private final boolean includeAttributes;
    private final String indent;
    private final boolean showEmpty;

    private AstDump(boolean annotateFields, boolean includeAttributes, String indent, boolean showEmpty) {
        this.annotateFields = annotateFields;
        this.includeAttributes = includeAttributes;
        this.indent = indent;
        this.showEmpty = showEmpty;
    }

    /** {@code ast.dump(node)}. */
    public static String dump(Node node) {
        return dump(node, true, false, null, false);
    }

    /** {@code ast.dump(node, annotate_fields, include_attributes, indent=indent, show_empty=show_empty)}; a null indent is None. */
    public static String dump(Node node, boolean annotateFields, boolean includeAttributes, String indent, boolean showEmpty) {
        return new AstDump(annotateFields, includeAttributes, indent, showEmpty).format(node, 0).text;
    }

    /** {@code ast.dump} with an integer indent, as {@code indent=4}. */
    public static String dump(Node node, boolean annotateFields, boolean includeAttributes, int indent, boolean showEmpty) {
        return dump(node, annotateFields, includeAttributes, " ".repeat(Math.max(indent, 0)), showEmpty);
    }

    private record Formatted(String text, boolean simple) {}

    /** The fields of one node class: Python names and accessors, positions kept apart. */
    private record Shape(String pythonName, String[] fieldNames, Method[] fields, Method[] attributes) {}

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            List<String> names = new ArrayList<>();
            List<Method> fields = new ArrayList<>();
            List<Method> attributes = new ArrayList<>();
            for (RecordComponent component : type.getRecordComponents()) {
                if (Located.class.isAssignableFrom(type) && POSITION_NAMES.contains(component.getName())) {
                    attributes.add(component.getAccessor());
                } else {
                    names.add(snakeCase(component.getName()));
                    fields.add(component.getAccessor());
                }
            }
            return new Shape(pythonClassName(type), names.toArray(String[]::new), fields.toArray(Method[]::new),
                    attributes.toArray(Method[]::new));
        }
    };

    /** Python's class name of a node record: product types are lower case in Python.asdl. */
    public static String pythonClassName(Class<?> type) {
        if (type == Arg.class) return "arg";
        if (type == Keyword.class) return "keyword";
        if (type == Alias.class) return "alias";
        if (type == WithItem.class) return "withitem";
        if (type == MatchCase.class) return "match_case";
        if (type == Comprehension.class) return "comprehension";
        if (type == Arguments.class) return "arguments";
        return type.getSimpleName();
    }

    /** Python's field name for a Java record component: decoratorList is decorator_list. */
    public static String snakeCase(String javaName) {
        StringBuilder out = new StringBuilder(javaName.length() + 4);
        for (int i = 0; i < javaName.length(); i++) {
            char c = javaName.charAt(i);
            if (Character.isUpperCase(c)) {
                out.append('_').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private Formatted format(Object value, int level) {
        String prefix;
        String separator;
        if (indent != null) {
            level++;
            prefix = "\n" + indent.repeat(level);
            separator = ",\n" + indent.repeat(level);
        } else {
            prefix = "";
            separator = ", ";
        }
        if (value instanceof Node node) {
            return formatNode(node, level, prefix, separator);
        }
        if (value instanceof Enum<?> singleton && !(value instanceof ConstantSingleton)) {
            return new Formatted(singleton.name() + "()", true);
        }
        if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                return new Formatted("[]", true);
            }
            List<String> items = new ArrayList<>(list.size());
            for (Object item : list) {
                items.add(format(item, level).text);
            }
            return new Formatted("[" + prefix + String.join(separator, items) + "]", false);
        }
        return new Formatted(PyRepr.repr(value), true);
    }

    private Formatted formatNode(Node node, int level, String prefix, String separator) {
        Shape shape = SHAPES.get(node.getClass());
        List<String> args = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        boolean allSimple = true;
        boolean keywords = annotateFields;
        boolean constantLike = node instanceof Expr.Constant || node instanceof Pattern.MatchSingleton;
        for (int i = 0; i < shape.fields.length; i++) {
            Object value = invoke(shape.fields[i], node);
            boolean required = constantLike && i == 0;
            if (value == null && !required) {
                // An optional field left at its class default (None) is never shown.
                keywords = true;
                continue;
            }
            if (!showEmpty && (value == null || value instanceof List<?> l && l.isEmpty()) && !constantLike) {
                skipped.add(value == null ? "None" : "[]");
                continue;
            } else if (!keywords) {
                args.addAll(skipped);
                skipped.clear();
            }
            Formatted formatted = value == null ? new Formatted("None", true) : format(value, level);
            allSimple &= formatted.simple;
            args.add(keywords ? shape.fieldNames[i] + "=" + formatted.text : formatted.text);
        }
        if (includeAttributes) {
            for (int i = 0; i < shape.attributes.length; i++) {
                args.add(ATTRIBUTE_NAMES[i] + "=" + invoke(shape.attributes[i], node));
            }
        }
        if (allSimple && args.size() <= 3) {
            return new Formatted(shape.pythonName + "(" + String.join(", ", args) + ")", args.isEmpty());
        }
        return new Formatted(shape.pythonName + "(" + prefix + String.join(separator, args) + ")", false);
    }

    private static Object invoke(Method accessor, Object target) {
        try {
            return accessor.invoke(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
