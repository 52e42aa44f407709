package eu.dezky.platform.notifications;

import com.fasterxml.jackson.databind.JsonNode;
import eu.dezky.platform.support.Api;
import eu.dezky.platform.support.Onboarding;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

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

    /** {@code action} (suspend, resume, logout, reset-password) on the member, once finished: the answer's body. */
    JsonNode act(String slug, String admin, String memberId, String action) {
        return onboarding.finished(api.send("POST", "/api/tenants/" + slug + "/members/" + memberId + "/" + action,
                admin, null, Map.of()), admin).body();
    }

    void remove(String slug, String admin, String memberId) {
        assertThat(onboarding.remove(slug, admin, memberId).status()).isIn(202, 204);
        assertThat(onboarding.removed(slug, memberId).get("status").asText()).isEqualTo("REMOVED");
    }
}
