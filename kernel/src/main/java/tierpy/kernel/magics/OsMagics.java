package tierpy.kernel.magics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.TreeMap;
import tierpy.embed.PythonError;
import tierpy.embed.PythonException;
import tierpy.embed.Session;

/** %env, %pwd, %cd, %%writefile and %load (mirrors IPython/core/magics/osm.py and code.py). */
final class OsMagics {
    private OsMagics() {}

    static void register(MagicShell shell) {
        shell.add(new Magic("env", true, false, "Get, set, or list environment variables.",
                "%env: lists all environment variables.\n%env var: get value for var\n%env var val / %env var=val: set value for var",
                OsMagics::env));
        shell.add(new Magic("pwd", true, false, "Return the current working directory path.", "",
                (args, body, context) -> context.result(PyRepr.str(context.session().workingDirectory().toString()))));
        shell.add(new Magic("cd", true, false, "Change the current working directory.",
                "%cd DIR; %cd alone goes to the home directory, %cd - to the previous one.", new Cd()));
        shell.add(new Magic("writefile", false, true, "Write the contents of the cell to a file.",
                "%%writefile [-a] filename\n\n-a: append to the file instead of overwriting it.", OsMagics::writefile));
        shell.add(new Magic("load", true, false, "Load code into the current frontend.",
                "%load FILE: replaces the cell with '# %load FILE' and the file's contents.", OsMagics::load));
    }

    private static void env(String args, String body, CellContext context) throws UsageError {
        Map<String, String> environment = context.session().environment();
        String spec = args.strip();
        if (spec.isEmpty()) {
            context.result(PyRepr.dict(new TreeMap<>(environment)));
            return;
        }
        int equals = spec.indexOf('=');
        int space = spec.indexOf(' ');
        int split = equals >= 0 && (space < 0 || equals < space) ? equals : space;
        if (split < 0) {
            String value = environment.get(spec);
            if (value == null) throw new UsageError("Environment does not have key: " + spec);
            context.result(PyRepr.str(value));
            return;
        }
        String name = spec.substring(0, split).strip();
        String value = spec.substring(split + 1).strip();
        environment.put(name, value);
        context.print("env: " + name + "=" + value + "\n");
    }

    /** %cd remembers the previous directory for {@code %cd -}. */
    private static final class Cd implements Magic.Body {
        private Path previous;

        @Override
        public void run(String args, String body, CellContext context) throws PythonException {
            Session session = context.session();
            String target = args.strip();
            Path current = session.workingDirectory();
            Path next = target.isEmpty() ? Path.of(System.getProperty("user.home"))
                    : target.equals("-") && previous != null ? previous : Path.of(target);
            session.changeDirectory(next);
            previous = current;
            context.print(session.workingDirectory() + "\n");
        }
    }

    private static void writefile(String args, String body, CellContext context) throws UsageError, PythonException {
        MagicOptions options = MagicOptions.parse(args, "a");
        String name = unquote(options.rest());
        if (name.isEmpty()) throw new UsageError("the following arguments are required: filename");
        Path path = context.session().workingDirectory().resolve(name);
        boolean exists = Files.exists(path);
        try {
            if (options.has('a')) {
                Files.writeString(path, body, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } else {
                Files.writeString(path, body, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new PythonException(PythonError.of("OSError", String.valueOf(e.getMessage())));
        }
        context.print((options.has('a') ? "Appending to " : exists ? "Overwriting " : "Writing ") + name + "\n");
    }

    private static void load(String args, String body, CellContext context) throws UsageError, PythonException {
        String name = unquote(args.strip());
        if (name.isEmpty()) throw new UsageError("Missing filename.");
        Path path = context.session().workingDirectory().resolve(name);
        String contents;
        try {
            contents = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PythonException(PythonError.of("ValueError",
                    "'" + name + "' was not found in history, as a file, url, nor in the user namespace."));
        }
        context.addPayload(Map.of("source", "set_next_input", "text", "# %load " + args.strip() + "\n" + contents,
                "replace", true));
    }

    private static String unquote(String text) {
        if (text.length() >= 2 && (text.startsWith("\"") && text.endsWith("\"") || text.startsWith("'") && text.endsWith("'"))) {
            return text.substring(1, text.length() - 1);
        }
        return text;
    }
}
