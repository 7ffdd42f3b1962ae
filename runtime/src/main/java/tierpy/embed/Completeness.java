package tierpy.embed;

/** The answer to an {@code is_complete_request}; {@code indent} matters only for INCOMPLETE. */
public record Completeness(Status status, String indent) {
    public enum Status { COMPLETE, INCOMPLETE, INVALID, UNKNOWN }

    public static final Completeness COMPLETE = new Completeness(Status.COMPLETE, "");
    public static final Completeness INVALID = new Completeness(Status.INVALID, "");
    public static final Completeness UNKNOWN = new Completeness(Status.UNKNOWN, "");

    public static Completeness incomplete(String indent) {
        return new Completeness(Status.INCOMPLETE, indent);
    }
}
