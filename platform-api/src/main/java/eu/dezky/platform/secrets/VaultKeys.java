package eu.dezky.platform.secrets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Where the vault's key comes from: {@code DEZKY_VAULT_KEY} (base64 of 32 bytes) when set; otherwise a key generated
 * once and kept in {@code <DEZKY_DATA_DIR>/vault.key} with owner-only permissions, with a warning, because a key
 * beside the data protects against a leaked database dump only.
 */
final class VaultKeys {

    private static final Logger log = LoggerFactory.getLogger(VaultKeys.class);
    private static final int KEY_BYTES = 32;

    private VaultKeys() {
    }

    static SecretKey load(String configured, Path dataDir) {
        if (configured != null && !configured.isBlank()) {
            return key(decode(configured.trim(), "DEZKY_VAULT_KEY"));
        }
        Path file = dataDir.resolve("vault.key");
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(dataDir);
                byte[] fresh = new byte[KEY_BYTES];
                new SecureRandom().nextBytes(fresh);
                Path temp = Files.createTempFile(dataDir, "vault", ".tmp");
                restrict(temp);
                Files.writeString(temp, Base64.getEncoder().encodeToString(fresh));
                Files.move(temp, file);
            }
            log.warn("DEZKY_VAULT_KEY is not set: the secret vault uses the key generated in {}; set DEZKY_VAULT_KEY"
                    + " (base64 of 32 random bytes) in production", file.toAbsolutePath());
            return key(decode(Files.readString(file).trim(), file.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("the vault key in " + file + " could not be read or created", e);
        }
    }

    private static void restrict(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system (Windows development machine): the directory's ACL applies
        }
    }

    private static byte[] decode(String base64, String source) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(source + " is not base64", e);
        }
        if (bytes.length != KEY_BYTES) {
            throw new IllegalStateException(source + " must hold 32 bytes (AES-256), not " + bytes.length);
        }
        return bytes;
    }

    private static SecretKey key(byte[] bytes) {
        return new SecretKeySpec(bytes, "AES");
    }
}
