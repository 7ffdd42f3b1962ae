package tierpy.embed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tierpy.code.CodeObject;
import tierpy.objects.Abstract;
import tierpy.objects.Py;
import tierpy.objects.PyDict;
import tierpy.objects.PyException;
import tierpy.objects.PyType;
import tierpy.vm.PyFunction;
import tierpy.vm.SourceLines;

/**
 * Mirrors IPython/core/oinspect.py: Inspector.info / _make_info_unformatted for shift-tab help:
 * the signature (Lib/inspect.py: Signature.__str__), the docstring, the type, and at detail level 1
 * the source.
 */
final class Inspector {
    private Inspector() {}

    static Inspection inspect(PyDict namespace, String code, int cursorPos, int detailLevel) {
        String name = nameAt(code, Names.charIndex(code, cursorPos));
        if (name.isEmpty()) return Inspection.NOT_FOUND;
        Object o = Names.resolve(namespace, name);
        if (o == null) return Inspection.NOT_FOUND;
        Map<String, String> fields = new LinkedHashMap<>();
        PyFunction function = Names.function(o);
        if (function != null) fields.put("Signature", function.name + signature(function));
        else fields.put("Type", Py.type(o).name);
        if (function == null && !(o instanceof PyType)) fields.put("String form", text(() -> Abstract.str(o)));
        String source = detailLevel > 0 && function != null ? source(function.code.co) : null;
        if (source != null) fields.put("Source", "\n" + source);
        else fields.put("Docstring", docstring(o));
        if (function != null) {
            fields.put("File", function.code.co.filename);
            fields.put("Type", Py.type(o).name);
        }
        int width = fields.keySet().stream().mapToInt(String::length).max().orElse(0) + 2;
        StringBuilder text = new StringBuilder();
        fields.forEach((k, v) -> {
            if (text.length() > 0) text.append('\n');
            text.append((k + ":").concat(" ".repeat(width - k.length() - 1))).append(v);
        });
        return new Inspection(DisplayBundle.text(text.toString()));
    }

    /** The dotted name under the cursor, or before the innermost open parenthesis (a call's callee). */
    static String nameAt(String code, int cursor) {
        int end = cursor;
        while (end < code.length() && Names.isNameChar(code.charAt(end))) end++;
        int start = Names.dottedStart(code, end);
        if (start < end) return strip(code.substring(start, end));
        int depth = 0;
        for (int i = cursor - 1; i >= 0; i--) {
            char c = code.charAt(i);
            if (c == ')') depth++;
            else if (c == '(' && depth-- == 0) return strip(code.substring(Names.dottedStart(code, i), i));
        }
        return "";
    }

    private static String strip(String dotted) {
        return dotted.replaceAll("^\\.+|\\.+$", "");
    }

    private static String docstring(Object o) {
        Object doc;
        try {
            doc = Abstract.getattrOrNull(o, "__doc__");
        } catch (PyException e) {
            doc = null;
        }
        return doc instanceof String s ? s.strip() : "<no docstring>";
    }

    private static String text(java.util.function.Supplier<String> s) {
        try {
            return s.get();
        } catch (PyException e) {
            return "<str() failed>";
        }
    }

    /** inspect.Signature.__str__ for a Python function: {@code (a: int, /, b=1, *args, c, **kw) -> int}. */
    static String signature(PyFunction f) {
        CodeObject co = f.code.co;
        Object annotations;
        try {
            annotations = Abstract.getattrOrNull(f, "__annotations__");
            // 3.14's lazy annotations: __annotate__(VALUE) builds the dict.
            if (annotations == null && f.annotate != Py.None) annotations = Abstract.call(f.annotate, 1L);
        } catch (PyException e) {
            annotations = null;
        }
        PyDict ann = annotations instanceof PyDict d ? d : new PyDict();
        List<String> params = new ArrayList<>();
        int positional = co.argcount;
        Object[] defaults = f.defaults == null ? new Object[0] : f.defaults;
        int firstDefault = positional - defaults.length;
        int index = 0;
        for (; index < positional; index++) {
            String name = co.localsplusnames.get(index);
            params.add(param(name, ann, index >= firstDefault ? defaults[index - firstDefault] : null));
            if (co.posonlyargcount > 0 && index == co.posonlyargcount - 1) params.add("/");
        }
        boolean varargs = (co.flags & CodeObject.CO_VARARGS) != 0;
        int varargsIndex = positional + co.kwonlyargcount;
        if (varargs) params.add("*" + param(co.localsplusnames.get(varargsIndex), ann, null));
        else if (co.kwonlyargcount > 0) params.add("*");
        for (int k = 0; k < co.kwonlyargcount; k++, index++) {
            String name = co.localsplusnames.get(index);
            params.add(param(name, ann, f.kwdefaults == null ? null : f.kwdefaults.getItemOrNull(name)));
        }
        if ((co.flags & CodeObject.CO_VARKEYWORDS) != 0) {
            params.add("**" + param(co.localsplusnames.get(varargsIndex + (varargs ? 1 : 0)), ann, null));
        }
        Object returns = ann.getItemOrNull("return");
        return "(" + String.join(", ", params) + ")" + (returns == null ? "" : " -> " + annotation(returns));
    }

    private static String param(String name, PyDict ann, Object defaultValue) {
        Object a = ann.getItemOrNull(name);
        String text = a == null ? name : name + ": " + annotation(a);
        if (defaultValue == null) return text;
        return text + (a == null ? "=" : " = ") + Abstract.repr(defaultValue);
    }

    /** inspect.formatannotation: a class by its qualified name, anything else by repr. */
    private static String annotation(Object a) {
        if (a instanceof PyType t) {
            Object module = t.dict.get("__module__");
            return module == null || "builtins".equals(module) ? t.qualname : module + "." + t.qualname;
        }
        return a instanceof String s ? s : Abstract.repr(a);
    }

    /** inspect.getsource: the definition's lines, from its first line while they stay indented. */
    static String source(CodeObject co) {
        String first = SourceLines.line(co.filename, co.firstlineno);
        if (first == null || first.isBlank()) return null;
        int indent = first.length() - first.stripLeading().length();
        StringBuilder b = new StringBuilder(first.stripTrailing());
        for (int n = co.firstlineno + 1;; n++) {
            String line = SourceLines.line(co.filename, n);
            if (line == null) break;
            String stripped = line.stripLeading();
            if (!stripped.isEmpty() && line.length() - stripped.length() <= indent) break;
            b.append('\n').append(line.stripTrailing());
        }
        return b.toString().stripTrailing();
    }
}
