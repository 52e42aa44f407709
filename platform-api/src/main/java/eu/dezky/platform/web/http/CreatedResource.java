package eu.dezky.platform.web.http;

import java.net.URI;

/**
 * What a create knows once its operation ended: where the resource is, its id, and why its provisioning failed
 * ({@code failure}; null when it did not).
 */
public record CreatedResource(URI location, String id, String failure) {

    /** A resource whose provisioning failed when {@code failed}, for {@code reason} (a default when it has none). */
    public static CreatedResource of(URI location, String id, boolean failed, String reason) {
        return new CreatedResource(location, id, !failed ? null
                : reason == null || reason.isBlank() ? "provisioning failed; the operation shows each step" : reason);
    }
}
