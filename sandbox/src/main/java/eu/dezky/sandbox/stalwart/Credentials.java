package eu.dezky.sandbox.stalwart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Map;

/**
 * Stalwart's rules for an account's {@code credentials} object list: one password at most, secondary
 * credentials only through their own objects, {@code "****"} meaning "unchanged", a minimum length,
 * server-assigned {@code credentialId}s.
 */
final class Credentials {

    static final String MASK = "****";

    private Credentials() {
    }

    static void validate(ObjectNode credentials, JsonNode before) {
        int passwords = 0;
        long nextId = 0;
        if (before != null) {
            for (JsonNode c : before) {
                nextId = Math.max(nextId, StalwartIds.decode(c.path("credentialId").asText("a")) + 1);
            }
        }
        for (Map.Entry<String, JsonNode> e : iterable(credentials)) {
            ObjectNode credential = (ObjectNode) e.getValue();
            JsonNode previous = before == null ? null : before.get(e.getKey());
            if (!"Password".equals(credential.path("@type").asText())) {
                if (previous == null || !previous.equals(credential)) {
                    throw new SetErrorException(SetError.invalidProperties(
                            "Secondary credentials cannot be set directly.", "credentials"));
                }
                continue;
            }
            passwords++;
            String secret = credential.path("secret").asText(null);
            if (MASK.equals(secret)) {
                if (previous == null || !previous.has("secret")) {
                    throw new SetErrorException(SetError.invalidProperties("Password is required.", "secret"));
                }
                credential.set("secret", previous.path("secret"));
            } else if (secret == null || (!secret.startsWith("$") && !secret.startsWith("{") && secret.length() < 8)) {
                throw new SetErrorException(SetError.invalidProperties(
                        "Password must be at least 8 characters long.", "secret"));
            }
            if (!credential.has("credentialId")) {
                credential.put("credentialId", previous != null && previous.has("credentialId")
                        ? previous.path("credentialId").asText() : StalwartIds.encode(nextId++));
            }
            if (!credential.has("expiresAt")) {
                credential.putNull("expiresAt");
            }
            if (!credential.has("allowedIps")) {
                credential.putObject("allowedIps");
            }
        }
        if (passwords > 1) {
            throw new SetErrorException(SetError.invalidProperties(
                    "Only one password credential is allowed.", "credentials"));
        }
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(ObjectNode node) {
        return node::fields;
    }
}
