package eu.dezky.api.common;

/**
 * Metadata keys every command carries and every event inherits (through correlation data): who caused it, for which
 * tenant, in which request and as part of which operation. The audit trail and the operations read model read them.
 */
public final class MessageMetadata {

    public static final String SUBJECT = "subject";
    public static final String AUDIENCE = "audience";
    public static final String TENANT = "tenant";
    public static final String REQUEST_ID = "requestId";
    public static final String CLIENT_IP = "clientIp";
    /** The caller's {@code email} claim, when the token has one. */
    public static final String EMAIL = "email";
    public static final String OPERATION_ID = "operationId";

    private MessageMetadata() {
    }
}
