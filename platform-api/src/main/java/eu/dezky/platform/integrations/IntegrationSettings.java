package eu.dezky.platform.integrations;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.List;

/**
 * Where the external systems are and how to log in. A blank URL means "not configured": in sandbox mode
 * {@code auto} a simulator takes its place; with sandbox mode {@code off} the engine refuses to start.
 */
@ConfigurationProperties("dezky.integrations")
public record IntegrationSettings(SandboxMode sandbox, Authentik authentik, Stalwart stalwart, Ocis ocis, Dns dns) {

    /** {@code auto}: simulators for unconfigured systems; {@code off}: every URL is required (production). */
    public enum SandboxMode { AUTO, OFF }

    /**
     * Authentik API root, e.g. {@code https://sso.example.org/api/v3/}, an API token (intent {@code api}), and the
     * client-side request limits every saga calling it shares.
     */
    public record Authentik(String url, String token, int maxConcurrentRequests, int maxRequestsPerMinute) {
    }

    /** Stalwart base URL (the JMAP session is discovered from it), an admin login, and its request limits. */
    public record Stalwart(String url, String user, String password, int maxConcurrentRequests, int maxRequestsPerMinute) {
    }

    /** oCIS Graph root, e.g. {@code https://files.example.org/graph/}, an admin login (basic auth) and its limits. */
    public record Ocis(String url, String user, String password, int maxConcurrentRequests, int maxRequestsPerMinute) {
    }

    /** Resolvers asked by the DNS verifier and the per-query timeout. */
    public record Dns(List<String> resolvers, Duration timeout) {
    }

    static boolean configured(String url) {
        return url != null && !url.isBlank();
    }
}
