package eu.dezky.sandbox.http;

/**
 * Thrown inside a simulator handler to answer with a vendor error: {@code body} is serialised as JSON
 * (null for an empty body). It keeps handlers linear instead of threading error results through.
 */
public final class SimError extends RuntimeException {

    private final int status;
    private final transient Object body;

    /** An error answer with {@code status} and JSON {@code body}. */
    public SimError(int status, Object body) {
        super("simulated " + status, null, false, false);
        this.status = status;
        this.body = body;
    }

    /** HTTP status to answer with. */
    public int status() {
        return status;
    }

    /** JSON body, or null for none. */
    public Object body() {
        return body;
    }
}
