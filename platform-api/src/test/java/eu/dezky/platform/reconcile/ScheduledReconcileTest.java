package eu.dezky.platform.reconcile;

import eu.dezky.adapters.authentik.AuthentikClient;
import eu.dezky.adapters.authentik.NewAuthentikUser;
import eu.dezky.adapters.common.Ownership;
import eu.dezky.api.tenant.FindTenantDirectoryQuery;
import eu.dezky.platform.support.SandboxApiTest;
import eu.dezky.platform.support.SandboxComponentTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The engine reconciles every tenant on its own, every DEZKY_RECONCILE_EVERY: no test here asks for a reconciliation,
 * so any result a tenant shows came from the {@code tenant-reconcile} task. A tenant whose reconciliation cannot start
 * does not stop the ones after it, on its page or the next.
 *
 * <p>A context of its own: a 2 s interval in the shared sandbox context would reconcile every other class's tenants
 * under its feet (ReconcileApiTest expects a tenant never reconciled). For the same reason the context is closed after
 * the class instead of lingering in the cache and reconciling for nobody.
 */
@SandboxComponentTest
@TestPropertySource(properties = {"DEZKY_RECONCILE_EVERY=2s",
        // Axon logs each tenant the event store lacks with a stack trace, 500 per run; the task's own line suffices
        "logging.level.org.axonframework.modelling.command.AbstractRepository=ERROR"})
@DirtiesContext
class ScheduledReconcileTest extends SandboxApiTest {

    private static final Duration WITHIN = Duration.ofSeconds(60);
    private static final String DRIFT_IN_AUTHENTIK = "{\"authentik\":\"drift\",\"stalwart\":\"ok\",\"ocis\":\"ok\"}";

    @Autowired
    AuthentikClient authentik;
    @Autowired
    MongoTemplate mongo;

    @Test
    void everyTenantIsReconciledWithoutAnyoneAsking() {
        String alpha = onboarding.tenant("sched-alpha");
        String beta = onboarding.tenant("sched-beta");
        orphanInAuthentik("sched-alpha");
        orphanInAuthentik("sched-beta");

        await().atMost(WITHIN).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            assertThat(provisioningStatus("sched-alpha", alpha)).isEqualTo(DRIFT_IN_AUTHENTIK);
            assertThat(provisioningStatus("sched-beta", beta)).isEqualTo(DRIFT_IN_AUTHENTIK);
        });
        // the audit names the engine, not a caller, and the timer as the reason
        await().atMost(WITHIN).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(api.get("/api/tenants/sched-alpha/audit?type=TenantReconciliationStarted", alpha).body()
                        .get("entries")).extracting(e -> e.get("summary").asText())
                        .contains("the engine reconciled tenant sched-alpha: scheduled"));
    }

    @Test
    void aTenantWhoseReconcileCannotStartDoesNotStopTheOthers() {
        // A directory that lists tenants the event store does not have (a stale read model): their reconciliation
        // cannot start. A full page of them puts the real tenant on the task's second page.
        List<Document> ghosts = new ArrayList<>();
        for (int i = 0; i < FindTenantDirectoryQuery.MAX_LIMIT; i++) {
            ghosts.add(new Document("_id", "ghost-%03d".formatted(i)).append("displayName", "Ghost")
                    .append("status", "ACTIVE").append("createdAt", new Date()).append("admins", List.of())
                    .append("domains", List.of()).append("integrationsNeedingAttention", List.of()));
        }
        mongo.insert(ghosts, "tenant_directory");
        String admin = onboarding.tenant("later-co");
        orphanInAuthentik("later-co");

        await().atMost(WITHIN).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(provisioningStatus("later-co", admin)).isEqualTo(DRIFT_IN_AUTHENTIK));
    }

    /** An SSO account with the tenant's marker for a member it never had: drift only a reconciliation notices. */
    private void orphanInAuthentik(String slug) {
        authentik.createOrAdoptUser(new NewAuthentikUser("ghost@" + slug + ".test", "Ghost", "ghost@" + slug + ".test",
                new Ownership(slug, "m-gone")));
    }

    private String provisioningStatus(String slug, String token) {
        return api.get("/api/tenants/" + slug, token).body().path("provisioningStatus").toString();
    }
}
