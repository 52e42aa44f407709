package eu.dezky.adapters.stalwart;

import eu.dezky.adapters.http.HttpTarget;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StalwartTargetTest {

    @Test
    void defaultLimitsAreStalwartsDocumentedPerAccountLimits() {
        HttpTarget target = StalwartClient.target("https://mail.example.com", () -> StalwartClient.bearer("API_x"));
        assertThat(target.maxConcurrentRequests()).isEqualTo(4);
        assertThat(target.maxRequestsPerMinute()).isEqualTo(1000);
        assertThat(target.baseUrl().toString()).isEqualTo("https://mail.example.com/");
        assertThat(target.withLimits(2, 60).maxRequestsPerMinute()).as("configurable").isEqualTo(60);
    }

    @Test
    void basicCredentialsAreEncodedAsRfc7617() {
        assertThat(StalwartClient.basic("admin@example.com", "pw")).isEqualTo("Basic YWRtaW5AZXhhbXBsZS5jb206cHc=");
    }
}
