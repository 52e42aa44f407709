package eu.dezky.sandbox.authentik;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A snapshot of one simulated Authentik user, for test assertions (includes the password set, the {@code uuid} and
 * the hashed {@code uid} the API shows).
 */
public record AuthentikUserState(int pk, String username, String name, String email, boolean active,
                                 Map<String, Object> attributes, String password, String uuid, String uid) {

    /** Copies the attributes so the snapshot does not change with the simulator. */
    public AuthentikUserState {
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }
}
