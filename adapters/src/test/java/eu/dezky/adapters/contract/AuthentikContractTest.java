package eu.dezky.adapters.contract;

import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import eu.dezky.adapters.authentik.AuthentikClient;
import eu.dezky.adapters.authentik.AuthentikGroupId;
import eu.dezky.adapters.authentik.AuthentikUser;
import eu.dezky.adapters.authentik.NewAuthentikUser;
import eu.dezky.adapters.common.Ownership;
import eu.dezky.adapters.support.Targets;
import eu.dezky.sandbox.authentik.AuthentikSimulator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every Authentik request the client sends and every simulator response obey the 2026.2.2 schema. */
class AuthentikContractTest {

    @Test
    void everyInteractionOfTheClientWithTheSimulatorMatchesTheAuthentikSchema() {
        ContractRecorder recorder = new ContractRecorder(Specs.authentik());
        try (AuthentikSimulator sim = AuthentikSimulator.start()) {
            AuthentikClient client = AuthentikClient.create(Targets.bearer("authentik", sim.baseUrl().toString(), sim.token()),
                    b -> b.networkInterceptor(recorder));
            Ownership owner = new Ownership("acme", "m-1");
            AuthentikUser alice = client.createOrAdoptUser(new NewAuthentikUser("alice", "Alice", "alice@acme.test", owner));
            client.createOrAdoptUser(new NewAuthentikUser("alice", "Alice", "alice@acme.test", owner));
            client.setPassword(alice.id(), "S3cret-pass");
            AuthentikClient wrongToken = AuthentikClient.create(Targets.bearer("authentik", sim.baseUrl().toString(), "nope"),
                    b -> b.networkInterceptor(recorder));
            assertThatThrownBy(() -> wrongToken.findUserByUsername("alice")).isNotNull();
            sim.login("alice");
            sim.login("alice");
            client.deleteSessions(alice.id(), "alice");
            client.deactivate(alice.id());
            client.activate(alice.id());
            AuthentikGroupId group = client.findOrCreateGroup("acme-staff");
            client.findOrCreateGroup("acme-staff");
            client.addToGroup(group, alice.id());
            client.removeFromGroup(group, alice.id());
            client.deleteUser(alice.id());
            client.deleteUser(alice.id());
        }

        assertThat(recorder.interactions()).isGreaterThanOrEqualTo(16);
        assertThat(recorder.violations()).isEmpty();
    }

    @Test
    void aUserCreateWithoutTheRequiredNameFailsValidation() {
        SimpleRequest request = SimpleRequest.Builder.post("/api/v3/core/users/")
                .withHeader("Authorization", "Bearer t").withContentType("application/json")
                .withBody("{\"username\":\"alice\"}").build();

        ValidationReport report = Specs.authentik().validateRequest(request);

        assertThat(report.hasErrors()).isTrue();
    }

    @Test
    void aSessionListWhoseUserIsNotAnIntegerFailsValidation() {
        SimpleRequest request = SimpleRequest.Builder.get("/api/v3/core/authenticated_sessions/")
                .withHeader("Authorization", "Bearer t").build();
        String session = "{\"uuid\":\"8b0e5f1c-0000-4000-8000-000000000001\",\"current\":false,"
                + "\"user_agent\":{\"device\":{\"brand\":\"b\",\"family\":\"f\",\"model\":\"m\"},"
                + "\"os\":{\"family\":\"f\",\"major\":\"1\",\"minor\":\"0\",\"patch\":\"0\",\"patch_minor\":\"0\"},"
                + "\"user_agent\":{\"family\":\"f\",\"major\":\"1\",\"minor\":\"0\",\"patch\":\"0\"},\"string\":\"s\"},"
                + "\"geo_ip\":null,\"asn\":null,\"user\":\"alice\",\"last_ip\":\"203.0.113.5\",\"last_user_agent\":\"s\","
                + "\"last_used\":\"2026-02-01T10:00:00Z\",\"expires\":\"2026-02-02T10:00:00Z\"}";
        SimpleResponse response = SimpleResponse.Builder.ok().withContentType("application/json")
                .withBody("{\"pagination\":{\"next\":0,\"previous\":0,\"count\":1,\"current\":1,\"total_pages\":1,"
                        + "\"start_index\":1,\"end_index\":1},\"results\":[" + session + "],\"autocomplete\":{}}").build();

        ValidationReport report = Specs.authentik().validate(request, response);

        assertThat(report.getMessages()).anySatisfy(m -> assertThat(m.getMessage()).contains("user"));
        assertThat(report.hasErrors()).isTrue();
    }
}
