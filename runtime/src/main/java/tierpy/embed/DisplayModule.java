package tierpy.embed;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import tierpy.compile.Compiler;
import tierpy.objects.Abstract;
import tierpy.objects.Descriptors.BuiltinFunction;
import tierpy.objects.Exceptions;
import tierpy.objects.Py;
import tierpy.objects.PyDict;
import tierpy.vm.Imports;
import tierpy.vm.PyModule;
import tierpy.vm.Runner;
import tierpy.vm.SourceLines;

/**
 * Mirrors IPython/core/display_functions.py (display, update_display, clear_output) and
 * IPython/core/display.py (HTML, Markdown, SVG, JSON, ...): the module {@code tierpy.display}, also
 * importable as {@code IPython.display}. Its Python part is display.py; publishing goes to the
 * running cell's {@link OutputSink}.
 */
final class DisplayModule {
    private DisplayModule() {}

    static final String NAME = "tierpy.display";

    static void register(SinkStreams streams) {
        Imports.registerBuiltin("IPython", () -> packageModule("IPython"));
        Imports.registerBuiltin(NAME, () -> child("tierpy", load(streams)));
        Imports.registerBuiltin("IPython.display", () -> child("IPython", (PyModule) Imports.importModule(NAME)));
    }

    /** The module's {@code display} function, which the shell also puts in builtins (as IPython does). */
    static Object displayFunction() {
        return Abstract.getattr(Imports.importModule(NAME), "display");
    }

    private static PyModule packageModule(String name) {
        PyModule m = new PyModule(name);
        m.dict.setItem("__path__", new tierpy.objects.PyList());
        return m;
    }

    /** Binds the submodule as an attribute of its package, as the import system does. */
    private static PyModule child(String parent, PyModule module) {
        ((PyModule) Imports.importModule(parent)).dict.setItem("display", module);
        return module;
    }

    private static PyModule load(SinkStreams streams) {
        PyModule m = new PyModule(NAME);
        m.dict.setItem("display", new BuiltinFunction("display", (self, a, off, n, kw) -> display(streams, m, a, off, n, kw)));
        m.dict.setItem("_clear", new BuiltinFunction("_clear", (self, a, off, n, kw) -> {
            OutputSink sink = streams.current();
            if (sink != null) sink.clearOutput(Abstract.isTrue(a[off]));
            return Py.None;
        }));
        m.dict.setItem("_new_id", new BuiltinFunction("_new_id", (self, a, off, n, kw) -> UUID.randomUUID().toString().replace("-", "")));
        String filename = "<frozen tierpy.display>";
        String source = source();
        SourceLines.register(filename, source);
        Runner.exec(Compiler.compile(source, filename, "exec", 0).code(), m.dict);
        return m;
    }

    private static String source() {
        try (InputStream in = DisplayModule.class.getResourceAsStream("display.py")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("tierpy/embed/display.py is missing from the build", e);
        }
    }

    /**
     * display(*objs, metadata=None, display_id=None, raw=False, clear=False, update=False, **kwargs): a
     * display_data per object; with a display_id, a DisplayHandle for later updates.
     */
    private static Object display(SinkStreams streams, PyModule m, Object[] args, int off, int nargs, String[] kwnames) {
        Map<String, Object> options = new LinkedHashMap<>();
        if (kwnames != null) {
            for (int k = 0; k < kwnames.length; k++) options.put(kwnames[k], args[off + nargs + k]);
        }
        Object metadata = options.getOrDefault("metadata", Py.None);
        Object displayId = options.getOrDefault("display_id", Py.None);
        boolean update = Abstract.isTrue(options.getOrDefault("update", false));
        boolean raw = Abstract.isTrue(options.getOrDefault("raw", false));
        OutputSink sink = streams.current();
        if (Abstract.isTrue(options.getOrDefault("clear", false)) && sink != null) sink.clearOutput(true);
        if (displayId == Boolean.TRUE) displayId = UUID.randomUUID().toString().replace("-", "");
        for (int i = 0; i < nargs && sink != null; i++) {
            Object obj = args[off + i];
            DisplayBundle bundle = raw ? rawBundle(obj) : MimeBundles.of(obj, streams);
            Map<String, Object> meta = new LinkedHashMap<>(bundle.metadata());
            if (metadata instanceof PyDict md && MimeBundles.json(md) instanceof Map<?, ?> extra) {
                extra.forEach((k, v) -> {
                    if (v != null) meta.put((String) k, v);
                });
            }
            Map<String, Object> transientData = displayId == Py.None ? Map.of() : Map.of("display_id", Abstract.str(displayId));
            sink.display(new DisplayBundle(bundle.data(), meta, transientData), update);
        }
        return displayId == Py.None || update ? Py.None : Abstract.call(m.dict.getItem("DisplayHandle"), displayId);
    }

    /** display(..., raw=True): the object is already a MIME-type dict. */
    private static DisplayBundle rawBundle(Object obj) {
        if (!(obj instanceof PyDict d) || !(MimeBundles.json(d) instanceof Map<?, ?> data)) {
            throw Exceptions.typeError("display(raw=True) expects a dict of MIME type to data");
        }
        Map<String, Object> clean = new LinkedHashMap<>();
        data.forEach((k, v) -> {
            if (v != null) clean.put((String) k, v);
        });
        return new DisplayBundle(clean, Map.of(), Map.of());
    }
}
