package eu.dezky.api.common;

/**
 * A value failed its shape check; {@link #field()} names the offending input so the HTTP layer can answer
 * 400 with the field instead of a generic error.
 */
public class InvalidValueException extends IllegalArgumentException {

    private final String field;

    public InvalidValueException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** Throws when {@code condition} is false; keeps compact constructors one line per rule. */
    public static void require(boolean condition, String field, String message) {
        if (!condition) {
            throw new InvalidValueException(field, message);
        }
    }
}
