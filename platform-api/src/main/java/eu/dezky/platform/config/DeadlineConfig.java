package eu.dezky.platform.config;

import com.github.kagkarlsson.scheduler.Scheduler;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.deadline.DeadlineManagerSpanFactory;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.serialization.Serializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The persistent deadline manager: Axon's db-scheduler implementation on the JDBC store, so saga retries and
 * timeouts survive a restart and commit with the saga state. Declared here with its concrete type because Axon's
 * auto-configured one is created lazily and typed as {@code DeadlineManager}, and db-scheduler's task looks the
 * manager up by its concrete type: after a restart nothing had created it yet and due deadlines failed.
 */
@Configuration(proxyBeanMethods = false)
class DeadlineConfig {

    @Bean
    DbSchedulerDeadlineManager deadlineManager(Scheduler scheduler, org.axonframework.config.Configuration axon,
                                               Serializer serializer, TransactionManager transactions,
                                               DeadlineManagerSpanFactory spans) {
        return DbSchedulerDeadlineManager.builder()
                .scheduler(scheduler)
                .scopeAwareProvider(new ConfigurationScopeAwareProvider(axon))
                .serializer(serializer)
                .transactionManager(transactions)
                .spanFactory(spans)
                // db-scheduler's Spring Boot starter owns the scheduler's lifecycle.
                .startScheduler(false)
                .stopScheduler(false)
                .build();
    }
}
