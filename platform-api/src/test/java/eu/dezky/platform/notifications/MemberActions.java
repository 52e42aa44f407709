package eu.dezky.platform.notifications;

import com.fasterxml.jackson.databind.JsonNode;
import eu.dezky.platform.support.Api;
import eu.dezky.platform.support.Onboarding;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Member lifecycle over HTTP for the notification tests: each action returns once its operation has ended. */
final class MemberActions {

    private final Api api;
    private final Onboarding onboarding;

    MemberActions(Api api, Onboarding onboarding) {
        this.api = api;
        this.onboarding = onboarding;
    }

    /** Creates {@code username} and waits until onboarded: their view with the one-time password. */
    JsonNode create(String slug, String admin, String username) {
        return onboarding.activeMember(slug, admin, username);
    }

    /** {@code action} (suspend, resume, logout, reset-password) on the member; the 200's body, or the member later. */
    JsonNode act(String slug, String admin, String memberId, String action) {
        Api.Response started = api.send("POST", "/api/tenants/" + slug + "/members/" + memberId + "/" + action, admin,
                null, Map.of());
        assertThat(started.status()).as(started.toString()).isIn(200, 202);
        if (started.status() == 200) {
            return started.body();
        }
        String location = started.header("Location");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                !api.get(location, admin).body().path("status").asText().equals("RUNNING"));
        return started.body();
    }

    void remove(String slug, String admin, String memberId) {
        assertThat(onboarding.remove(slug, admin, memberId).status()).isIn(202, 204);
        assertThat(onboarding.removed(slug, memberId).get("status").asText()).isEqualTo("REMOVED");
    }
}
