package eu.dezky.platform.config;

import eu.dezky.adapters.stalwart.StalwartClient;
import eu.dezky.domain.mail.MailAliasAggregate;
import eu.dezky.domain.mail.MailingListAggregate;
import eu.dezky.sagas.mail.MailAliasSaga;
import eu.dezky.sagas.mail.MailServer;
import eu.dezky.sagas.mail.MailingListSaga;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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

    /** The mail sagas' way into Stalwart. */
    @Bean
    MailServer mailServer(StalwartClient stalwart) {
        return new MailServer(stalwart);
    }
}
