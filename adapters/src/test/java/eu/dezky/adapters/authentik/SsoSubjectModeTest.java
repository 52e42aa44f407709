package eu.dezky.adapters.authentik;

import eu.dezky.adapters.common.Ownership;
import eu.dezky.adapters.support.RecordingSleeper;
import eu.dezky.adapters.support.Targets;
import eu.dezky.sandbox.authentik.AuthentikSimulator;
import eu.dezky.sandbox.authentik.AuthentikUserState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The {@code sub} a member's tokens carry, per Authentik {@code sub_mode}, from the user the client reads. */
class SsoSubjectModeTest {

    private AuthentikSimulator sim;
    private AuthentikClient client;

    @BeforeEach
    void start() {
        sim = AuthentikSimulator.start();
        client = AuthentikClient.create(Targets.bearer("authentik", sim.baseUrl().toString(), sim.token()),
                b -> b.sleeper(new RecordingSleeper()));
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void eachModeNamesTheFieldAuthentikPutsIntoSub() {
        AuthentikUser user = client.createOrAdoptUser(
                new NewAuthentikUser("bob@acme.test", "Bob", "bob@acme.test", new Ownership("acme", "m-1")));
        AuthentikUserState stored = sim.users().get(0);

        assertThat(user.subject(SsoSubjectMode.HASHED_USER_ID)).isEqualTo(stored.uid()).hasSize(64);
        assertThat(user.subject(SsoSubjectMode.USER_ID)).isEqualTo(String.valueOf(stored.pk()));
        assertThat(user.subject(SsoSubjectMode.USER_UUID)).isEqualTo(stored.uuid());
        assertThat(user.subject(SsoSubjectMode.USER_USERNAME)).isEqualTo("bob@acme.test");
        assertThat(user.subject(SsoSubjectMode.USER_EMAIL)).isEqualTo("bob@acme.test");
        assertThat(user.subject(SsoSubjectMode.USER_UPN)).as("no upn attribute: the hashed id").isEqualTo(stored.uid());
    }

    @Test
    void anAdoptedUserHasTheSameSubjectAsTheCreatedOne() {
        var ours = new NewAuthentikUser("bob@acme.test", "Bob", "bob@acme.test", new Ownership("acme", "m-1"));
        AuthentikUser created = client.createOrAdoptUser(ours);
        AuthentikUser adopted = client.createOrAdoptUser(ours);

        assertThat(adopted.subject(SsoSubjectMode.HASHED_USER_ID)).isEqualTo(created.subject(SsoSubjectMode.HASHED_USER_ID));
    }

    @Test
    void upnModeUsesTheUpnAttributeWhenPresent() {
        AuthentikUser user = new AuthentikUser(7, "bob", "Bob", "bob@acme.test", true, Map.of("upn", "bob@corp"),
                "hash", "uuid-1");
        assertThat(user.subject(SsoSubjectMode.USER_UPN)).isEqualTo("bob@corp");
    }

    @Test
    void modesParseInAuthentiksSpellingAndAnythingElseNamesTheSetting() {
        assertThat(SsoSubjectMode.parse("hashed_user_id")).isEqualTo(SsoSubjectMode.HASHED_USER_ID);
        assertThat(SsoSubjectMode.parse(" USER_EMAIL ")).isEqualTo(SsoSubjectMode.USER_EMAIL);
        assertThatThrownBy(() -> SsoSubjectMode.parse("user_pk")).hasMessageContaining("DEZKY_SSO_SUBJECT_MODE")
                .hasMessageContaining("user_upn");
    }
}
