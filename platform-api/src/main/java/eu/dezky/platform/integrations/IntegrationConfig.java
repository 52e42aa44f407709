package eu.dezky.platform.integrations;

import eu.dezky.adapters.authentik.AuthentikClient;
import eu.dezky.adapters.dns.DnsVerifier;
import eu.dezky.adapters.http.CallListener;
import eu.dezky.adapters.dns.DnsVerifierSettings;
import eu.dezky.adapters.http.HttpExecutor;
import eu.dezky.adapters.http.HttpTarget;
import eu.dezky.adapters.ocis.OcisClient;
import eu.dezky.adapters.stalwart.StalwartClient;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One client bean per external system, each pointed at its configured URL or at the sandbox's simulator. The
 * credentials are read here once and handed to the client as an {@code Authorization} supplier; they are never
 * logged (the HTTP core redacts that header).
 */
@Configuration(proxyBeanMethods = false)
class IntegrationConfig {

    private static final String UNREACHABLE = "http://127.0.0.1:9/";

    @Bean(destroyMethod = "close")
    Sandbox sandbox(IntegrationSettings settings) {
        Map<String, String> urls = new HashMap<>();
        urls.put("authentik", nullToEmpty(settings.authentik().url()));
        urls.put("ocis", nullToEmpty(settings.ocis().url()));
        urls.put("stalwart", nullToEmpty(settings.stalwart().url()));
        return Sandbox.start(settings.sandbox(), urls);
    }

    @Bean
    AuthentikClient authentikClient(IntegrationSettings settings, Sandbox sandbox, CallListener calls) {
        HttpTarget target = sandbox.simulator("authentik")
                .map(sim -> HttpTarget.of("authentik", sim.baseUrl().toString(), bearer(sim.adminCredentials().get("token"))))
                .orElseGet(() -> HttpTarget.of("authentik", withSlash(settings.authentik().url()),
                        bearer(settings.authentik().token())))
                .withLimits(settings.authentik().maxConcurrentRequests(), settings.authentik().maxRequestsPerMinute());
        return AuthentikClient.create(target, builder -> builder.listener(calls));
    }

    @Bean
    OcisClient ocisClient(IntegrationSettings settings, Sandbox sandbox, CallListener calls) {
        HttpTarget target = sandbox.simulator("ocis")
                .map(sim -> HttpTarget.of("ocis", sim.baseUrl().toString(),
                        basic(sim.adminCredentials().get("user"), sim.adminCredentials().get("password"))))
                .orElseGet(() -> HttpTarget.of("ocis", withSlash(settings.ocis().url()),
                        basic(settings.ocis().user(), settings.ocis().password())))
                .withLimits(settings.ocis().maxConcurrentRequests(), settings.ocis().maxRequestsPerMinute());
        return OcisClient.create(target, builder -> builder.listener(calls));
    }

    @Bean
    StalwartClient stalwartClient(IntegrationSettings settings, Sandbox sandbox, CallListener calls) {
        IntegrationSettings.Stalwart configured = settings.stalwart();
        HttpTarget target = sandbox.simulator("stalwart")
                .map(sim -> StalwartClient.target(sim.baseUrl().toString(),
                        basic(sim.adminCredentials().get("login"), sim.adminCredentials().get("password"))))
                .orElseGet(() -> StalwartClient.target(withSlash(configured.url()), basic(configured.user(), configured.password())))
                .withLimits(configured.maxConcurrentRequests(), configured.maxRequestsPerMinute());
        return new StalwartClient(HttpExecutor.builder(target).listener(calls).build());
    }

    @Bean
    DnsVerifier dnsVerifier(IntegrationSettings settings) {
        return new DnsVerifier(DnsVerifierSettings.defaults()
                .withResolvers(settings.dns().resolvers().toArray(String[]::new))
                .withQueryTimeout(settings.dns().timeout()));
    }

    /** {@code /actuator/info}: which systems are real and which are simulated. */
    @Bean
    InfoContributor integrationsInfo(IntegrationSettings settings, Sandbox sandbox) {
        return builder -> {
            Map<String, Object> systems = new LinkedHashMap<>();
            systems.put("authentik", describe(sandbox, "authentik", settings.authentik().url()));
            systems.put("stalwart", describe(sandbox, "stalwart", settings.stalwart().url()));
            systems.put("ocis", describe(sandbox, "ocis", settings.ocis().url()));
            builder.withDetail("sandbox", sandbox.active()).withDetail("integrations", systems);
        };
    }

    private static Map<String, Object> describe(Sandbox sandbox, String name, String configuredUrl) {
        return sandbox.simulator(name)
                .<Map<String, Object>>map(sim -> Map.of("mode", "simulator", "url", sim.baseUrl().toString()))
                .orElseGet(() -> IntegrationSettings.configured(configuredUrl)
                        ? Map.of("mode", "external", "url", configuredUrl)
                        : Map.of("mode", "not available"));
    }

    private static Supplier<String> bearer(String token) {
        return () -> "Bearer " + token;
    }

    private static Supplier<String> basic(String user, String password) {
        String encoded = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return () -> "Basic " + encoded;
    }

    private static String withSlash(String url) {
        if (!IntegrationSettings.configured(url)) {
            // Neither configured nor simulated (its simulator failed to start, as logged): a discard-port address makes
            // every call fail fast as unreachable, which sagas treat as transient, instead of the engine not starting.
            return UNREACHABLE;
        }
        return url.endsWith("/") ? url : url + "/";
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

}
