package eu.dezky.sagas.mail;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import eu.dezky.api.mail.MailAliasId;
import eu.dezky.api.mail.MailingListId;
import eu.dezky.api.claim.MailAddress;
import eu.dezky.sagas.Attempts;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The saga store serializes sagas with Jackson: the mail sagas' state survives, their resources are not written. */
class MailSagaStateTest {

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    @Test
    void theAliasSagaKeepsItsAliasMailboxAndOperation() throws Exception {
        MailAliasSaga saga = new MailAliasSaga();
        set(saga, "id", MailAliasId.of(new MailAddress("sales@example.org")));
        set(saga, "mailbox", new MailAddress("bob@example.org"));
        set(saga, "operation", MailAliasSaga.Operation.UNDO);
        set(get(saga, "call"), "retryId", "deadline-1");
        set(get(saga, "call"), "attempts", new Attempts(2));
        String written = json.writeValueAsString(saga);
        assertThat(written).doesNotContain("server", "settings", "commandGateway", "deadlineManager");
        MailAliasSaga read = json.readValue(written, MailAliasSaga.class);
        assertThat(get(read, "id")).isEqualTo(get(saga, "id"));
        assertThat(get(read, "mailbox")).isEqualTo(new MailAddress("bob@example.org"));
        assertThat(get(read, "operation")).isEqualTo(MailAliasSaga.Operation.UNDO);
        assertThat(get(get(read, "call"), "retryId")).isEqualTo("deadline-1");
        assertThat(get(get(read, "call"), "attempts")).isEqualTo(new Attempts(2));
    }

    @Test
    void theListSagaKeepsTheStateToRollBackTo() throws Exception {
        MailingListSaga saga = new MailingListSaga();
        set(saga, "id", MailingListId.of(new MailAddress("team@example.org")));
        set(saga, "previousName", "Team");
        set(saga, "previousRecipients", List.of("a@example.org"));
        set(saga, "operation", MailingListSaga.Operation.UNDO_CHANGE);
        MailingListSaga read = json.readValue(json.writeValueAsString(saga), MailingListSaga.class);
        assertThat(get(read, "id")).isEqualTo(get(saga, "id"));
        assertThat(get(read, "previousRecipients")).isEqualTo(List.of("a@example.org"));
        assertThat(get(read, "operation")).isEqualTo(MailingListSaga.Operation.UNDO_CHANGE);
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
