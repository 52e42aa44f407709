package eu.dezky.platform.support;

import eu.dezky.platform.DezkyEngineApplication;
import eu.dezky.sandbox.authentik.AuthentikSimulator;
import eu.dezky.sandbox.ocis.OcisSimulator;
import eu.dezky.sandbox.stalwart.StalwartSimulator;
import eu.dezky.sandbox.stalwart.StalwartSimulatorSettings;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.HashMap;
import java.util.Map;

/**
 * Authentik, Stalwart and oCIS simulators started by a test, standing in for remote servers: unlike the sandbox's
 * per-context simulators they outlive an engine restart. {@link #engineProperties} points an engine at them and at
 * one database pair, so successive contexts started with the same properties are the same engine restarted.
 * Stalwart's own fault plan is used (it can lose an answer after processing the request).
 */
public final class ExternalSimulators implements AutoCloseable {

    public final AuthentikSimulator authentik = AuthentikSimulator.start();
    public final OcisSimulator ocis = OcisSimulator.start();
    public final StalwartSimulator stalwart = StalwartSimulator.start(StalwartSimulatorSettings.defaults().withPort(0));

    /** Engine properties: these simulators, fresh databases, and {@code extra} (retry settings and the like). */
    public Map<String, Object> engineProperties(Map<String, Object> extra) {
        Map<String, Object> properties = new HashMap<>(IsolatedInfrastructure.properties(
                TestInfrastructure.get().newJdbcDatabase(), TestInfrastructure.get().newMongoUri()));
        properties.put("server.port", "0");
        properties.put("PORT", "0"); // default properties lose to application.yml's ${PORT:8080}; the placeholder does not
        properties.put("DEZKY_SANDBOX", "off");
        properties.put("AUTHENTIK_URL", authentik.baseUrl().toString());
        properties.put("AUTHENTIK_TOKEN", authentik.adminCredentials().get("token"));
        properties.put("OCIS_URL", ocis.baseUrl().toString());
        properties.put("OCIS_USER", ocis.adminCredentials().get("user"));
        properties.put("OCIS_PASSWORD", ocis.adminCredentials().get("password"));
        properties.put("STALWART_URL", stalwart.baseUrl() + "/");
        properties.put("STALWART_USER", stalwart.settings().adminLogin());
        properties.put("STALWART_PASSWORD", stalwart.settings().adminSecret());
        // No DNS server is needed: domains only have to exist in the mail server.
        properties.put("DNS_RESOLVERS", "127.0.0.1");
        properties.put("DNS_TIMEOUT", "1s");
        properties.putAll(extra);
        return properties;
    }

    /** Starts (or restarts) the engine with {@code properties}. */
    public static ConfigurableApplicationContext startEngine(Map<String, Object> properties) {
        return new SpringApplicationBuilder(DezkyEngineApplication.class).properties(properties).run();
    }

    public static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** Forgets every planned fault in all three simulators. */
    public void clearFaults() {
        authentik.faults().clear();
        ocis.faults().clear();
        stalwart.faults().clear(0);
    }

    @Override
    public void close() {
        authentik.close();
        ocis.close();
        stalwart.close();
    }
}
