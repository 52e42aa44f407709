package eu.dezky.sandbox.authentik;

import java.time.Instant;
import java.util.UUID;

/** An authenticated browser session of one user, created by a simulated login. */
record SimSession(UUID uuid, int user, String lastIp, String userAgent, Instant lastUsed, Instant expires) {
}
