package tierpy.vm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Mirrors Lib/linecache.py: source lines by file name, for tracebacks; sources run from strings can be registered. */
public final class SourceLines {
    private SourceLines() {}

    private static final Map<String, List<String>> CACHE = new ConcurrentHashMap<>();

    /** Makes {@code source} the text tracebacks show for {@code filename}. */
    public static void register(String filename, String source) {
        CACHE.put(filename, source.lines().toList());
    }

    /** Line {@code lineno} (1-based) without its line end, or null. */
    public static String line(String filename, int lineno) {
        List<String> lines = lines(filename);
        return lineno >= 1 && lineno <= lines.size() ? lines.get(lineno - 1) : null;
    }

    /** Every line of the file, without line ends (empty when it cannot be read). */
    public static List<String> lines(String filename) {
        return CACHE.computeIfAbsent(filename, SourceLines::read);
    }

    private static List<String> read(String filename) {
        if (filename.startsWith("<")) return List.of();
        try {
            return Files.readString(Path.of(filename), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
