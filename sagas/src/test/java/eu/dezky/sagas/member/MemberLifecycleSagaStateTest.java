package eu.dezky.sagas.member;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.dezky.api.member.MemberOperationKind;
import eu.dezky.api.member.MemberSystem;
import eu.dezky.sagas.Attempts;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The lifecycle saga's state survives the saga store's Jackson round trip midway, without secret or resources. */
class MemberLifecycleSagaStateTest {

    private final ObjectMapper json = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    @Test
    @SuppressWarnings("unchecked")
    void aSagaWaitingForARetryRoundTrips() throws Exception {
        MemberLifecycleSaga saga = new MemberLifecycleSaga();
        set(saga, "memberId", MemberLifecycleSagaTest.ID);
        set(saga, "operationId", MemberLifecycleSagaTest.OP);
        set(saga, "kind", MemberOperationKind.RESET_PASSWORD);
        set(saga, "mailbox", MemberLifecycleSagaTest.BOB);
        set(saga, "secretRef", MemberLifecycleSagaTest.REF);
        set(saga, "current", MemberSystem.MAILBOX);
        set(saga, "attempts", new Attempts(2));
        ((Map<MemberSystem, String>) get(saga, "accountIds")).putAll(MemberLifecycleSagaTest.IDS);
        ((List<MemberSystem>) get(saga, "done")).add(MemberSystem.SSO);

        String written = json.writeValueAsString(saga);
        assertThat(written).doesNotContain(MemberLifecycleSagaTest.PASSWORD, "settings", "commandGateway",
                "deadlineManager", "vault\"", "accounts\"");
        MemberLifecycleSaga read = json.readValue(written, MemberLifecycleSaga.class);
        for (String field : List.of("memberId", "operationId", "kind", "mailbox", "secretRef", "current", "attempts",
                "accountIds", "done")) {
            assertThat(get(read, field)).as(field).isEqualTo(get(saga, field));
        }
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
