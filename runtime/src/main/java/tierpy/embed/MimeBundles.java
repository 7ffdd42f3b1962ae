package tierpy.embed;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tierpy.objects.Abstract;
import tierpy.objects.Py;
import tierpy.objects.PyBytes;
import tierpy.objects.PyDict;
import tierpy.objects.PyException;
import tierpy.objects.PyList;
import tierpy.objects.PyTuple;
import tierpy.objects.PyType;
import tierpy.vm.Tracebacks;

/**
 * Mirrors IPython/core/formatters.py: DisplayFormatter.format: {@code text/plain} is the repr, and
 * every {@code _repr_*_} method the object has adds its MIME type.
 */
final class MimeBundles {
    private MimeBundles() {}

    private static final Map<String, String> METHODS = methods();

    private static Map<String, String> methods() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("_repr_html_", "text/html");
        m.put("_repr_markdown_", "text/markdown");
        m.put("_repr_svg_", "image/svg+xml");
        m.put("_repr_png_", "image/png");
        m.put("_repr_jpeg_", "image/jpeg");
        m.put("_repr_json_", "application/json");
        m.put("_repr_latex_", "text/latex");
        m.put("_repr_javascript_", "application/javascript");
        return m;
    }

    /** The bundle of {@code value}; a failing {@code _repr_*_} is reported on stderr and skipped, as IPython does. */
    static DisplayBundle of(Object value, SinkStreams streams) {
        Map<String, Object> data = new LinkedHashMap<>();
        Map<String, Object> metadata = new LinkedHashMap<>();
        data.put("text/plain", Abstract.repr(value));
        if (!(value instanceof PyType)) {
            METHODS.forEach((method, mime) -> {
                Object rich = formatted(value, method, streams);
                if (rich == null || rich == Py.None) return;
                if (rich instanceof PyTuple pair && pair.size() == 2 && !mime.equals("application/json")) {
                    if (pair.get(1) instanceof PyDict md) metadata.put(mime, json(md));
                    rich = pair.get(0);
                }
                data.put(mime, rich instanceof PyBytes bytes ? Base64.getEncoder().encodeToString(bytes.toArray()) : json(rich));
            });
        }
        return new DisplayBundle(data, metadata, Map.of());
    }

    private static Object formatted(Object value, String method, SinkStreams streams) {
        try {
            Object bound = Abstract.getattrOrNull(value, method);
            return bound == null ? null : Abstract.call(bound);
        } catch (PyException e) {
            OutputSink sink = streams.current();
            if (sink != null) sink.stderr(Tracebacks.format(e.value));
            return null;
        }
    }

    /** A Python value as JSON-shaped Java values (str, int, float, bool, None, list, tuple, dict). */
    static Object json(Object o) {
        if (o == Py.None) return null;
        if (o instanceof String || o instanceof Boolean || o instanceof Long || o instanceof Double || o instanceof BigInteger) return o;
        if (o instanceof PyList list) {
            List<Object> items = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) items.add(json(list.get(i)));
            return items;
        }
        if (o instanceof PyTuple tuple) {
            List<Object> items = new ArrayList<>();
            for (int i = 0; i < tuple.size(); i++) items.add(json(tuple.get(i)));
            return items;
        }
        if (o instanceof PyDict dict) {
            Map<String, Object> map = new LinkedHashMap<>();
            dict.forEach((k, v) -> map.put(k instanceof String s ? s : Abstract.str(k), json(v)));
            return map;
        }
        return Abstract.str(o);
    }
}
