package tierpy.objects;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Mirrors Python/suggestions.c: _Py_CalculateSuggestions, the closest name by a Levenshtein
 * distance over UTF-8 bytes where a case change costs less than other edits.
 */
public final class Suggestions {
    private Suggestions() {}

    private static final int MAX_CANDIDATE_ITEMS = 750;
    private static final int MAX_STRING_SIZE = 40;
    private static final int MOVE_COST = 2;
    private static final int CASE_COST = 1;

    /** The candidate closest to {@code name}, or null when none is close enough. */
    public static String closest(List<String> candidates, String name) {
        if (candidates.size() >= MAX_CANDIDATE_ITEMS) return null;
        byte[] wrong = name.getBytes(StandardCharsets.UTF_8);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String item : candidates) {
            if (item.equals(name)) continue;
            byte[] b = item.getBytes(StandardCharsets.UTF_8);
            // no more than a third of the characters involved may change
            int maxDistance = Math.min((wrong.length + b.length + 3) * MOVE_COST / 6, bestDistance - 1);
            int distance = distance(wrong, b, maxDistance);
            if (distance > maxDistance) continue;
            if (best == null || distance < bestDistance) {
                best = item;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static int substitutionCost(byte a, byte b) {
        if ((a & 31) != (b & 31)) return MOVE_COST;
        if (a == b) return 0;
        if ('A' <= a && a <= 'Z') a += 'a' - 'A';
        if ('A' <= b && b <= 'Z') b += 'a' - 'A';
        return a == b ? CASE_COST : MOVE_COST;
    }

    /** levenshtein_distance: one row updated in place; more than maxCost means "too far". */
    private static int distance(byte[] a, byte[] b, int maxCost) {
        int aStart = 0, bStart = 0, aEnd = a.length, bEnd = b.length;
        while (aStart < aEnd && bStart < bEnd && a[aStart] == b[bStart]) {
            aStart++;
            bStart++;
        }
        while (aStart < aEnd && bStart < bEnd && a[aEnd - 1] == b[bEnd - 1]) {
            aEnd--;
            bEnd--;
        }
        int aSize = aEnd - aStart, bSize = bEnd - bStart;
        if (aSize == 0 || bSize == 0) return (aSize + bSize) * MOVE_COST;
        if (aSize > MAX_STRING_SIZE || bSize > MAX_STRING_SIZE) return maxCost + 1;
        if (bSize < aSize) {
            byte[] t = a;
            a = b;
            b = t;
            int s = aStart;
            aStart = bStart;
            bStart = s;
            s = aSize;
            aSize = bSize;
            bSize = s;
        }
        if ((bSize - aSize) * MOVE_COST > maxCost) return maxCost + 1;
        int[] row = new int[aSize];
        for (int i = 0; i < aSize; i++) row[i] = (i + 1) * MOVE_COST;
        int result = 0;
        for (int bi = 0; bi < bSize; bi++) {
            byte code = b[bStart + bi];
            int distance = result = bi * MOVE_COST;
            int minimum = Integer.MAX_VALUE;
            for (int ai = 0; ai < aSize; ai++) {
                int substitute = distance + substitutionCost(code, a[aStart + ai]);
                distance = row[ai];
                int insertDelete = Math.min(result, distance) + MOVE_COST;
                result = Math.min(insertDelete, substitute);
                row[ai] = result;
                minimum = Math.min(minimum, result);
            }
            if (minimum > maxCost) return maxCost + 1;
        }
        return result;
    }
}
