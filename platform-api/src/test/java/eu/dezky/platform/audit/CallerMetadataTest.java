package eu.dezky.platform.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.dezky.platform.support.Api;
import eu.dezky.platform.support.ComponentTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every event records who caused it: the audit trail starts at the command's dispatch. */
@ComponentTest
class CallerMetadataTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void tenantCreatedEventRecordsSubjectAudienceTenantRequestIdAndClientIp() throws Exception {
        Api api = new Api(port);
        var response = api.send("POST", "/api/tenants", api.token("op-audit", "operator"),
                Api.tenantBody("audited", "owner", null), Map.of("X-Request-Id", "req-12345"));
        assertThat(response.status()).isEqualTo(201);
        assertThat(response.header("X-Request-Id")).isEqualTo("req-12345");

        byte[] metadata = jdbc.queryForObject(
                "SELECT metadata FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber = 0",
                byte[].class, "audited");
        JsonNode recorded = new ObjectMapper().readTree(metadata);

        assertThat(recorded.get("subject").asText()).isEqualTo("op-audit");
        assertThat(recorded.get("audience").asText()).isEqualTo("operator");
        assertThat(recorded.get("tenant").asText()).isEqualTo("audited");
        assertThat(recorded.get("requestId").asText()).isEqualTo("req-12345");
        assertThat(recorded.get("clientIp").asText()).isEqualTo("127.0.0.1");
    }
}
