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

    /** Longest value echoed back in a message, so a 1 MB field is not answered whole. */
    public static final int MAX_ECHO = 200;

    /** {@code 'raw'} for a message, cut to {@link #MAX_ECHO} characters (marked with an ellipsis). */
    public static String quote(Object raw) {
        String text = String.valueOf(raw);
        return "'" + (text.length() > MAX_ECHO ? text.substring(0, MAX_ECHO - 1) + "…" : text) + "'";
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
