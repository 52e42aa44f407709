package eu.dezky.platform.secrets;

import eu.dezky.sagas.member.SecretVault;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The secret vault in the engine's JDBC database: AES-256-GCM ciphertext bound to its reference, readable for an
 * hour. Expired rows read as absent; they are swept whenever a secret is stored and on a schedule
 * ({@code SecretsConfig}), so a quiet engine does not keep ciphertexts past their hour either.
 */
public class JdbcSecretVault implements SecretVault {

    static final Duration LIFETIME = Duration.ofHours(1);

    private final JdbcTemplate jdbc;
    private final SecretCipher cipher;
    private final Clock clock = Clock.systemUTC();

    public JdbcSecretVault(JdbcTemplate jdbc, SecretCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** Stores {@code secret} and answers its reference, which is safe to put in events. */
    public String store(String secret) {
        return storeAs(UUID.randomUUID().toString(), secret);
    }

    /** Stores {@code secret} under a reference the caller chose (unique, at most 64 characters) and answers it. */
    public String storeAs(String ref, String secret) {
        Instant now = clock.instant();
        sweep(now);
        SecretCipher.Sealed sealed = cipher.seal(secret.getBytes(StandardCharsets.UTF_8), aad(ref));
        jdbc.update("INSERT INTO secret_vault (ref, nonce, ciphertext, expires_at) VALUES (?, ?, ?, ?)",
                ref, sealed.nonce(), sealed.ciphertext(), Timestamp.from(now.plus(LIFETIME)));
        return ref;
    }

    @Override
    public Optional<String> read(String ref) {
        List<SecretCipher.Sealed> rows = jdbc.query("SELECT nonce, ciphertext FROM secret_vault WHERE ref = ? AND expires_at > ?",
                (rs, i) -> new SecretCipher.Sealed(rs.getBytes(1), rs.getBytes(2)), ref, Timestamp.from(clock.instant()));
        return rows.stream().findFirst().map(sealed -> new String(cipher.open(sealed, aad(ref)), StandardCharsets.UTF_8));
    }

    /** Reads and deletes {@code ref}: of several concurrent takers only the one whose delete went through gets it. */
    public Optional<String> take(String ref) {
        Optional<String> secret = read(ref);
        return secret.isPresent() && jdbc.update("DELETE FROM secret_vault WHERE ref = ?", ref) == 1
                ? secret : Optional.empty();
    }

    @Override
    public void delete(String ref) {
        jdbc.update("DELETE FROM secret_vault WHERE ref = ?", ref);
    }

    /** Removes expired entries; answers how many. */
    int sweep(Instant now) {
        return jdbc.update("DELETE FROM secret_vault WHERE expires_at <= ?", Timestamp.from(now));
    }

    private static byte[] aad(String ref) {
        return ("secret_vault:" + ref).getBytes(StandardCharsets.UTF_8);
    }
}
