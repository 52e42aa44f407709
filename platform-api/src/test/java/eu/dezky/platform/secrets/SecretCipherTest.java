package eu.dezky.platform.secrets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The vault's cipher, its key source and the one-time password policy. */
class SecretCipherTest {

    private static final byte[] AAD = "secret_vault:r1".getBytes(StandardCharsets.UTF_8);

    @Test
    void aSealedSecretOpensOnlyWithItsKeyAndPlace(@TempDir Path dir) {
        SecretCipher cipher = new SecretCipher(VaultKeys.load(null, dir));
        SecretCipher.Sealed sealed = cipher.seal("hunter2-but-longer".getBytes(StandardCharsets.UTF_8), AAD);

        assertThat(new String(cipher.open(SecretCipher.Sealed.split(sealed.joined()), AAD), StandardCharsets.UTF_8))
                .isEqualTo("hunter2-but-longer");
        assertThat(new String(sealed.ciphertext(), StandardCharsets.ISO_8859_1)).doesNotContain("hunter2");
        assertThatThrownBy(() -> cipher.open(sealed, "elsewhere".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalStateException.class);
        SecretCipher other = new SecretCipher(VaultKeys.load(Base64.getEncoder().encodeToString(new byte[32]), dir));
        assertThatThrownBy(() -> other.open(sealed, AAD)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aGeneratedKeyIsKeptOwnerOnlyAndReusedOnTheNextStart(@TempDir Path dir) throws Exception {
        SecretCipher first = new SecretCipher(VaultKeys.load("", dir));
        SecretCipher.Sealed sealed = first.seal(new byte[]{1, 2, 3}, AAD);
        SecretCipher second = new SecretCipher(VaultKeys.load("", dir));

        assertThat(second.open(sealed, AAD)).containsExactly(1, 2, 3);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("vault.key"))))
                .isEqualTo("rw-------");
    }

    @Test
    void aConfiguredKeyMustBe32Bytes(@TempDir Path dir) {
        assertThatThrownBy(() -> VaultKeys.load(Base64.getEncoder().encodeToString(new byte[16]), dir))
                .hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> VaultKeys.load("not base64!", dir)).hasMessageContaining("not base64");
    }

    @Test
    void oneTimePasswordsAreLongMixedAndDifferent() {
        OneTimePasswords passwords = new OneTimePasswords();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String password = passwords.next();
            assertThat(password).hasSize(20).matches(".*[A-Z].*").matches(".*[a-z].*").matches(".*[0-9].*")
                    .matches(".*[^A-Za-z0-9].*");
            assertThat(seen.add(password)).isTrue();
        }
    }
}
