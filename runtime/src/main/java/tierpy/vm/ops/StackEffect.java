package tierpy.vm.ops;

import java.util.ArrayList;
import java.util.List;

/**
 * Mirrors Tools/cases_generator/parser.py: the {@code (inputs -- outputs)} clause of an op, with
 * cache entries ({@code name/size}) split from the stack inputs.
 */
public record StackEffect(List<Item> caches, List<Item> inputs, List<Item> outputs) {

    /** One stack item or cache entry: {@code size} is null for a scalar, an oparg expression for an array. */
    public record Item(String name, String size, int cacheSize) {
        public boolean isArray() {
            return size != null;
        }

        public boolean isUnused() {
            return name.equals("unused");
        }

        /** Number of stack slots as a Java expression in {@code oparg}. */
        public String slots() {
            return size == null ? "1" : size;
        }
    }

    public static StackEffect parse(String text) {
        String t = text.trim();
        if (!t.startsWith("(") || !t.endsWith(")") || !t.contains("--")) {
            throw new IllegalArgumentException("stack effect must read (inputs -- outputs): " + text);
        }
        String[] sides = t.substring(1, t.length() - 1).split("--", -1);
        List<Item> caches = new ArrayList<>();
        List<Item> inputs = new ArrayList<>();
        for (Item item : items(sides[0])) (item.cacheSize > 0 ? caches : inputs).add(item);
        return new StackEffect(List.copyOf(caches), List.copyOf(inputs), items(sides[1]));
    }

    private static List<Item> items(String side) {
        List<Item> out = new ArrayList<>();
        for (String raw : side.split(",")) {
            String s = raw.trim();
            if (s.isEmpty()) continue;
            int slash = s.indexOf('/');
            if (slash >= 0) {
                out.add(new Item(s.substring(0, slash).trim(), null, Integer.parseInt(s.substring(slash + 1).trim())));
                continue;
            }
            int bracket = s.indexOf('[');
            if (bracket >= 0) {
                out.add(new Item(s.substring(0, bracket).trim(), s.substring(bracket + 1, s.lastIndexOf(']')).trim(), 0));
            } else {
                out.add(new Item(s, null, 0));
            }
        }
        return List.copyOf(out);
    }

    public int cacheSize() {
        return caches.stream().mapToInt(Item::cacheSize).sum();
    }

    /** Whether output {@code i} is input {@code i} left in place (CPython's "peek" items). */
    public boolean passesThrough(int i) {
        return i < inputs.size() && inputs.get(i).name.equals(outputs.get(i).name)
                && java.util.Objects.equals(inputs.get(i).size, outputs.get(i).size);
    }
}
