package eu.dezky.platform.audit;

import java.util.List;

/** Metadata keys that record who caused a message; copied from each command to the events it produces. */
public final class CallerMetadata {

    public static final String SUBJECT = "subject";
    public static final String AUDIENCE = "audience";
    public static final String TENANT = "tenant";
    public static final String REQUEST_ID = "requestId";
    public static final String CLIENT_IP = "clientIp";
    /** The caller's {@code email} claim, when the token has one. */
    public static final String EMAIL = "email";
    /** Set by whoever starts an operation; only copied along here. */
    public static final String OPERATION_ID = "operationId";

    public static final List<String> KEYS = List.of(SUBJECT, AUDIENCE, TENANT, REQUEST_ID, CLIENT_IP, EMAIL,
            OPERATION_ID);

    private CallerMetadata() {
    }
}
