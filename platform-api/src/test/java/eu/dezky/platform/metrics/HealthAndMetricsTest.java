package eu.dezky.platform.metrics;

import eu.dezky.platform.support.Api;
import eu.dezky.platform.support.SandboxApiTest;
import eu.dezky.platform.support.SandboxComponentTest;
import eu.dezky.sagas.StepRetries;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, metrics and health: liveness and readiness probes, the integrations component, and the Prometheus scrape
 * (operators only) with the external calls' latency histograms and outcomes, the operations per kind and status, and
 * the retries sagas report.
 */
@SandboxComponentTest
class HealthAndMetricsTest extends SandboxApiTest {

    @LocalServerPort
    int port;
    @Autowired
    OperationMetrics operationMetrics;
    @Autowired
    StepRetries stepRetries;

    @Test
    void livenessIsTheEngineReadinessTheStoresAndIntegrationsShowEachSystem() {
        var liveness = api.get("/actuator/health/liveness", null);
        var readiness = api.get("/actuator/health/readiness", null);
        var health = api.get("/actuator/health", api.token("health-op", "operator"));

        assertThat(liveness.status()).isEqualTo(200);
        assertThat(liveness.body().get("status").asText()).isEqualTo("UP");
        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.body().at("/components/eventStore/status").asText()).isEqualTo("UP");
        assertThat(readiness.body().at("/components/mongo/status").asText()).isEqualTo("UP");
        assertThat(readiness.body().at("/components/integrations").isMissingNode()).isTrue();
        assertThat(health.body().at("/components/integrations/status").asText()).isEqualTo("UP");
        for (String system : new String[] {"authentik", "stalwart", "ocis"}) {
            assertThat(health.body().at("/components/integrations/details/" + system + "/reachable").asBoolean())
                    .as(system).isTrue();
            assertThat(health.body().at("/components/integrations/details/" + system + "/mode").asText())
                    .isEqualTo("simulator");
        }
    }

    @Test
    void prometheusShowsExternalCallsOperationsAndRetriesToOperatorsOnly() throws Exception {
        String admin = onboarding.tenantWithDomain("metrics-co", "metrics.test");
        stepRetries.scheduled("member-onboarding", "stalwart");
        operationMetrics.refresh();

        String scrape = scrape(api.token("metrics-op", "operator"));

        assertThat(scrape).containsPattern("dezky_external_calls_seconds_bucket\\{[^}]*outcome=\"success\"[^}]*"
                + "system=\"stalwart\"");
        assertThat(scrape).containsPattern("dezky_external_calls_seconds_count\\{[^}]*system=\"stalwart\"");
        assertThat(scrape).containsPattern("dezky_operations\\{[^}]*kind=\"mail-domain-setup\"[^}]*status=\"done\"[^}]*\\} [1-9]");
        assertThat(scrape).containsPattern("dezky_saga_retries_total\\{[^}]*operation=\"member-onboarding\"[^}]*"
                + "system=\"stalwart\"[^}]*\\} [1-9]");
        assertThat(api.get("/actuator/prometheus", admin).status()).isEqualTo(403);
        assertThat(api.get("/actuator/prometheus", null).status()).isEqualTo(401);
    }

    private String scrape(String token) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/actuator/prometheus"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
