package eu.dezky.platform.support;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Gives each Spring test context its own PostgreSQL database, Mongo database and data directory, so cached
 * contexts never compete for the same tracking tokens or see each other's tenants.
 */
public class IsolatedInfrastructure implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("isolated-test-infrastructure",
                Map.copyOf(properties(TestInfrastructure.get().newJdbcDatabase(), TestInfrastructure.get().newMongoUri()))));
    }

    /** The properties that point the engine at one database pair; reused by tests that restart a context. */
    public static Map<String, Object> properties(String jdbcUrl, String mongoUri) {
        try {
            return Map.of(
                    "DEZKY_JDBC_URL", jdbcUrl,
                    "DEZKY_JDBC_USER", TestInfrastructure.get().jdbcUser(),
                    "DEZKY_JDBC_PASSWORD", TestInfrastructure.get().jdbcPassword(),
                    "MONGODB_URI", mongoUri,
                    "DEZKY_DATA_DIR", Files.createTempDirectory("dezky-test-data").toString(),
                    "DEZKY_SCHEDULER_POLLING", "1s",
                    // connections on demand: cached test contexts must not hold PostgreSQL's 100 connections idle
                    "spring.datasource.hikari.minimum-idle", "1",
                    // ... and a cached context nobody uses lets its connections go within seconds (two forks share them)
                    "spring.datasource.hikari.idle-timeout", "10000",
                    // The Stalwart simulator creates DKIM keys within 200 ms; no need to wait 15 s between looks.
                    "DEZKY_DOMAIN_DKIM_WAIT_INTERVAL", "500ms");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
