package eu.dezky.platform.secrets;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/** The vault's key, cipher and store; the key is read once at start-up; expired entries are swept on a schedule. */
@Configuration(proxyBeanMethods = false)
class SecretsConfig {

    private static final Logger log = LoggerFactory.getLogger(SecretsConfig.class);

    @Bean
    SecretCipher secretCipher(@Value("${dezky.vault.key:}") String key, @Value("${dezky.data-dir}") Path dataDir) {
        return new SecretCipher(VaultKeys.load(key, dataDir));
    }

    @Bean
    JdbcSecretVault secretVault(JdbcTemplate jdbc, SecretCipher cipher) {
        return new JdbcSecretVault(jdbc, cipher);
    }

    /**
     * Deletes expired vault entries (a saga that never ended, an engine stopped mid-create) every
     * DEZKY_VAULT_SWEEP_INTERVAL. A db-scheduler task rather than Spring's {@code @Scheduled}: it is already running
     * for the deadlines, keeps its schedule in the database across restarts, and runs on one engine at a time when
     * several share the database.
     */
    @Bean
    RecurringTask<Void> secretVaultSweep(JdbcSecretVault vault, @Value("${dezky.vault.sweep-interval}") Duration every) {
        return Tasks.recurring("secret-vault-sweep", FixedDelay.of(every)).execute((instance, context) -> {
            int swept = vault.sweep(Instant.now());
            if (swept > 0) {
                log.info("Deleted {} expired one-time password vault entries", swept);
            }
        });
    }

    @Bean
    OneTimePasswords oneTimePasswords() {
        return new OneTimePasswords();
    }
}
