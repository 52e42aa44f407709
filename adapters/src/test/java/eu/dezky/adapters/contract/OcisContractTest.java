package eu.dezky.adapters.contract;

import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import eu.dezky.adapters.common.Ownership;
import eu.dezky.adapters.ocis.NewOcisUser;
import eu.dezky.adapters.ocis.OcisClient;
import eu.dezky.adapters.ocis.OcisGroupId;
import eu.dezky.adapters.ocis.OcisUser;
import eu.dezky.adapters.support.Targets;
import eu.dezky.sandbox.ocis.OcisSimulator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every LibreGraph request the client sends and every simulator response obey the LibreGraph spec. */
class OcisContractTest {

    @Test
    void everyInteractionOfTheClientWithTheSimulatorMatchesTheLibreGraphSpec() {
        ContractRecorder recorder = new ContractRecorder(Specs.libregraph());
        try (OcisSimulator sim = OcisSimulator.start()) {
            OcisClient client = OcisClient.create(Targets.bearer("ocis", sim.baseUrl().toString(), sim.token()),
                    b -> b.networkInterceptor(recorder));
            Ownership owner = new Ownership("acme", "m-1");
            OcisUser alice = client.createOrAdoptUser(new NewOcisUser("alice", "Alice", "alice@acme.test", "S3cret!pass", owner));
            client.createOrAdoptUser(new NewOcisUser("alice", "Alice", "alice@acme.test", "S3cret!pass", owner));
            assertThatThrownBy(() -> client.createOrAdoptUser(new NewOcisUser("1bad", "Bad", null, null, owner))).isNotNull();
            client.getUser(alice.userId());
            client.disable(alice.userId());
            client.enable(alice.userId());
            OcisGroupId group = client.findOrCreateGroup("acme-staff");
            client.findOrCreateGroup("acme-staff");
            client.addToGroup(group, alice.userId());
            client.addToGroup(group, alice.userId());
            client.removeFromGroup(group, alice.userId());
            client.removeFromGroup(group, alice.userId());
            client.deleteUser(alice.userId());
            client.deleteUser(alice.userId());
        }

        assertThat(recorder.interactions()).isGreaterThanOrEqualTo(18);
        assertThat(recorder.violations()).isEmpty();
    }

    @Test
    void aUserCreateWithATextAccountEnabledFailsValidation() {
        SimpleRequest request = SimpleRequest.Builder.post("/graph/v1.0/users")
                .withHeader("Authorization", "Bearer t").withContentType("application/json")
                .withBody("{\"onPremisesSamAccountName\":\"alice\",\"displayName\":\"Alice\",\"accountEnabled\":\"yes\"}").build();

        ValidationReport report = Specs.libregraph().validateRequest(request);

        assertThat(report.hasErrors()).isTrue();
    }

    @Test
    void anErrorBodyWithoutTheEnvelopeFailsValidation() {
        SimpleRequest request = SimpleRequest.Builder.get("/graph/v1.0/users/alice").withHeader("Authorization", "Bearer t").build();
        SimpleResponse response = SimpleResponse.Builder.status(404).withContentType("application/json")
                .withBody("{\"code\":\"itemNotFound\",\"message\":\"Not found\"}").build();

        ValidationReport report = Specs.libregraph().validate(request, response);

        assertThat(report.hasErrors()).isTrue();
    }
}
