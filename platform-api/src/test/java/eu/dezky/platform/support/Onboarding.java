package eu.dezky.platform.support;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Over HTTP: tenants with a primary mail domain, members created and followed until onboarding settled. */
public final class Onboarding {

    private final Api api;
    private final String operator;

    public Onboarding(Api api) {
        this.api = api;
        this.operator = api.token("op", "operator");
    }

    /** A dev token with the given {@code email} claim (the plain {@link Api#token} derives it from the subject). */
    public String token(String subject, String email, String audience) {
        Api.Response response = api.send("POST", "/dev/token", null,
                Map.of("sub", subject, "email", email, "audience", audience), Map.of());
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.body().get("access_token").asText();
    }

    /** A tenant whose admin is {@code <slug>-admin}; answers that admin's token. */
    public String tenant(String slug) {
        Api.Response created = api.post("/api/tenants", operator, Api.tenantBody(slug, slug + "-admin", null));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return api.token(slug + "-admin", "customer-admin");
    }

    /** A tenant with {@code domain} as its primary mail domain, ready for members. */
    public String tenantWithDomain(String slug, String domain) {
        String admin = tenant(slug);
        var added = api.post("/api/tenants/" + slug + "/domains", admin, Map.of("domain", domain));
        assertThat(added.status()).as(added.toString()).isIn(201, 202);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() ->
                !api.get("/api/tenants/" + slug + "/domains/" + domain, admin).body().get("status").asText()
                        .equals("PROVISIONING")
                        && !api.get("/api/tenants/" + slug, admin).body().path("primaryMailDomain").isMissingNode());
        return admin;
    }

    public Api.Response create(String slug, String token, String username, String role) {
        return api.send("POST", "/api/tenants/" + slug + "/members", token,
                Map.of("displayName", "Test " + username, "username", username, "role", role), Map.of());
    }

    /** The member once onboarding left PROVISIONING (operators may always read it). */
    public JsonNode settled(String slug, Api.Response created, Duration within) {
        assertThat(created.status()).as(created.toString()).isIn(201, 202);
        String path = "/api/tenants/" + slug + "/members/" + created.body().get("id").asText();
        await().atMost(within).pollInterval(Duration.ofMillis(200)).until(() ->
                !api.get(path, operator).body().path("status").asText().equals("PROVISIONING"));
        return api.get(path, operator).body();
    }

    public JsonNode active(String slug, Api.Response created) {
        JsonNode member = settled(slug, created, Duration.ofSeconds(30));
        assertThat(member.get("status").asText()).as(member.toString()).isEqualTo("ACTIVE");
        return member;
    }
}
