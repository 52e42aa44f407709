package eu.dezky.platform.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Over HTTP: tenants with mail domains, members created and followed until onboarding settled. Members are read with
 * an operator token, which may always read them, so a member created with any token can be followed.
 */
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
        return tenant(slug, slug + "-admin");
    }

    /** A tenant whose admin is {@code adminSubject} (one person may administer several); answers their token. */
    public String tenant(String slug, String adminSubject) {
        Api.Response created = api.post("/api/tenants", operator, Api.tenantBody(slug, adminSubject, null));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return api.token(adminSubject, "customer-admin");
    }

    /** A tenant with {@code domain} as its primary mail domain, ready for members. */
    public String tenantWithDomain(String slug, String domain) {
        return tenantWithDomain(slug, domain, slug + "-admin");
    }

    /** As {@link #tenantWithDomain(String, String)}, administered by {@code adminSubject}. */
    public String tenantWithDomain(String slug, String domain, String adminSubject) {
        String admin = tenant(slug, adminSubject);
        addDomain(slug, admin, domain);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() ->
                !api.get("/api/tenants/" + slug, admin).body().path("primaryMailDomain").isMissingNode());
        return admin;
    }

    /** Adds {@code domain} to the tenant; answers the domain's view once the mail server step is over. */
    public JsonNode addDomain(String slug, String admin, String domain) {
        var added = api.post("/api/tenants/" + slug + "/domains", admin, Map.of("domain", domain));
        assertThat(added.status()).as(added.toString()).isIn(201, 202);
        String path = "/api/tenants/" + slug + "/domains/" + domain;
        if (added.status() == 201) {
            assertThat(added.header("Location")).isEqualTo(path);
        } else {
            // still being set up: the 202 points at the set-up operation
            assertThat(added.header("Location")).startsWith("/api/tenants/" + slug + "/operations/");
            assertThat(api.get(added.header("Location"), admin).body().at("/target/id").asText()).isEqualTo(domain);
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() ->
                !api.get(path, admin).body().get("status").asText().equals("PROVISIONING"));
        return api.get(path, admin).body();
    }

    public Api.Response create(String slug, String token, String username, String role) {
        return create(slug, token, username, role, Map.of());
    }

    /** The create request as the portal sends it, with extra {@code headers} such as an Idempotency-Key. */
    public Api.Response create(String slug, String token, String username, String role, Map<String, String> headers) {
        return api.send("POST", "/api/tenants/" + slug + "/members", token,
                Map.of("displayName", "Test " + username, "username", username, "role", role), headers);
    }

    /**
     * The member once onboarding left PROVISIONING, with the create's one-time password added (the member's view
     * never shows it). A create that failed within the short wait answered 422 provisioning-failed, naming the member.
     */
    public JsonNode settled(String slug, Api.Response created, Duration within) {
        assertThat(created.status()).as(created.toString()).isIn(201, 202, 422);
        if (created.status() == 422) {
            assertThat(created.body().path("code").asText()).as(created.toString()).isEqualTo("provisioning-failed");
        }
        String path = "/api/tenants/" + slug + "/members/" + created.body().get("id").asText();
        ObjectNode member = (ObjectNode) settledAt(path, operator, within, "PROVISIONING");
        if (created.body().hasNonNull("oneTimePassword")) {
            member.set("oneTimePassword", created.body().get("oneTimePassword"));
        }
        return member;
    }

    /** The member with {@code id} once onboarding (or linking) left PROVISIONING, within 30 s. */
    public JsonNode settled(String slug, String id) {
        return settledAt("/api/tenants/" + slug + "/members/" + id, operator, Duration.ofSeconds(30), "PROVISIONING");
    }

    /** What {@code path} (a 202's Location or an object's route) shows once its status is none of {@code busy}. */
    public JsonNode settledAt(String path, String token, String... busy) {
        return settledAt(path, token, Duration.ofSeconds(30), busy);
    }

    private JsonNode settledAt(String path, String token, Duration within, String... busy) {
        List<String> busyStates = List.of(busy);
        await().atMost(within).pollInterval(Duration.ofMillis(200)).until(() ->
                !busyStates.contains(api.get(path, token).body().path("status").asText()));
        return api.get(path, token).body();
    }

    /** As {@link #settled(String, Api.Response, Duration)} within 30 s, and ACTIVE. */
    public JsonNode active(String slug, Api.Response created) {
        JsonNode member = settled(slug, created, Duration.ofSeconds(30));
        assertThat(member.get("status").asText()).as(member.toString()).isEqualTo("ACTIVE");
        return member;
    }

    /** A plain member created by {@code token} and onboarded: their view, with the one-time password. */
    public JsonNode activeMember(String slug, String token, String username) {
        return active(slug, create(slug, token, username, "member"));
    }

    /** Links the person with {@code mailbox} (a member of another tenant) into {@code slug}: a linked membership. */
    public Api.Response link(String slug, String token, String mailbox) {
        return api.send("POST", "/api/tenants/" + slug + "/members", token,
                Map.of("displayName", "Linked " + mailbox, "mailbox", mailbox, "role", "member"), Map.of());
    }

    public Api.Response remove(String slug, String token, String id) {
        return api.send("DELETE", "/api/tenants/" + slug + "/members/" + id, token, null, Map.of());
    }

    /** The member's view once their removal finished (REMOVED), within 30 s. */
    public JsonNode removed(String slug, String id) {
        return settledAt("/api/tenants/" + slug + "/members/" + id, operator, "PROVISIONING", "ACTIVE", "SUSPENDED",
                "FAILED", "REMOVING");
    }

    /** {@code started} (a 200, or a 202 whose Location is an operation), once that operation is no longer RUNNING. */
    public Api.Response finished(Api.Response started, String token) {
        assertThat(started.status()).as(started.toString()).isIn(200, 202);
        if (started.status() == 202) {
            String location = started.header("Location");
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                    !api.get(location, token).body().path("status").asText().equals("RUNNING"));
        }
        return started;
    }

    /** The step of {@code system} (SSO, MAILBOX, FILES) in a member view. */
    public static JsonNode step(JsonNode member, String system) {
        for (JsonNode step : member.get("steps")) {
            if (step.get("system").asText().equals(system)) {
                return step;
            }
        }
        throw new AssertionError("no " + system + " step in " + member);
    }
}
