package eu.dezky.platform.storage;

import eu.dezky.platform.support.Api;
import eu.dezky.platform.support.ComponentTest;
import eu.dezky.projections.tenant.TenantProjection;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * ARCHITECTURE.md's storage rule, checked against the real stores: events in PostgreSQL, the read model and its
 * projection's tracking token in MongoDB (and not in PostgreSQL), health covering both.
 */
@ComponentTest
class StorageRuleTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MongoTemplate mongo;

    @Test
    void eventsLiveInPostgresAndTheProjectionTokenBesideItsReadModelInMongo() {
        Api api = new Api(port);
        assertThat(api.post("/api/tenants", api.token("op", "operator"), Api.tenantBody("stored", "o", null)).status())
                .isEqualTo(201);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM domainevententry WHERE aggregateidentifier = 'stored'",
                Integer.class)).isEqualTo(1);
        assertThat(mongo.getCollection("tenants").countDocuments(new Document("_id", "stored"))).isEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                mongo.getCollection("trackingtokens").countDocuments(
                        new Document("processorName", TenantProjection.PROCESSING_GROUP))).isPositive());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM tokenentry WHERE processorname = ?", Integer.class,
                TenantProjection.PROCESSING_GROUP)).isZero();
    }

    @Test
    void healthReportsTheEventStoreAndMongo() {
        Api api = new Api(port);
        var anonymous = api.get("/actuator/health", null);
        assertThat(anonymous.status()).isEqualTo(200);
        assertThat(anonymous.body().at("/components/eventStore/status").asText()).isEqualTo("UP");
        assertThat(anonymous.body().at("/components/mongo/status").asText()).isEqualTo("UP");
        assertThat(anonymous.body().at("/components/db/details").isMissingNode()).as("details for operators only").isTrue();

        var operator = api.get("/actuator/health", api.token("op", "operator"));
        assertThat(operator.body().at("/components/db/details/database").asText()).isEqualTo("PostgreSQL");
    }
}
