package eu.dezky.sagas.steps;

/**
 * What a step (or its undo, or a look-up) reports when it holds: a detail worth showing and the id of the object it
 * concerns in the external system, either may be null.
 */
public record Done(String detail, String objectId) {

    private static final Done PLAIN = new Done(null, null);

    /** Done, nothing to add. */
    public static Done plain() {
        return PLAIN;
    }

    public static Done detail(String detail) {
        return new Done(detail, null);
    }

    public static Done object(String objectId) {
        return new Done(null, objectId);
    }
}
