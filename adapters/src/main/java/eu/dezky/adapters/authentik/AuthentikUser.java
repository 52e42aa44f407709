package eu.dezky.adapters.authentik;

import com.fasterxml.jackson.annotation.JsonProperty;
import eu.dezky.adapters.common.Ownership;

import java.util.Map;
import java.util.Optional;

/**
 * The fields of Authentik's {@code User} the engine reads; everything else is ignored on purpose. {@code uid} (the
 * hashed id) and {@code uuid} are read-only in Authentik and feed {@link SsoSubjectMode}: the {@code sub} the
 * member's tokens will carry.
 */
public record AuthentikUser(int pk, String username, String name, String email,
                            @JsonProperty("is_active") boolean active, Map<String, Object> attributes,
                            String uid, String uuid) {

    /** Key under {@code attributes} that holds our ownership marker. */
    public static final String MARKER = "dezky";

    /** Attributes are never null after reading. */
    public AuthentikUser {
        attributes = attributes == null ? Map.of() : attributes;
    }

    /** The {@code sub} claim an OAuth2 provider with this {@code sub_mode} puts into the user's tokens. */
    public String subject(SsoSubjectMode mode) {
        return mode.subjectOf(this);
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
