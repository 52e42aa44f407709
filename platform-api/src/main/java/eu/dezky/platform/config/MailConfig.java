package eu.dezky.platform.config;

import eu.dezky.adapters.stalwart.StalwartClient;
import eu.dezky.domain.mail.MailAliasAggregate;
import eu.dezky.domain.mail.MailingListAggregate;
import eu.dezky.sagas.mail.MailAliasSaga;
import eu.dezky.sagas.mail.MailServer;
import eu.dezky.sagas.mail.MailSagaSettings;
import eu.dezky.sagas.mail.MailingListSaga;
import org.axonframework.config.ConfigurerModule;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

/**
 * Axon wiring of mail aliases and distribution lists: their aggregates, their sagas (state, tokens and deadlines in
 * the JDBC stores like every saga) and the sagas' resources. Kept apart from {@link AxonConfig} so the mail context
 * can be read, and changed, on its own.
 */
@Configuration(proxyBeanMethods = false)
class MailConfig {

    @Bean
    ConfigurerModule mailAggregatesAndSagas() {
        return configurer -> {
            configurer.configureAggregate(MailAliasAggregate.class)
                    .configureAggregate(MailingListAggregate.class);
            configurer.eventProcessing(processing -> processing
                    .registerSaga(MailAliasSaga.class)
                    .registerSaga(MailingListSaga.class));
        };
    }

    /**
     * Aliases and lists only touch Stalwart, so they follow the member sagas' Stalwart switch, attempts and backoff
     * (README.md documents the variables) instead of adding variables of their own.
     */
    @Bean
    MailSagaSettings mailSagaSettings(
            @Value("${dezky.domains.stalwart-provisioning-enabled}") boolean stalwartEnabled,
            @Value("${dezky.members.stalwart-max-attempts}") int stalwartAttempts,
            @Value("${dezky.members.retry-base-backoff}") Duration baseBackoff,
            @Value("${dezky.members.retry-max-backoff}") Duration maxBackoff) {
        return new MailSagaSettings(stalwartEnabled, stalwartAttempts, baseBackoff, maxBackoff,
                MailSagaSettings.defaults().jitter());
    }

    /** The mail sagas' way into Stalwart. */
    @Bean
    MailServer mailServer(StalwartClient stalwart) {
        return new MailServer(stalwart);
    }
}
