package tierpy.modules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tierpy.objects.Abstract;
import tierpy.objects.Exceptions;
import tierpy.objects.Py;
import tierpy.objects.PyList;
import tierpy.objects.PyObject;
import tierpy.objects.PyTuple;
import tierpy.objects.PyType;
import tierpy.vm.PyModule;

/**
 * Mirrors Objects/templateobject.c and Objects/interpolationobject.c (PEP 750): the
 * {@code string.templatelib} module with its Template and Interpolation types, which the
 * BUILD_TEMPLATE and BUILD_INTERPOLATION instructions create.
 */
@ModuleDef("string.templatelib")
public final class TemplateLib {
    private TemplateLib() {}

    static final PyType TEMPLATE = type("Template");
    static final PyType INTERPOLATION = type("Interpolation");
    private static final String[] INTERPOLATION_FIELDS = {"value", "expression", "conversion", "format_spec"};

    private static PyType type(String name) {
        PyType t = PyType.newHeapType(Py.TYPE, name, new PyType[] {Py.OBJECT},
                Map.of("__module__", "string.templatelib", "__qualname__", name), null, null);
        t.acceptableBase = false;
        t.init = null;
        return t;
    }

    /** A t-string's value: strings.length == interpolations.length + 1. */
    static final class Template extends PyObject {
        final Object[] strings;
        final Object[] interpolations;

        Template(Object[] strings, Object[] interpolations) {
            super(TEMPLATE);
            this.strings = strings;
            this.interpolations = interpolations;
        }
    }

    /** One {@code {expression!conversion:format_spec}} of a t-string, with its value. */
    static final class Interpolation extends PyObject {
        final Object value, expression, conversion, formatSpec;

        Interpolation(Object value, Object expression, Object conversion, Object formatSpec) {
            super(INTERPOLATION);
            this.value = value;
            this.expression = expression;
            this.conversion = conversion;
            this.formatSpec = formatSpec;
        }
    }

    static {
        TEMPLATE.tpNew = (c, a, off, n, kw) -> {
            if (kw != null && kw.length > 0) throw Exceptions.typeError("Template.__new__ only accepts *args arguments");
            Object[] parts = new Object[n];
            System.arraycopy(a, off, parts, 0, n);
            return fromParts(parts);
        };
        tierpy.objects.Slots.GetAttr generic = Py.OBJECT.getattro;
        TEMPLATE.getattro = (o, name) -> {
            Template t = (Template) o;
            return switch (name) {
                case "strings" -> PyTuple.of(t.strings);
                case "interpolations" -> PyTuple.of(t.interpolations);
                case "values" -> {
                    Object[] values = new Object[t.interpolations.length];
                    for (int i = 0; i < values.length; i++) values[i] = ((Interpolation) t.interpolations[i]).value;
                    yield PyTuple.of(values);
                }
                default -> generic.get(o, name);
            };
        };
        TEMPLATE.iter = o -> {
            Template t = (Template) o;
            PyList items = new PyList();
            for (int i = 0; i < t.strings.length; i++) {
                if (!((String) t.strings[i]).isEmpty()) items.append(t.strings[i]);
                if (i < t.interpolations.length) items.append(t.interpolations[i]);
            }
            return Abstract.iter(items);
        };
        TEMPLATE.repr = o -> {
            Template t = (Template) o;
            return "Template(strings=" + Abstract.repr(PyTuple.of(t.strings)) + ", interpolations="
                    + Abstract.repr(PyTuple.of(t.interpolations)) + ")";
        };
        TEMPLATE.nb[tierpy.objects.BinOp.ADD.ordinal()] = (v, w) -> {
            if (v instanceof Template a && w instanceof Template b) return concat(a, b);
            if (v instanceof Template || w instanceof Template) {
                Object other = v instanceof Template ? w : v;
                if (other instanceof String) {
                    throw Exceptions.typeError("can only concatenate string.templatelib.Template (not \"str\") to "
                            + "string.templatelib.Template");
                }
            }
            return Py.NotImplemented;
        };
        INTERPOLATION.tpNew = (c, a, off, n, kw) -> {
            Object[] v = Args.parse("Interpolation", a, off, n, kw, 1, INTERPOLATION_FIELDS, "", Py.None, "");
            if (!(v[1] instanceof String)) {
                throw Exceptions.typeError("Interpolation() argument 'expression' must be str, not " + Py.type(v[1]).name);
            }
            if (v[2] != Py.None && !(v[2] instanceof String s && (s.equals("s") || s.equals("r") || s.equals("a")))) {
                throw Exceptions.valueError("Interpolation() argument 'conversion' must be one of 's', 'a' or 'r'");
            }
            return new Interpolation(v[0], v[1], v[2], v[3]);
        };
        INTERPOLATION.getattro = (o, name) -> {
            Interpolation i = (Interpolation) o;
            return switch (name) {
                case "value" -> i.value;
                case "expression" -> i.expression;
                case "conversion" -> i.conversion;
                case "format_spec" -> i.formatSpec;
                default -> generic.get(o, name);
            };
        };
        INTERPOLATION.repr = o -> {
            Interpolation i = (Interpolation) o;
            return "Interpolation(" + Abstract.repr(i.value) + ", " + Abstract.repr(i.expression) + ", "
                    + Abstract.repr(i.conversion) + ", " + Abstract.repr(i.formatSpec) + ")";
        };
        INTERPOLATION.dict.put("__match_args__", PyTuple.of((Object[]) INTERPOLATION_FIELDS));
    }

    /** Template(*args): adjacent strings join, and an empty string separates adjacent interpolations. */
    private static Template fromParts(Object[] parts) {
        List<Object> strings = new ArrayList<>();
        List<Object> interpolations = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (Object part : parts) {
            if (part instanceof String s) {
                pending.append(s);
            } else if (part instanceof Interpolation) {
                strings.add(pending.toString());
                pending.setLength(0);
                interpolations.add(part);
            } else {
                throw Exceptions.typeError("Template.__new__ *args need to be of type 'str' or 'Interpolation', got "
                        + Py.type(part).name);
            }
        }
        strings.add(pending.toString());
        return new Template(strings.toArray(), interpolations.toArray());
    }

    private static Template concat(Template a, Template b) {
        Object[] strings = new Object[a.strings.length + b.strings.length - 1];
        System.arraycopy(a.strings, 0, strings, 0, a.strings.length - 1);
        strings[a.strings.length - 1] = (String) a.strings[a.strings.length - 1] + b.strings[0];
        System.arraycopy(b.strings, 1, strings, a.strings.length, b.strings.length - 1);
        Object[] interpolations = new Object[a.interpolations.length + b.interpolations.length];
        System.arraycopy(a.interpolations, 0, interpolations, 0, a.interpolations.length);
        System.arraycopy(b.interpolations, 0, interpolations, a.interpolations.length, b.interpolations.length);
        return new Template(strings, interpolations);
    }

    /** BUILD_TEMPLATE: from the tuples of strings and interpolations the compiler built. */
    public static Object buildTemplate(Object strings, Object interpolations) {
        return new Template(items(strings), items(interpolations));
    }

    /** BUILD_INTERPOLATION: conversion is oparg >> 2 (0 none, 1 s, 2 r, 3 a). */
    public static Object buildInterpolation(Object value, Object expression, int conversion, Object formatSpec) {
        Object conv = switch (conversion) {
            case 1 -> "s";
            case 2 -> "r";
            case 3 -> "a";
            default -> Py.None;
        };
        return new Interpolation(value, expression, conv, formatSpec == null ? "" : formatSpec);
    }

    private static Object[] items(Object tuple) {
        PyTuple t = (PyTuple) tuple;
        Object[] out = new Object[t.size()];
        for (int i = 0; i < out.length; i++) out[i] = t.get(i);
        return out;
    }

    static void init(PyModule m) {
        m.dict.setItem("Template", TEMPLATE);
        m.dict.setItem("Interpolation", INTERPOLATION);
        m.dict.setItem("convert", new tierpy.objects.Descriptors.BuiltinFunction("convert", (s, a, off, n, kw) -> {
            Args.noKeywords("convert", kw);
            if (n != 2) throw Exceptions.typeError("convert() takes 2 positional arguments but " + n + " were given");
            Object conv = a[off + 1];
            if (conv == Py.None) return a[off];
            return switch (conv instanceof String c ? c : "") {
                case "s" -> Abstract.str(a[off]);
                case "r" -> Abstract.repr(a[off]);
                case "a" -> Builtins.ascii(a[off]);
                default -> throw Exceptions.valueError("Bad conversion specifier " + Abstract.repr(conv));
            };
        }));
    }
}
