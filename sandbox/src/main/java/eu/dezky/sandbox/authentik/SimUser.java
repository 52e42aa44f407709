package eu.dezky.sandbox.authentik;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Mutable server-side user row; only touched under the {@link AuthentikState} lock. */
final class SimUser {
    final int pk;
    final UUID uuid = UUID.randomUUID();
    final Instant dateJoined = Instant.now();
    String username;
    String name;
    String email = "";
    boolean active = true;
    String path = "users";
    String type = "internal";
    Map<String, Object> attributes = new LinkedHashMap<>();
    final Set<UUID> groups = new LinkedHashSet<>();
    String password;
    Instant passwordChanged = Instant.now();
    Instant lastUpdated = Instant.now();

    SimUser(int pk, String username) {
        this.pk = pk;
        this.username = username;
    }
}
