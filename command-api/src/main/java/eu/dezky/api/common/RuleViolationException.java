package eu.dezky.api.common;

/**
 * A command is well-formed but breaks a business rule given the aggregate's history (for example a second
 * create of the same tenant). Mapped to 409 Conflict; {@link #code()} is a stable machine-readable reason.
 */
public class RuleViolationException extends RuntimeException {

    private final String code;

    public RuleViolationException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
