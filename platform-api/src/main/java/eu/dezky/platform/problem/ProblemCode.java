package eu.dezky.platform.problem;

import java.util.Locale;

/**
 * The codes of the engine's own problems (besides the business-rule codes the aggregates name, such as
 * {@code tenant-exists}). Each has the {@code type} URI {@code https://docs.dezky.eu/problems/<code>}.
 */
public enum ProblemCode {
    /** A value of the request (body field, path or query parameter, header) is malformed; {@code field} names it. */
    INVALID_VALUE,
    /** The body names a property the route does not know; {@code field} names it. */
    UNKNOWN_PROPERTY,
    /** The body is no JSON, not the JSON object the route reads, or missing. */
    MALFORMED_BODY,
    /** The request line or a header is refused before any route sees it ({@code ..}, {@code ;}, {@code %2F}, NUL). */
    REJECTED_REQUEST,
    UNAUTHORIZED,
    FORBIDDEN,
    NOT_FOUND,
    METHOD_NOT_ALLOWED,
    NOT_ACCEPTABLE,
    UNSUPPORTED_MEDIA_TYPE,
    PAYLOAD_TOO_LARGE,
    /** Two requests changed the same resource at once; read it again and retry. */
    CONCURRENT_CHANGE,
    /** A request with this {@code Idempotency-Key} is still running. */
    IDEMPOTENCY_KEY_IN_USE,
    /** This {@code Idempotency-Key} was used with another body. */
    IDEMPOTENCY_KEY_REUSED,
    /**
     * A create's provisioning failed within the short wait and was undone; {@code Location} names the failed resource,
     * the detail says why in words an admin can act on.
     */
    PROVISIONING_FAILED,
    /** Any other 4xx the web stack answers by itself. */
    BAD_REQUEST,
    /** A fault of the engine; logged, no internals in the body. */
    INTERNAL_ERROR,
    SERVICE_UNAVAILABLE;

    /** The wire spelling: {@code invalid-value}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The code an error of the web stack gets from its status alone. */
    public static ProblemCode forStatus(int status) {
        return switch (status) {
            case 400 -> BAD_REQUEST;
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONCURRENT_CHANGE;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 503 -> SERVICE_UNAVAILABLE;
            default -> status >= 500 ? INTERNAL_ERROR : BAD_REQUEST;
        };
    }
}
