package tierpy.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A committed list of cases that still fail. A listed case that passes fails the build (the list
 * only shrinks); an unlisted failure fails the build.
 */
public final class KnownFailures {
    private final Set<String> names = new LinkedHashSet<>();

    public KnownFailures(String resource) {
        try (InputStream in = KnownFailures.class.getResourceAsStream(resource)) {
            if (in != null) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    String name = line.strip();
                    if (!name.isEmpty() && !name.startsWith("#")) {
                        names.add(name);
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean contains(String name) {
        return names.contains(name);
    }

    /** Checks one outcome against the list; throws AssertionError when the list is wrong. */
    public void check(String name, boolean passed, String failureDetail) {
        if (passed && names.contains(name)) {
            throw new AssertionError(name + " passes now: remove it from the known-failures list");
        }
        if (!passed && !names.contains(name)) {
            throw new AssertionError(name + " fails:\n" + failureDetail);
        }
    }
}
