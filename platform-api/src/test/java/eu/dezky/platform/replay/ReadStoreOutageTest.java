package eu.dezky.platform.replay;

import com.fasterxml.jackson.databind.JsonNode;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import eu.dezky.api.common.EmailAddress;
import eu.dezky.api.tenant.CreateTenantCommand;
import eu.dezky.api.tenant.TenantId;
import eu.dezky.api.tenant.TenantOwner;
import eu.dezky.platform.support.Api;
import eu.dezky.platform.support.ExternalSimulators;
import eu.dezky.platform.support.Onboarding;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The read models' MongoDB goes away for longer than the driver waits for a server, while events keep arriving in
 * the event store: the routes answer 503 and health says DOWN meanwhile; no projection parks an event it could not
 * write (an outage is not the event's fault), none is lost, and once MongoDB is back every read model catches up by
 * itself. The MongoDB here is a Mongo-protocol server of the test's own, stopped (every connection cut) and started
 * again on the same port over the same data, as a restarted or failed-over server would come back.
 */
class ReadStoreOutageTest {

    private static final ExternalSimulators SYSTEMS = new ExternalSimulators();
    /** The server's data outlives the server: a stopped server closes its backend, which would drop it. */
    private static final MemoryBackend DATA = new MemoryBackend() {
        @Override
        public void close() {
        }
    };

    @AfterAll
    static void stop() {
        SYSTEMS.close();
    }

    @Test
    void eventsThatArriveWhileTheReadStoreIsDownReachTheReadModelsOnceItIsBackAndNoneIsParked() {
        MongoServer mongo = new MongoServer(DATA);
        mongo.bind("127.0.0.1", 0);
        int port = mongo.getLocalAddress().getPort();
        Map<String, Object> properties = SYSTEMS.engineProperties(Map.of());
        // the driver gives up on an absent server after a second, so the projections meet the outage many times
        properties.put("MONGODB_URI", "mongodb://127.0.0.1:" + port + "/outage?serverSelectionTimeoutMS=1000"
                + "&connectTimeoutMS=500&socketTimeoutMS=5000");

        try (ConfigurableApplicationContext engine = ExternalSimulators.startEngine(properties)) {
            Api api = new Api(ExternalSimulators.port(engine));
            String operator = api.token("op", "operator");
            new Onboarding(api).tenant("before-co");

            mongo.shutdownNow();
            Api.Response refused = api.get("/api/tenants/before-co", operator);
            assertThat(refused.status()).as(refused.toString()).isEqualTo(503);
            assertThat(refused.body().get("code").asText()).isEqualTo("service-unavailable");
            assertThat(refused.header("Retry-After")).isNotBlank();
            assertThat(api.get("/actuator/health/readiness", null).status()).isEqualTo(503);
            // the command side needs only PostgreSQL: a tenant created now is in the event store at once
            engine.getBean(CommandGateway.class).sendAndWait(new CreateTenantCommand(new TenantId("during-co"),
                    "Created during the outage", new TenantOwner("dora", new EmailAddress("dora@during.test")), null));
            sleep(Duration.ofSeconds(5)); // several batches meet the outage and are retried with back-off

            mongo = new MongoServer(DATA);
            mongo.bind("127.0.0.1", port);
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() ->
                    api.get("/api/tenants/during-co", operator).status() == 200);
            JsonNode during = api.get("/api/tenants/during-co", operator).body();
            assertThat(during.get("displayName").asText()).isEqualTo("Created during the outage");
            assertThat(api.get("/api/tenants/before-co", operator).status()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/api/tenants?limit=200", operator).body()
                    .path("tenants").toString().contains("during-co"));
            assertThat(engine.getBean(JdbcTemplate.class).queryForObject("SELECT count(*) FROM deadletterentry",
                    Long.class)).as("no event parked for an outage").isZero();
            await().atMost(Duration.ofSeconds(10)).until(() ->
                    api.get("/actuator/health/readiness", null).status() == 200);
        } finally {
            mongo.shutdownNow();
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
