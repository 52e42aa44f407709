package eu.dezky.platform.domain;

import eu.dezky.adapters.dns.KnotServer;
import eu.dezky.platform.support.Api;
import eu.dezky.platform.support.ComponentTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mail provisioning switched off: registration is skipped at once, so the add is answered 201 with the view, and
 * the only record to publish is the ownership token, which the local DNS server then verifies.
 */
@ComponentTest
class MailDomainWithoutMailServerTest {

    @RegisterExtension
    static final KnotServer DNS = new KnotServer().zone("owned.test", "");

    @DynamicPropertySource
    static void noMailServer(DynamicPropertyRegistry registry) {
        registry.add("STALWART_PROVISIONING_ENABLED", () -> "false");
        registry.add("DNS_RESOLVERS", DNS::resolver);
        registry.add("DNS_TIMEOUT", () -> "1s");
    }

    @LocalServerPort
    int port;

    @Test
    void aDomainIsCreatedAt201WithOnlyTheOwnershipRecordAndSaysWhy() throws Exception {
        Api api = new Api(port);
        api.post("/api/tenants", api.token("op", "operator"), Api.tenantBody("plain-co", "plain-admin", null));
        String admin = api.token("plain-admin", "customer-admin");

        var added = api.post("/api/tenants/plain-co/domains", admin, Map.of("domain", "owned.test"));

        assertThat(added.status()).isEqualTo(201);
        assertThat(added.header("Location")).isEqualTo("/api/tenants/plain-co/domains/owned.test");
        assertThat(added.body().get("status").asText()).isEqualTo("PENDING");
        assertThat(added.body().get("problem").asText()).contains("switched off");
        assertThat(added.body().get("records")).hasSize(1);
        var ownership = added.body().get("records").get(0);
        assertThat(ownership.get("type").asText()).isEqualTo("OWNERSHIP");
        // 24 random bytes, URL-safe base64: 32 characters after the prefix.
        assertThat(ownership.get("expected").asText()).matches("dezky-verify=[A-Za-z0-9_-]{32}");

        DNS.publish("owned.test", PublishedRecords.zone(added.body()));
        var checked = api.post("/api/tenants/plain-co/domains/owned.test/recheck", admin, null);

        assertThat(checked.status()).isEqualTo(200);
        assertThat(checked.body().get("status").asText()).isEqualTo("VERIFIED");
    }
}
