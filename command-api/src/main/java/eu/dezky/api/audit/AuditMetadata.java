package eu.dezky.api.audit;

/**
 * Metadata keys that record who caused a message and in which request and operation. The engine stamps them on
 * every command it dispatches for an HTTP request; correlation data copies them onto every event, command and
 * deadline that follows, so a saga's later steps still name the person who started the operation.
 */
public final class AuditMetadata {

    public static final String SUBJECT = "subject";
    public static final String AUDIENCE = "audience";
    /** The caller's e-mail as the token's {@code email} claim gave it; absent when the token has none. */
    public static final String EMAIL = "email";
    public static final String TENANT = "tenant";
    public static final String REQUEST_ID = "requestId";
    public static final String CLIENT_IP = "clientIp";
    public static final String OPERATION_ID = "operationId";

    private AuditMetadata() {
    }
}
