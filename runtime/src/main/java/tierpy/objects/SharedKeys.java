package tierpy.objects;

/**
 * Mirrors Objects/dictobject.c: shared (split) keys of a heap type's instances: one append-only
 * name table per type, each instance holding a values array indexed by it. A specializer guard
 * checks {@link #version} and reads {@code values[index]} directly (LOAD_ATTR_INSTANCE_VALUE).
 */
public final class SharedKeys {
    /** CPython's SHARED_KEYS_MAX_SIZE: past this, instances fall back to a dict. */
    static final int MAX_SIZE = 30;
    private static int nextVersion = 1;

    /** Open-addressed index over the names (linear probing, at most half full): name, slot. */
    private static final int TABLE_SIZE = 64;
    private final String[] tableNames = new String[TABLE_SIZE];
    private final int[] tableSlots = new int[TABLE_SIZE];
    private String[] names = new String[4];
    private int size;
    /** Changes whenever a key is added; 0 = unassigned (assign with {@link #version()}). */
    private int version;

    /** The slot of {@code name}, or -1. */
    public int indexOf(String name) {
        for (int i = home(name); ; i = (i + 1) & (TABLE_SIZE - 1)) {
            String k = tableNames[i];
            if (k == null) return -1;
            if (k == name || k.equals(name)) return tableSlots[i];
        }
    }

    private static int home(String name) {
        int h = name.hashCode();
        return (h ^ h >>> 16) & (TABLE_SIZE - 1);
    }

    /** Adds {@code name} and returns its slot, or -1 when the table is full. */
    int add(String name) {
        if (size == MAX_SIZE) return -1;
        if (size == names.length) names = java.util.Arrays.copyOf(names, size * 2);
        names[size] = name;
        int i = home(name);
        while (tableNames[i] != null) i = (i + 1) & (TABLE_SIZE - 1);
        tableNames[i] = name;
        tableSlots[i] = size;
        version = 0;
        return size++;
    }

    public int size() {
        return size;
    }

    public String name(int i) {
        return names[i];
    }

    /** The version as it is now, 0 if a key was added since it was last assigned (what a guard compares). */
    public int currentVersion() {
        return version;
    }

    public int version() {
        if (version == 0) version = nextVersion++;
        return version;
    }
}
