package eu.dezky.platform.web.http;

import java.net.URI;

/**
 * A create whose provisioning failed (and was undone) within the short wait: not a 201 with a failed resource but a
 * problem ({@code provisioning-failed}) with the reason, the resource's {@code Location}, its {@code id} and the
 * {@code operationId} whose steps show what each system answered.
 */
public final class ProvisioningFailedException extends RuntimeException {

    private final transient URI location;
    private final String id;
    private final String operationId;

    public ProvisioningFailedException(String reason, URI location, String id, String operationId) {
        super(reason, null, false, false);
        this.location = location;
        this.id = id;
        this.operationId = operationId;
    }

    public URI location() {
        return location;
    }

    public String id() {
        return id;
    }

    public String operationId() {
        return operationId;
    }
}
