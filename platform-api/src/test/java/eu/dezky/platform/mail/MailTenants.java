package eu.dezky.platform.mail;

import com.fasterxml.jackson.databind.JsonNode;
import eu.dezky.platform.integrations.Sandbox;
import eu.dezky.platform.support.Api;
import eu.dezky.sandbox.stalwart.StalwartSandboxSimulator;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Tenants with mail domains and active members over HTTP, as the alias and list tests need them. */
final class MailTenants {

    private final Api api;
    private final Sandbox sandbox;
    private final String operator;

    MailTenants(Api api, Sandbox sandbox) {
        this.api = api;
        this.sandbox = sandbox;
        this.operator = api.token("op", "operator");
    }

    /** A new tenant with {@code domain} registered in the mail server; answers its admin's token. */
    String tenantWithDomain(String slug, String domain) {
        assertThat(api.post("/api/tenants", operator, Api.tenantBody(slug, slug + "-admin", null)).status())
                .isEqualTo(201);
        String admin = api.token(slug + "-admin", "customer-admin");
        addDomain(slug, admin, domain);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() ->
                !api.get("/api/tenants/" + slug, admin).body().path("primaryMailDomain").isMissingNode());
        return admin;
    }

    void addDomain(String slug, String admin, String domain) {
        var added = api.post("/api/tenants/" + slug + "/domains", admin, Map.of("domain", domain));
        assertThat(added.status()).as(added.toString()).isIn(201, 202);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() ->
                !api.get("/api/tenants/" + slug + "/domains/" + domain, admin).body().get("status").asText()
                        .equals("PROVISIONING"));
    }

    /** An onboarded member; answers their view. */
    JsonNode activeMember(String slug, String admin, String username) {
        Api.Response created = api.post("/api/tenants/" + slug + "/members", admin,
                Map.of("displayName", "Test " + username, "username", username, "role", "member"));
        assertThat(created.status()).as(created.toString()).isIn(201, 202);
        String path = "/api/tenants/" + slug + "/members/" + created.body().get("id").asText();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                !api.get(path, admin).body().path("status").asText().equals("PROVISIONING"));
        JsonNode member = api.get(path, admin).body();
        assertThat(member.get("status").asText()).as(member.toString()).isEqualTo("ACTIVE");
        return member;
    }

    /** Polls a 202's Location (or the object's route) until its operation has settled. */
    JsonNode settled(String path, String admin, String... busy) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            String status = api.get(path, admin).body().path("status").asText();
            return !java.util.List.of(busy).contains(status);
        });
        return api.get(path, admin).body();
    }

    StalwartSandboxSimulator stalwart() {
        return (StalwartSandboxSimulator) sandbox.simulator("stalwart").orElseThrow();
    }

    /** The simulator's id of a registered domain. */
    String stalwartDomainId(String domain) {
        return stalwart().simulator().inspect().domainNamed(domain).orElseThrow().path("id").asText();
    }

    /** Whether the mail server has {@code localPart@domain} as an alias on the account with {@code mailbox}. */
    boolean hasAlias(String mailbox, String localPart, String domain) {
        String domainId = stalwartDomainId(domain);
        Optional<JsonNode> account = stalwart().simulator().inspect().accountWithEmail(mailbox);
        assertThat(account).as("account " + mailbox).isPresent();
        for (JsonNode alias : account.get().path("aliases")) {
            if (alias.path("name").asText().equals(localPart) && alias.path("domainId").asText().equals(domainId)) {
                return true;
            }
        }
        return false;
    }

    /** The mail server's list named {@code localPart} on {@code domain}, if any. */
    Optional<JsonNode> list(String localPart, String domain) {
        String domainId = stalwartDomainId(domain);
        return stalwart().simulator().inspect().mailingLists().stream()
                .filter(l -> l.path("name").asText().equals(localPart) && l.path("domainId").asText().equals(domainId))
                .findFirst();
    }
}
