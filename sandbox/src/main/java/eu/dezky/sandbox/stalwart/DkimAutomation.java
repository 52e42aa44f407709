package eu.dezky.sandbox.stalwart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Stalwart's {@code DkimManagement} task: some time after a domain with Automatic DKIM is written, one
 * {@code x:DkimSignature} per configured algorithm appears (stage {@code active}). Clients therefore
 * have to wait for the keys, as they must against the real server.
 */
final class DkimAutomation implements AutoCloseable {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);

    private final Registry registry;
    private final Duration delay;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "stalwart-sim-dkim");
        t.setDaemon(true);
        return t;
    });

    DkimAutomation(Registry registry, Duration delay) {
        this.registry = registry;
        this.delay = delay;
    }

    void schedule(String domainId) {
        executor.schedule(() -> generate(domainId), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void generate(String domainId) {
        JsonNode domain = registry.find(DomainRules.OBJECT, domainId).orElse(null);
        if (domain == null) {
            return;
        }
        JsonNode settings = domain.path("dkimManagement");
        List<DkimKeyFactory.DkimKey> keys = new ArrayList<>();
        settings.path("algorithms").fieldNames().forEachRemaining(a -> {
            if (a.startsWith("Dkim1")) {
                keys.add(DkimKeyFactory.generate(a)); // slow for RSA: done outside the registry lock
            }
        });
        synchronized (registry) {
            JsonNode current = registry.find(DomainRules.OBJECT, domainId).orElse(null);
            boolean hasKeys = registry.rows(DkimRules.OBJECT).values().stream()
                    .anyMatch(k -> domainId.equals(k.path("domainId").asText()));
            if (current == null || hasKeys
                    || !"Automatic".equals(current.path("dkimManagement").path("@type").asText())) {
                return;
            }
            for (DkimKeyFactory.DkimKey key : keys) {
                String id = registry.nextSnowflakeId();
                registry.rows(DkimRules.OBJECT).put(id, signature(domainId, settings, key));
                registry.publicKey(id, key.publicKeyBase64());
            }
        }
    }

    private ObjectNode signature(String domainId, JsonNode settings, DkimKeyFactory.DkimKey key) {
        ObjectNode s = JsonNodeFactory.instance.objectNode().put("@type", key.algorithm());
        s.put("domainId", domainId);
        s.put("selector", settings.path("selectorTemplate").asText("v{version}-{algorithm}-{date-%Y%m%d}")
                .replace("{version}", "1")
                .replace("{algorithm}", DkimKeyFactory.keyType(key.algorithm()))
                .replace("{date-%Y%m%d}", DAY.format(registry.instant())));
        s.putObject("privateKey").put("@type", "Text").put("secret", key.privateKeyPem());
        s.put("stage", "active");
        s.put("nextTransitionAt", registry.instant().plusMillis(settings.path("rotateAfter").asLong(7776000000L))
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
        s.put("createdAt", registry.now());
        s.put("canonicalization", "relaxed/relaxed");
        ObjectNode headers = s.putObject("headers");
        for (String h : List.of("From", "To", "Date", "Subject", "Message-ID")) {
            headers.put(h, true);
        }
        s.put("report", true).putNull("auid");
        s.putNull("expire").putNull("thirdParty").putNull("thirdPartyHash").putNull("memberTenantId");
        return s;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
