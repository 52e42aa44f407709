package eu.dezky.platform.integrations;

import eu.dezky.platform.health.CachedHealth;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;

/**
 * The {@code integrations} health component: each external system (Authentik, Stalwart, oCIS) with its mode
 * (simulator or external) and whether its address accepts a connection. DOWN when one cannot be reached, a sandbox
 * simulator that did not start included. It is not part of readiness: the engine still takes requests, and the sagas
 * retry until the system is back.
 */
@Configuration(proxyBeanMethods = false)
class IntegrationsHealth {

    private static final Duration CONNECT = Duration.ofMillis(300);

    @Bean("integrationsHealthIndicator")
    HealthIndicator integrations(IntegrationSettings settings, Sandbox sandbox, ExecutorService healthChecks) {
        return CachedHealth.every(Duration.ofSeconds(10), () -> check(settings, sandbox), healthChecks);
    }

    static Health check(IntegrationSettings settings, Sandbox sandbox) {
        Map<String, String> configured = Map.of("authentik", nullToEmpty(settings.authentik().url()),
                "stalwart", nullToEmpty(settings.stalwart().url()), "ocis", nullToEmpty(settings.ocis().url()));
        Health.Builder health = Health.up();
        Map<String, Object> systems = new LinkedHashMap<>();
        for (String name : new String[] {"authentik", "stalwart", "ocis"}) {
            Optional<String> url = sandbox.simulator(name).map(sim -> sim.baseUrl().toString())
                    .or(() -> Optional.of(configured.get(name)).filter(IntegrationSettings::configured));
            boolean reachable = url.map(IntegrationsHealth::accepts).orElse(false);
            Map<String, Object> system = new LinkedHashMap<>();
            system.put("mode", sandbox.simulator(name).isPresent() ? "simulator"
                    : url.isPresent() ? "external" : "not available");
            system.put("reachable", reachable);
            url.ifPresent(u -> system.put("url", u));
            systems.put(name, system);
            if (!reachable) {
                health.down();
            }
        }
        return health.withDetails(systems).build();
    }

    private static boolean accepts(String url) {
        try (Socket socket = new Socket()) {
            URI uri = URI.create(url);
            int port = uri.getPort() > 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
            socket.connect(new InetSocketAddress(uri.getHost(), port), (int) CONNECT.toMillis());
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
