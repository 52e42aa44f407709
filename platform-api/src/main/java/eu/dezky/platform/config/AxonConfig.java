package eu.dezky.platform.config;

import com.mongodb.client.MongoClient;
import eu.dezky.domain.tenant.TenantAggregate;
import eu.dezky.projections.ProjectionGroups;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import eu.dezky.platform.audit.CallerMetadata;

/**
 * Axon wiring that auto-configuration cannot guess: the aggregates (plain classes, no Spring stereotypes in
 * {@code domain}), the projections' token store in MongoDB, and the caller metadata every event inherits.
 */
@Configuration(proxyBeanMethods = false)
class AxonConfig {

    @Bean
    ConfigurerModule aggregates() {
        return configurer -> configurer.configureAggregate(TenantAggregate.class);
    }

    /**
     * Projections keep their tokens in MongoDB beside their read models (ARCHITECTURE.md's storage rule); every
     * other processor uses the JDBC token store auto-configured on the event store's database. The token store
     * is not a bean on purpose: a TokenStore bean would replace the JDBC default for everyone.
     */
    @Bean
    ConfigurerModule projectionTokenStores(MongoClient mongoClient, MongoEndpoint endpoint) {
        return configurer -> configurer.eventProcessing(processing -> ProjectionGroups.ALL.forEach(group ->
                processing.registerTokenStore(group, config -> MongoTokenStore.builder()
                        .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(mongoClient, endpoint.database()).build())
                        .serializer(config.serializer())
                        .build())));
    }

    /** Copies who caused a command onto every event it produces: the audit trail. */
    @Bean
    CorrelationDataProvider callerCorrelationData() {
        return new SimpleCorrelationDataProvider(CallerMetadata.KEYS.toArray(String[]::new));
    }

    /** Declared explicitly because declaring any provider switches off Axon's default one. */
    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }
}
