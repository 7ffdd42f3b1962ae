package tierpy.embed;

/** Help for the object under the cursor; {@code bundle} is null when nothing was found. */
public record Inspection(DisplayBundle bundle) {
    public static final Inspection NOT_FOUND = new Inspection(null);

    public boolean found() {
        return bundle != null;
    }
}
