package eu.dezky.platform.application.reconcile;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import com.github.kagkarlsson.scheduler.task.schedule.Schedule;
import eu.dezky.api.tenant.FindTenantDirectoryQuery;
import eu.dezky.api.tenant.TenantDirectoryEntry;
import eu.dezky.api.tenant.TenantDirectoryPage;
import eu.dezky.api.tenant.TenantId;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;
import java.time.Instant;

/**
 * Reconciles every tenant every DEZKY_RECONCILE_EVERY (default a day), so drift shows in the tenant's provisioning
 * status and the tenant lists without anyone asking. A db-scheduler task like the vault sweep: its schedule survives
 * restarts and only one engine runs it when several share the database. One tenant that cannot be started does not
 * stop the others.
 */
@Configuration(proxyBeanMethods = false)
class ReconcileSchedule {

    private static final Logger log = LoggerFactory.getLogger(ReconcileSchedule.class);

    @Bean
    RecurringTask<Void> tenantReconcile(Reconciliation reconciliation, QueryGateway queries,
                                        @Value("${dezky.reconcile.every}") Duration every) {
        return Tasks.recurring("tenant-reconcile", new AfterFirstDelay(every)).execute((instance, context) -> {
            String after = null;
            do {
                TenantDirectoryPage page = queries.query(new FindTenantDirectoryQuery(null, null, null, after,
                        FindTenantDirectoryQuery.MAX_LIMIT), ResponseTypes.instanceOf(TenantDirectoryPage.class)).join();
                for (TenantDirectoryEntry tenant : page.tenants()) {
                    try {
                        reconciliation.reconcileScheduled(new TenantId(tenant.slug()));
                    } catch (RuntimeException e) {
                        log.warn("Scheduled reconciliation of tenant {} could not start: {}", tenant.slug(),
                                e.getMessage());
                    }
                }
                after = page.nextCursor();
            } while (after != null);
        });
    }

    /** A fixed delay whose first run is one delay after the task is first registered, not at start-up. */
    private record AfterFirstDelay(Duration every) implements Schedule {

        @Override
        public Instant getNextExecutionTime(ExecutionComplete complete) {
            return FixedDelay.of(every).getNextExecutionTime(complete);
        }

        @Override
        public Instant getInitialExecutionTime(Instant now) {
            return now.plus(every);
        }

        @Override
        public boolean isDeterministic() {
            return false;
        }
    }
}
