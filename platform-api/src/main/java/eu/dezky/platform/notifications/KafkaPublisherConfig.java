package eu.dezky.platform.notifications;

import eu.dezky.adapters.kafka.CloudEventRecords;
import eu.dezky.adapters.kafka.LifecyclePublisher;
import eu.dezky.adapters.notifications.LifecycleCatalogue;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.MicrometerProducerListener;

import java.time.Clock;
import java.util.Map;

/**
 * The Kafka publisher, present only when {@code KAFKA_BOOTSTRAP_SERVERS} is set: a single-threaded tracking processor
 * (token in the JDBC token store, PostgreSQL) whose errors propagate, so a failed batch is retried with Axon's backoff
 * (1 s doubling to 60 s) and never skipped; a producer that is idempotent with {@code acks=all} whatever
 * {@code spring.kafka.*} says (which still supplies TLS, SASL and tuning); health and metrics of its lag.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KafkaPublisherSettings.class)
class KafkaPublisherConfig {

    static final String PROCESSING_GROUP = "kafka-publisher";
    private static final Logger log = LoggerFactory.getLogger(KafkaPublisherConfig.class);

    @Bean
    @Conditional(KafkaConfigured.Not.class)
    ApplicationRunner kafkaPublisherOff(KafkaPublisherSettings settings) {
        return args -> log.info("Kafka publisher off: KAFKA_BOOTSTRAP_SERVERS is not set, so no lifecycle notifications"
                + " are published. Once it is set, publishing starts from the {} of the event store.",
                settings.startAt() == KafkaPublisherSettings.StartAt.NOW ? "head" : "beginning");
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(KafkaConfigured.class)
    static class Publishing {

        /** Not a bean: a ProducerFactory bean would replace Boot's default one; the publisher closes it. */
        private static DefaultKafkaProducerFactory<String, byte[]> producerFactory(
                KafkaProperties kafka, SslBundles ssl, KafkaPublisherSettings settings, ObjectProvider<MeterRegistry> meters) {
            Map<String, Object> config = kafka.buildProducerProperties(ssl);
            long timeout = settings.deliveryTimeout().toMillis();
            // what at-least-once in event order needs; not left to spring.kafka.producer.*
            config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            config.put(ProducerConfig.ACKS_CONFIG, "all");
            config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
            config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
            config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
            // a broker outage fails the batch within the delivery timeout, and the processor retries it
            config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) timeout);
            config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout);
            config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.min(timeout / 2, 30_000));
            config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 5);
            config.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "dezky-lifecycle-publisher");
            DefaultKafkaProducerFactory<String, byte[]> factory = new DefaultKafkaProducerFactory<>(config);
            meters.ifAvailable(registry -> factory.addListener(new MicrometerProducerListener<>(registry)));
            return factory;
        }

        @Bean(destroyMethod = "close")
        LifecyclePublisher lifecyclePublisher(KafkaProperties kafka, SslBundles ssl, KafkaPublisherSettings settings,
                                              ObjectProvider<MeterRegistry> meters) {
            Map<String, Object> adminConfig = kafka.buildAdminProperties(ssl);
            int timeout = (int) settings.deliveryTimeout().toMillis();
            adminConfig.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, Math.max(timeout, 10_000));
            adminConfig.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(Math.max(timeout, 10_000), 30_000));
            KafkaAdmin admin = new KafkaAdmin(adminConfig);
            // once per start, and a busy broker may take a while to create a topic: at least 10 s
            admin.setOperationTimeout((int) Math.max(10, settings.deliveryTimeout().toSeconds()));
            return new LifecyclePublisher(new KafkaTemplate<>(producerFactory(kafka, ssl, settings, meters)),
                    new CloudEventRecords(settings.topic()), admin);
        }

        @Bean
        PublisherLag publisherLag() {
            return new PublisherLag(Clock.systemUTC());
        }

        @Bean
        ConfigurerModule kafkaPublisherHandler(LifecyclePublisher publisher, PublisherLag lag, KafkaPublisherSettings settings) {
            // every send settles within the delivery timeout; the margin only guards against a stuck future
            PublishingHandler handler = new PublishingHandler(LifecycleCatalogue.CATALOGUE, publisher, lag,
                    settings.deliveryTimeout().plusSeconds(10));
            return configurer -> configurer.eventProcessing(processing -> processing
                    .registerEventHandler(config -> handler)
                    .assignHandlerInstancesMatching(PROCESSING_GROUP, PublishingHandler.class::isInstance));
        }

        @Bean
        ConfigurerModule kafkaPublisherProcessor(KafkaPublisherSettings settings) {
            return configurer -> configurer.eventProcessing(processing -> processing
                    .registerTrackingEventProcessor(PROCESSING_GROUP, config -> config.eventStore(),
                            config -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                    .andBatchSize(settings.batchSize())
                                    .andInitialTrackingToken(settings.startAt() == KafkaPublisherSettings.StartAt.NOW
                                            ? StreamableMessageSource::createHeadToken
                                            : StreamableMessageSource::createTailToken))
                    // the default handlers log and go on: a notification would be skipped for good
                    .registerListenerInvocationErrorHandler(PROCESSING_GROUP, config -> PropagatingErrorHandler.instance())
                    .registerErrorHandler(PROCESSING_GROUP, config -> PropagatingErrorHandler.instance()));
        }

        @Bean
        PublisherStatus publisherStatus(ObjectProvider<EventProcessingConfiguration> processing,
                                        ObjectProvider<EventStore> store, PublisherLag lag, KafkaPublisherSettings settings) {
            return new PublisherStatus(processing, store, lag, settings.topic());
        }

        @Bean("kafkaPublisherHealthIndicator")
        KafkaPublisherHealthIndicator kafkaPublisherHealthIndicator(PublisherStatus status) {
            return new KafkaPublisherHealthIndicator(status);
        }

        /** dezky.kafka.publisher.lag.events / .lag.seconds (gauges) and .acknowledged (records, a counter). */
        @Bean
        MeterBinder kafkaPublisherMetrics(PublisherStatus status) {
            return registry -> {
                Gauge.builder("dezky.kafka.publisher.lag.events",
                                status, s -> s.eventsBehind().isPresent() ? s.eventsBehind().getAsLong() : Double.NaN)
                        .description("events stored but not yet published (NaN: another instance publishes)")
                        .register(registry);
                Gauge.builder("dezky.kafka.publisher.lag.seconds", status, PublisherStatus::secondsBehind)
                        .description("age of the oldest event taken up but not yet acknowledged by Kafka")
                        .baseUnit("seconds").register(registry);
                FunctionCounter.builder("dezky.kafka.publisher.acknowledged", status, PublisherStatus::acknowledged)
                        .description("lifecycle notifications acknowledged by Kafka").register(registry);
            };
        }
    }
}
