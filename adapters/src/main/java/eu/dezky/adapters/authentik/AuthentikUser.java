package eu.dezky.adapters.authentik;

import com.fasterxml.jackson.annotation.JsonProperty;
import eu.dezky.adapters.common.Ownership;

import java.util.Map;
import java.util.Optional;

/** The fields of Authentik's {@code User} the engine reads; everything else is ignored on purpose. */
public record AuthentikUser(int pk, String username, String name, String email,
                            @JsonProperty("is_active") boolean active, Map<String, Object> attributes) {

    /** Key under {@code attributes} that holds our ownership marker. */
    public static final String MARKER = "dezky";

    /** Attributes are never null after reading. */
    public AuthentikUser {
        attributes = attributes == null ? Map.of() : attributes;
    }

    /** The typed pk. */
    public AuthentikUserId id() {
        return new AuthentikUserId(pk);
    }

    /** Our marker {@code {"dezky": {"tenant": …, "member": …}}}, when the user carries one. */
    public Optional<Ownership> ownership() {
        if (!(attributes.get(MARKER) instanceof Map<?, ?> marker)
                || !(marker.get("tenant") instanceof String tenant) || !(marker.get("member") instanceof String member)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Ownership(tenant, member));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
