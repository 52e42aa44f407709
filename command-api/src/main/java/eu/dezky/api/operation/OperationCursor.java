package eu.dezky.api.operation;

import eu.dezky.api.common.InvalidValueException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Where a page of operations ends: the last entry's start time and id, so a page stays stable while new operations
 * start. Opaque to callers: URL-safe base64 of {@code epoch-millis:id}.
 */
public record OperationCursor(Instant startedAt, String id) {

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(
                (startedAt.toEpochMilli() + ":" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** Null for no cursor; a 400 naming {@code cursor} for one that is not ours. */
    public static OperationCursor parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(raw), StandardCharsets.UTF_8).split(":", 2);
            return new OperationCursor(Instant.ofEpochMilli(Long.parseLong(parts[0])), parts[1]);
        } catch (RuntimeException e) {
            throw new InvalidValueException("cursor", "cursor is not one this engine handed out");
        }
    }
}
