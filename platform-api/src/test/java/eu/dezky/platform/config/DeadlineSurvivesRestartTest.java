package eu.dezky.platform.config;

import eu.dezky.platform.DezkyEngineApplication;
import eu.dezky.platform.support.IsolatedInfrastructure;
import eu.dezky.platform.support.TestInfrastructure;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Saga retries and timeouts must survive a restart: a deadline scheduled before the application context closes
 * fires after a new context starts on the same database, also when the engine that had picked it up died.
 */
class DeadlineSurvivesRestartTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class ProbeAggregate {
        @Bean
        ConfigurerModule deadlineProbe() {
            return configurer -> configurer.configureAggregate(DeadlineProbe.class);
        }
    }

    @Test
    void aDeadlineScheduledBeforeShutdownFiresAfterRestart() {
        Map<String, Object> properties = properties();

        try (ConfigurableApplicationContext first = start(properties)) {
            assertThat(first.getBean(DeadlineManager.class)).isInstanceOf(DbSchedulerDeadlineManager.class);
            first.getBean(CommandGateway.class)
                    .sendAndWait(new DeadlineProbe.ScheduleProbeCommand("probe-1", Duration.ofSeconds(10)));
        }
        JdbcTemplate outside = outside(properties);
        assertThat(firedEvents(outside, "probe-1")).as("the first context closed before the deadline was due").isZero();

        try (ConfigurableApplicationContext second = start(properties)) {
            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
            await().atMost(Duration.ofSeconds(45)).untilAsserted(() -> assertThat(firedEvents(jdbc, "probe-1")).isEqualTo(1));
        }
    }

    /**
     * A killed engine leaves its deadline picked, with a heartbeat that stops: db-scheduler's defaults (5 min beats, 6
     * missed) left such a retry alone for half an hour. The restarted engine revives it and runs it within a minute.
     */
    @Test
    void aDeadlineADeadEngineHadPickedUpRunsWithinAMinuteOfTheRestart() {
        Map<String, Object> properties = properties();
        try (ConfigurableApplicationContext first = start(properties)) {
            first.getBean(CommandGateway.class)
                    .sendAndWait(new DeadlineProbe.ScheduleProbeCommand("probe-2", Duration.ofHours(1)));
        }
        JdbcTemplate outside = outside(properties);
        // what a kill -9 mid-execution leaves: picked by an instance whose last heartbeat is long gone
        assertThat(outside.update("UPDATE scheduled_tasks SET picked = TRUE, picked_by = 'killed-engine',"
                + " execution_time = now() - interval '10 minutes', last_heartbeat = now() - interval '10 minutes'"
                + " WHERE execution_time > now() + interval '30 minutes' AND task_name NOT IN ('tenant-reconcile',"
                + " 'secret-vault-sweep')")) // the engine's own recurring tasks are no deadline
                .isEqualTo(1);

        try (ConfigurableApplicationContext second = start(properties)) {
            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
            await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(500))
                    .untilAsserted(() -> assertThat(firedEvents(jdbc, "probe-2")).isEqualTo(1));
        }
    }

    private static Map<String, Object> properties() {
        Map<String, Object> properties = new HashMap<>(IsolatedInfrastructure.properties(
                TestInfrastructure.get().newJdbcDatabase(), TestInfrastructure.get().newMongoUri()));
        properties.put("server.port", "0");
        properties.put("PORT", "0"); // default properties lose to application.yml's ${PORT:8080}; the placeholder does not
        return properties;
    }

    private static JdbcTemplate outside(Map<String, Object> properties) {
        return new JdbcTemplate(new DriverManagerDataSource((String) properties.get("DEZKY_JDBC_URL"),
                TestInfrastructure.get().jdbcUser(), TestInfrastructure.get().jdbcPassword()));
    }

    private static ConfigurableApplicationContext start(Map<String, Object> properties) {
        return new SpringApplicationBuilder(DezkyEngineApplication.class, ProbeAggregate.class)
                .properties(properties)
                .run();
    }

    private static int firedEvents(JdbcTemplate jdbc, String probe) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM domainevententry WHERE aggregateidentifier = ?"
                + " AND payloadtype LIKE '%ProbeFiredEvent'", Integer.class, probe);
    }
}
