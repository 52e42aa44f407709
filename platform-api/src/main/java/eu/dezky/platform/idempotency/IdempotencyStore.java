package eu.dezky.platform.idempotency;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.dezky.platform.secrets.SecretCipher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Idempotency records in the engine's JDBC database. Claiming a key is an INSERT, so two concurrent requests
 * with one key cannot both proceed: the primary key lets exactly one claim win. The claim is a lease: once it has
 * run out (the request's engine died, or the request failed on our side), a retry of the same request takes the key
 * over, and finds the values the first try remembered ({@link #remember}).
 */
@Component
public class IdempotencyStore {

    static final Duration RETENTION = Duration.ofHours(24);
    private static final TypeReference<Map<String, String>> MEMO = new TypeReference<>() { };

    private final JdbcTemplate jdbc;
    private final SecretCipher cipher;
    private final ObjectMapper json;
    private final Duration lease;
    private final Clock clock = Clock.systemUTC();

    IdempotencyStore(JdbcTemplate jdbc, SecretCipher cipher, ObjectMapper json,
                     @Value("${dezky.idempotency.lease:60s}") Duration lease) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.json = json;
        this.lease = lease;
    }

    /** A stored record: {@code completed} false while a request holds (or held) the key. */
    record Stored(String requestHash, boolean completed, int status, String contentType, String location, byte[] body,
                  Instant leaseUntil) {
    }

    /**
     * True when this request now owns the key: it is new, or a request with the same body held it and its lease ran
     * out. False when a completed record or a live lease exists.
     */
    boolean claim(String scopeKey, String requestHash) {
        Instant now = clock.instant();
        // An expired record no longer protects anything; free its key.
        jdbc.update("DELETE FROM idempotency_record WHERE scope_key = ? AND created_at < ?",
                scopeKey, Timestamp.from(now.minus(RETENTION)));
        Timestamp until = Timestamp.from(now.plus(lease));
        try {
            jdbc.update("INSERT INTO idempotency_record (scope_key, request_hash, created_at, completed, lease_until)"
                    + " VALUES (?, ?, ?, FALSE, ?)", scopeKey, requestHash, Timestamp.from(now), until);
            return true;
        } catch (DuplicateKeyException e) {
            return jdbc.update("UPDATE idempotency_record SET lease_until = ? WHERE scope_key = ? AND completed = FALSE"
                    + " AND request_hash = ? AND (lease_until IS NULL OR lease_until <= ?)",
                    until, scopeKey, requestHash, Timestamp.from(now)) == 1;
        }
    }

    Optional<Stored> find(String scopeKey) {
        List<Stored> rows = jdbc.query("SELECT request_hash, completed, status, content_type, location, body, lease_until"
                        + " FROM idempotency_record WHERE scope_key = ?",
                (rs, i) -> new Stored(rs.getString(1), rs.getBoolean(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                        open(scopeKey, rs.getBytes(6)), instant(rs.getTimestamp(7))),
                scopeKey);
        return rows.stream().findFirst();
    }

    /**
     * The value the request holding {@code scopeKey} chose for {@code name}: on its first try {@code fresh}'s, on a
     * retry the first try's. Kept sealed: one of them may be a one-time password.
     */
    String remember(String scopeKey, String name, Supplier<String> fresh) {
        byte[] sealed = jdbc.queryForObject("SELECT memo FROM idempotency_record WHERE scope_key = ?", byte[].class,
                scopeKey);
        Map<String, String> memo = sealed == null ? new HashMap<>() : read(open(memoScope(scopeKey), sealed));
        String known = memo.get(name);
        if (known != null) {
            return known;
        }
        String value = fresh.get();
        memo.put(name, value);
        jdbc.update("UPDATE idempotency_record SET memo = ? WHERE scope_key = ?",
                seal(memoScope(scopeKey), write(memo)), scopeKey);
        return value;
    }

    void complete(String scopeKey, int status, String contentType, String location, byte[] body) {
        jdbc.update("UPDATE idempotency_record SET completed = TRUE, status = ?, content_type = ?, location = ?, body = ?,"
                + " memo = NULL WHERE scope_key = ?", status, contentType, location, seal(scopeKey, body), scopeKey);
    }

    /** Forgets a claim whose request changed nothing (a refusal), so a retry is served afresh. */
    void release(String scopeKey) {
        jdbc.update("DELETE FROM idempotency_record WHERE scope_key = ?", scopeKey);
    }

    /**
     * Ends the lease of a request that failed on our side, keeping what it remembered: it may have changed something
     * before failing, and a retry must repeat it with the same values to find that change.
     */
    void expire(String scopeKey) {
        jdbc.update("UPDATE idempotency_record SET lease_until = ? WHERE scope_key = ? AND completed = FALSE",
                Timestamp.from(clock.instant()), scopeKey);
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

    private static String memoScope(String scopeKey) {
        return "memo " + scopeKey;
    }

    private Map<String, String> read(byte[] memo) {
        try {
            return new HashMap<>(json.readValue(memo, MEMO));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] write(Map<String, String> memo) {
        try {
            return json.writeValueAsBytes(memo);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
