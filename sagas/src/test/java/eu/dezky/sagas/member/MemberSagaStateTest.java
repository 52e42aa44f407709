package eu.dezky.sagas.member;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.dezky.api.member.MemberSystem;
import eu.dezky.sagas.Attempts;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The onboarding saga's state survives the saga store's Jackson round trip midway (a retry pending), holds the
 * accounts created so far, and never the password nor its resources.
 */
class MemberSagaStateTest {

    private final ObjectMapper json = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    @Test
    void aSagaWaitingForARetryRoundTripsWithoutSecretOrResources() throws Exception {
        MemberOnboardingSaga saga = new MemberOnboardingSaga();
        set(saga, "memberId", MemberOnboardingSagaTest.ID);
        set(saga, "member", new MemberAccounts.Member("acme", MemberOnboardingSagaTest.ID.value(), "Bob Builder",
                MemberOnboardingSagaTest.BOB));
        set(saga, "secretRef", MemberOnboardingSagaTest.REF);
        set(saga, "current", MemberSystem.MAILBOX);
        set(saga, "attempts", new Attempts(2));
        @SuppressWarnings("unchecked")
        Map<MemberSystem, String> created = (Map<MemberSystem, String>) get(saga, "created");
        created.put(MemberSystem.SSO, "7");

        String written = json.writeValueAsString(saga);
        assertThat(written).doesNotContain(MemberOnboardingSagaTest.PASSWORD, "settings", "commandGateway",
                "deadlineManager", "vault\"", "accounts\"");
        MemberOnboardingSaga read = json.readValue(written, MemberOnboardingSaga.class);
        assertThat(get(read, "member")).isEqualTo(get(saga, "member"));
        assertThat(get(read, "current")).isEqualTo(MemberSystem.MAILBOX);
        assertThat(get(read, "attempts")).isEqualTo(new Attempts(2));
        assertThat(written).contains("\"attempts\":2");
        assertThat(get(read, "created")).isEqualTo(Map.of(MemberSystem.SSO, "7"));
        assertThat(get(read, "memberId")).isEqualTo(MemberOnboardingSagaTest.ID);
    }

    @Test
    void aSagaStoredWithAPlainAttemptCountStillLoads() throws Exception {
        MemberOnboardingSaga read = json.readValue("{\"current\":\"FILES\",\"attempts\":4}",
                MemberOnboardingSaga.class);
        assertThat(get(read, "attempts")).isEqualTo(new Attempts(4));
        assertThat(get(read, "current")).isEqualTo(MemberSystem.FILES);
    }

    @Test
    void retriesOfOneStepBackOffExponentiallyUpToTheCeilingAndHonourRetryAfter() {
        MemberSagaSettings settings = MemberSagaSettings.defaults().withBackoff(Duration.ofSeconds(1),
                Duration.ofSeconds(5), 0);
        assertThat(settings.backoff().delay(1, null, 0.5)).isEqualTo(Duration.ofSeconds(1));
        assertThat(settings.backoff().delay(3, null, 0.5)).isEqualTo(Duration.ofSeconds(4));
        assertThat(settings.backoff().delay(9, null, 0.5)).isEqualTo(Duration.ofSeconds(5));
        assertThat(settings.backoff().delay(1, Duration.ofSeconds(30), 0.5)).isEqualTo(Duration.ofSeconds(30));
    }

    private static void set(Object target, String name, Object value) throws Exception {
        Field field = target.getClass().getDeclaredField(name);
        field.setAccessible(true);
        field.set(target, value);
    }

    private static Object get(Object target, String name) throws Exception {
        Field field = target.getClass().getDeclaredField(name);
        field.setAccessible(true);
        return field.get(target);
    }
}
