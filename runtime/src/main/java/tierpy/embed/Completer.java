package tierpy.embed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import tierpy.objects.PyDict;
import tierpy.objects.PyException;
import tierpy.vm.Runner;

/**
 * Mirrors IPython/core/completer.py: IPCompleter's global, attribute, dict-key and file matchers
 * (jedi off). Positions are code points, as the protocol counts them.
 */
final class Completer {
    /** keyword.kwlist and keyword.softkwlist of 3.14. */
    private static final List<String> KEYWORDS = List.of("False", "None", "True", "and", "as", "assert", "async",
            "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
            "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
            "while", "with", "yield", "_", "case", "match", "type");

    private final PyDict namespace;

    Completer(PyDict namespace) {
        this.namespace = namespace;
    }

    Completion complete(String code, int cursorPos, Path cwd) {
        int cursor = Names.charIndex(code, cursorPos);
        String line = code.substring(code.lastIndexOf('\n', cursor - 1) + 1, cursor);
        int quote = openQuote(line);
        if (quote >= 0) {
            int start = cursor - (line.length() - quote - 1);
            String prefix = code.substring(start, cursor);
            String before = line.substring(0, quote).stripTrailing();
            List<String> matches = before.endsWith("[") ? dictKeys(before.substring(0, before.length() - 1), prefix)
                    : paths(prefix, cwd);
            return result(code, matches, start, cursor);
        }
        int start = Names.dottedStart(code, cursor);
        String token = code.substring(start, cursor);
        int dot = token.lastIndexOf('.');
        if (dot < 0) return result(code, globals(token), start, cursor);
        Object owner = Names.resolve(namespace, token.substring(0, dot));
        if (owner == null) return Completion.none(cursorPos);
        String prefix = token.substring(dot + 1);
        return result(code, sorted(Names.dir(owner), prefix), start + dot + 1, cursor);
    }

    private static Completion result(String code, List<String> matches, int start, int end) {
        return new Completion(matches, Names.codePoints(code, start), Names.codePoints(code, end));
    }

    /** The index of the quote opening an unterminated string on this line, or -1. */
    private static int openQuote(String line) {
        int open = -1;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (open >= 0) {
                if (c == '\\') i++;
                else if (c == quote) open = -1;
            } else if (c == '#') {
                return -1;
            } else if (c == '\'' || c == '"') {
                open = i;
                quote = c;
            }
        }
        return open;
    }

    private List<String> globals(String prefix) {
        Set<String> names = new LinkedHashSet<>();
        addKeys(namespace, names);
        addKeys(Runner.builtins(), names);
        names.addAll(KEYWORDS);
        return sorted(names, prefix);
    }

    private static void addKeys(PyDict dict, Set<String> names) {
        dict.forEach((k, v) -> {
            if (k instanceof String s) names.add(s);
        });
    }

    /** Matches in IPython's order: public names first, then _private, then __dunder__. */
    private static List<String> sorted(Set<String> names, String prefix) {
        return names.stream()
                .filter(n -> n.startsWith(prefix) && (prefix.startsWith("_") || !n.startsWith("_")))
                .sorted(Comparator.comparing((String n) -> n.startsWith("__") ? 2 : n.startsWith("_") ? 1 : 0)
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    /** {@code d["pre|}: the string keys of the dict {@code d} starting with the prefix. */
    private List<String> dictKeys(String before, String prefix) {
        int start = Names.dottedStart(before, before.length());
        Object owner = Names.resolve(namespace, before.substring(start));
        if (!(owner instanceof PyDict dict)) return List.of();
        List<String> keys = new ArrayList<>();
        try {
            dict.forEach((k, v) -> {
                if (k instanceof String s && s.startsWith(prefix)) keys.add(s);
            });
        } catch (PyException e) {
            return List.of();
        }
        return keys;
    }

    /** File names in a string: entries of the directory the prefix names, directories with a '/'. */
    private static List<String> paths(String prefix, Path cwd) {
        int slash = prefix.lastIndexOf('/');
        String dirPart = slash < 0 ? "" : prefix.substring(0, slash + 1);
        String namePart = prefix.substring(slash + 1);
        String expanded = dirPart.startsWith("~/") ? System.getProperty("user.home") + dirPart.substring(1) : dirPart;
        Path dir = cwd.resolve(expanded.isEmpty() ? "." : expanded);
        try (Stream<Path> entries = Files.list(dir)) {
            return entries
                    .map(p -> p.getFileName().toString() + (Files.isDirectory(p) ? "/" : ""))
                    .filter(n -> n.startsWith(namePart) && (namePart.startsWith(".") || !n.startsWith(".")))
                    .sorted()
                    .map(n -> dirPart + n)
                    .toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
