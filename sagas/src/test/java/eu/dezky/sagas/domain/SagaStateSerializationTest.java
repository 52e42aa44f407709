package eu.dezky.sagas.domain;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import eu.dezky.api.domain.ExpectedDnsRecord;
import eu.dezky.sagas.Attempts;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The saga store serializes sagas with Jackson: their state must survive a round trip, and their injected resources
 * (transient) must not be written at all.
 */
class SagaStateSerializationTest {

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    @Test
    void everySagasStateSurvivesAJacksonRoundTripWithoutItsResources() throws Exception {
        for (Class<?> type : List.of(MailDomainSetupSaga.class, MailDomainVerificationSaga.class,
                MailDomainRemovalSaga.class)) {
            Object saga = type.getDeclaredConstructor().newInstance();
            set(saga, "domain", MailDomainSetupSagaTest.DOMAIN);
            String written = json.writeValueAsString(saga);
            assertThat(written).doesNotContain("settings", "commandGateway", "deadlineManager", "stalwart\"", "verifier");
            Object read = json.readValue(written, type);
            assertThat(get(read, "domain")).isEqualTo(MailDomainSetupSagaTest.DOMAIN);
        }
    }

    @Test
    void theVerificationSagaKeepsItsExpectedRecords() throws Exception {
        MailDomainVerificationSaga saga = new MailDomainVerificationSaga();
        set(saga, "expected", new java.util.ArrayList<>(MailDomainSetupSagaTest.EXPECTED));
        set(saga, "recheckId", "deadline-1");
        MailDomainVerificationSaga read = json.readValue(json.writeValueAsString(saga), MailDomainVerificationSaga.class);
        assertThat((List<ExpectedDnsRecord>) get(read, "expected")).isEqualTo(MailDomainSetupSagaTest.EXPECTED);
        assertThat(get(read, "recheckId")).isEqualTo("deadline-1");
    }

    @Test
    void aSagaWaitingForARetryKeepsItsFailedAttemptsAsABareNumber() throws Exception {
        for (Class<?> type : List.of(MailDomainSetupSaga.class, MailDomainRemovalSaga.class)) {
            Object saga = type.getDeclaredConstructor().newInstance();
            set(saga, "failedAttempts", new Attempts(3));
            String written = json.writeValueAsString(saga);
            assertThat(written).contains("\"failedAttempts\":3");
            assertThat(get(json.readValue(written, type), "failedAttempts")).isEqualTo(new Attempts(3));
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
