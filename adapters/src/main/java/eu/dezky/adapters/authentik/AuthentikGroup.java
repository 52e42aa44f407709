package eu.dezky.adapters.authentik;

import java.util.List;
import java.util.UUID;

/** The fields of Authentik's {@code Group} the engine reads. */
record AuthentikGroup(UUID pk, String name, List<Integer> users) {
}
