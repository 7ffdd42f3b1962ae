package tierpy.embed;

import java.util.List;

/** Completion candidates replacing the code points {@code [cursorStart, cursorEnd)}. */
public record Completion(List<String> matches, int cursorStart, int cursorEnd) {
    public Completion {
        matches = List.copyOf(matches);
    }

    /** No candidates at {@code cursorPos}. */
    public static Completion none(int cursorPos) {
        return new Completion(List.of(), cursorPos, cursorPos);
    }
}
