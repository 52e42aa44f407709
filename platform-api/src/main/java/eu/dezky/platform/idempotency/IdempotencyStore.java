package eu.dezky.platform.idempotency;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import eu.dezky.platform.secrets.SecretCipher;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Idempotency records in the engine's JDBC database. Claiming a key is an INSERT, so two concurrent requests
 * with one key cannot both proceed: the primary key lets exactly one claim win.
 */
@Component
public class IdempotencyStore {

    static final Duration RETENTION = Duration.ofHours(24);

    private final JdbcTemplate jdbc;
    private final SecretCipher cipher;
    private final Clock clock;

    IdempotencyStore(JdbcTemplate jdbc, SecretCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.clock = Clock.systemUTC();
    }

    /** A stored record: {@code completed} false while the first request is still being served. */
    record Stored(String requestHash, boolean completed, int status, String contentType, String location, byte[] body) {
    }

    /** True when this request now owns the key; false when a live record exists already. */
    boolean claim(String scopeKey, String requestHash) {
        Instant now = clock.instant();
        // An expired record no longer protects anything; free its key.
        jdbc.update("DELETE FROM idempotency_record WHERE scope_key = ? AND created_at < ?",
                scopeKey, Timestamp.from(now.minus(RETENTION)));
        try {
            jdbc.update("INSERT INTO idempotency_record (scope_key, request_hash, created_at, completed) VALUES (?, ?, ?, FALSE)",
                    scopeKey, requestHash, Timestamp.from(now));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    Optional<Stored> find(String scopeKey) {
        List<Stored> rows = jdbc.query("SELECT request_hash, completed, status, content_type, location, body"
                        + " FROM idempotency_record WHERE scope_key = ?",
                (rs, i) -> new Stored(rs.getString(1), rs.getBoolean(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                        open(scopeKey, rs.getBytes(6))),
                scopeKey);
        return rows.stream().findFirst();
    }

    void complete(String scopeKey, int status, String contentType, String location, byte[] body) {
        jdbc.update("UPDATE idempotency_record SET completed = TRUE, status = ?, content_type = ?, location = ?, body = ?"
                + " WHERE scope_key = ?", status, contentType, location, seal(scopeKey, body), scopeKey);
    }

    /**
     * Response bodies are stored encrypted with the vault's cipher, bound to their scope: a replayed answer may carry
     * a secret (a new member's one-time password), and the table must never hold one in plaintext.
     */
    private byte[] seal(String scopeKey, byte[] body) {
        return body == null ? null : cipher.seal(body, scopeKey.getBytes(StandardCharsets.UTF_8)).joined();
    }

    private byte[] open(String scopeKey, byte[] stored) {
        return stored == null ? null
                : cipher.open(SecretCipher.Sealed.split(stored), scopeKey.getBytes(StandardCharsets.UTF_8));
    }

    /** Forgets a claim whose request failed on our side, so the client's retry is served afresh. */
    void release(String scopeKey) {
        jdbc.update("DELETE FROM idempotency_record WHERE scope_key = ?", scopeKey);
    }
}
