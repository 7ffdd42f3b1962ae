package tierpy.kernel.wire;

import java.util.LinkedHashSet;
import java.util.Iterator;

/**
 * Remembers signatures already accepted, so a captured message cannot be replayed (mirrors
 * jupyter_client/session.py: Session.digest_history, which also forgets the oldest half when full).
 */
public final class ReplayGuard {
    private static final int CAPACITY = 1 << 16;
    private final LinkedHashSet<String> seen = new LinkedHashSet<>();

    /** Records {@code signature}; false if it was seen before. */
    public synchronized boolean firstSighting(String signature) {
        if (!seen.add(signature)) return false;
        if (seen.size() > CAPACITY) {
            Iterator<String> oldest = seen.iterator();
            for (int i = 0; i < CAPACITY / 2; i++) {
                oldest.next();
                oldest.remove();
            }
        }
        return true;
    }
}
