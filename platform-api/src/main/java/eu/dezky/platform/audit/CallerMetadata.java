package eu.dezky.platform.audit;

import eu.dezky.api.common.MessageMetadata;

import java.util.List;

/**
 * Metadata keys that record who caused a message; copied from each command to the events it produces. The keys are
 * the contract's ({@link MessageMetadata}), so projections can read them too.
 */
public final class CallerMetadata {

    public static final String SUBJECT = MessageMetadata.SUBJECT;
    public static final String AUDIENCE = MessageMetadata.AUDIENCE;
    public static final String TENANT = MessageMetadata.TENANT;
    public static final String REQUEST_ID = MessageMetadata.REQUEST_ID;
    public static final String CLIENT_IP = MessageMetadata.CLIENT_IP;
    /** The caller's {@code email} claim, when the token has one. */
    public static final String EMAIL = MessageMetadata.EMAIL;
    /** The operation a message starts or belongs to (see {@code OperationScoped}). */
    public static final String OPERATION_ID = MessageMetadata.OPERATION_ID;

    public static final List<String> KEYS = List.of(SUBJECT, AUDIENCE, TENANT, REQUEST_ID, CLIENT_IP, EMAIL,
            OPERATION_ID);

    private CallerMetadata() {
    }
}
