package eu.dezky.platform.secrets;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;

/** The vault's key, cipher and store; the key is read once at start-up. */
@Configuration(proxyBeanMethods = false)
class SecretsConfig {

    @Bean
    SecretCipher secretCipher(@Value("${dezky.vault.key:}") String key, @Value("${dezky.data-dir}") Path dataDir) {
        return new SecretCipher(VaultKeys.load(key, dataDir));
    }

    @Bean
    JdbcSecretVault secretVault(JdbcTemplate jdbc, SecretCipher cipher) {
        return new JdbcSecretVault(jdbc, cipher);
    }

    @Bean
    OneTimePasswords oneTimePasswords() {
        return new OneTimePasswords();
    }
}
