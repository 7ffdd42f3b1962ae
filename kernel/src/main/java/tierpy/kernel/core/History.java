package tierpy.kernel.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import tierpy.kernel.magics.InputHistory;
import tierpy.kernel.wire.Json;
import tierpy.kernel.wire.Log;
import tierpy.kernel.wire.WireException;

/**
 * Input history across kernel sessions, one JSON object per line in {@code history.jsonl} (mirrors
 * IPython/core/history.py: HistoryAccessor's get_tail, get_range and search over its sqlite table).
 * Each kernel process is a new session numbered after the last one on file.
 */
public final class History implements InputHistory {
    public record Entry(int session, int line, String source) {}

    private final Path file;
    private final List<Entry> entries = new ArrayList<>();
    private final int session;

    public History(Path stateDir) {
        file = stateDir.resolve("history.jsonl");
        int last = 0;
        if (Files.isRegularFile(file)) {
            try {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    Entry entry = parse(line);
                    if (entry == null) continue;
                    entries.add(entry);
                    last = Math.max(last, entry.session());
                }
            } catch (IOException e) {
                Log.warn("cannot read history " + file + ": " + e.getMessage());
            }
        }
        session = last + 1;
    }

    private static Entry parse(String line) {
        try {
            JsonNode json = Json.parse(line);
            return new Entry(json.path("session").asInt(), json.path("line").asInt(), json.path("source").asText());
        } catch (WireException e) {
            return null;
        }
    }

    public int session() {
        return session;
    }

    public synchronized void store(int line, String source) {
        Entry entry = new Entry(session, line, source);
        entries.add(entry);
        ObjectNode json = Json.object();
        json.put("session", entry.session());
        json.put("line", entry.line());
        json.put("source", entry.source());
        try {
            Files.createDirectories(file.getParent());
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND)) {
                out.write(Json.text(json));
                out.write('\n');
            }
        } catch (IOException e) {
            Log.warn("cannot write history " + file + ": " + e.getMessage());
        }
    }

    /** The last {@code n} entries of all sessions. */
    public synchronized List<Entry> tail(int n) {
        return List.copyOf(entries.subList(Math.max(0, entries.size() - n), entries.size()));
    }

    /**
     * Lines {@code start <= line < stop} of a session; {@code session <= 0} counts back from this one,
     * {@code stop <= 0} means to the end.
     */
    public synchronized List<Entry> range(int sessionNumber, int start, int stop) {
        int wanted = sessionNumber <= 0 ? session + sessionNumber : sessionNumber;
        return entries.stream()
                .filter(e -> e.session() == wanted && e.line() >= start && (stop <= 0 || e.line() < stop))
                .toList();
    }

    /** Entries matching a glob ({@code *}, {@code ?}); the last {@code n} (all if n <= 0), optionally unique. */
    public synchronized List<Entry> search(String glob, int n, boolean unique) {
        Pattern pattern = globPattern(glob);
        List<Entry> matches = entries.stream().filter(e -> pattern.matcher(e.source()).matches()).toList();
        if (unique) {
            Map<String, Entry> latest = new LinkedHashMap<>();
            for (Entry e : matches) {
                latest.remove(e.source());
                latest.put(e.source(), e);
            }
            matches = List.copyOf(latest.values());
        }
        return n > 0 ? matches.subList(Math.max(0, matches.size() - n), matches.size()) : matches;
    }

    private static Pattern globPattern(String glob) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    @Override
    public synchronized List<Line> currentSessionInputs() {
        return entries.stream().filter(e -> e.session() == session).map(e -> new Line(e.line(), e.source())).toList();
    }
}
