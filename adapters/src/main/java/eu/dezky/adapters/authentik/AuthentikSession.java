package eu.dezky.adapters.authentik;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.UUID;

/** The fields of an {@code AuthenticatedSession} the engine reads; {@code user} is the owner's pk. */
public record AuthentikSession(UUID uuid, int user, @JsonProperty("last_ip") String lastIp,
                               @JsonProperty("last_used") String lastUsed) {

    /** The typed session id. */
    public AuthentikSessionId id() {
        return new AuthentikSessionId(uuid);
    }
}
