package eu.dezky.platform.config;

import eu.dezky.platform.DezkyEngineApplication;
import eu.dezky.platform.support.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With nothing configured the engine keeps everything under the data directory (file-backed H2 for the JDBC
 * stores, the in-process Mongo server with its H2 file for read models): a tenant survives a restart.
 */
class EmbeddedDefaultsRestartTest {

    @Test
    void aTenantCreatedOnEmbeddedDefaultsSurvivesARestart(@TempDir Path dataDir) {
        Map<String, Object> embedded = Map.of("DEZKY_DATA_DIR", dataDir.toString(), "PORT", "0");
        String token;

        try (ConfigurableApplicationContext first = start(embedded)) {
            Api api = new Api(port(first));
            token = api.token("op-embedded", "operator");
            assertThat(api.post("/api/tenants", token, Api.tenantBody("kept", "owner", null)).status()).isEqualTo(201);
            var health = api.get("/actuator/health", null);
            assertThat(health.body().at("/components/eventStore/status").asText()).isEqualTo("UP");
            assertThat(health.body().at("/components/mongo/status").asText()).isEqualTo("UP");
        }
        assertThat(Files.exists(dataDir.resolve("jdbc/engine.mv.db"))).isTrue();
        assertThat(Files.exists(dataDir.resolve("mongo/readmodels.mv"))).isTrue();

        try (ConfigurableApplicationContext second = start(embedded)) {
            // The dev issuer's key is kept too, so the token minted before the restart is still accepted.
            var tenant = new Api(port(second)).get("/api/tenants/kept", token);
            assertThat(tenant.status()).isEqualTo(200);
            assertThat(tenant.body().get("slug").asText()).isEqualTo("kept");
        }
    }

    private static ConfigurableApplicationContext start(Map<String, Object> properties) {
        return new SpringApplicationBuilder(DezkyEngineApplication.class).properties(properties).run();
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
