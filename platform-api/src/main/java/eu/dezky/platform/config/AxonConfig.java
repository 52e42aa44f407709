package eu.dezky.platform.config;

import eu.dezky.domain.maildomain.MailDomainAggregate;
import eu.dezky.domain.claim.MailAddressClaimAggregate;
import eu.dezky.domain.member.MemberAggregate;
import eu.dezky.domain.member.MemberImportAggregate;
import eu.dezky.domain.partner.PartnerAggregate;
import eu.dezky.domain.processing.ProcessorLogAggregate;
import eu.dezky.domain.tenant.TenantAggregate;
import eu.dezky.adapters.authentik.AuthentikClient;
import eu.dezky.adapters.authentik.SsoSubjectMode;
import eu.dezky.adapters.ocis.OcisClient;
import eu.dezky.adapters.stalwart.StalwartClient;
import eu.dezky.sagas.member.MemberAccounts;
import eu.dezky.sagas.member.MemberLifecycleSaga;
import eu.dezky.sagas.member.MemberUpdateSaga;
import eu.dezky.sagas.member.MemberLinkSaga;
import eu.dezky.sagas.member.MemberOnboardingSaga;
import eu.dezky.sagas.member.MemberRemovalSaga;
import eu.dezky.sagas.claim.UnconfirmedClaimSaga;
import eu.dezky.projections.ProjectionGroups;
import eu.dezky.projections.TenantSequencingPolicy;
import eu.dezky.sagas.domain.MailDomainRemovalSaga;
import eu.dezky.sagas.domain.MailDomainExpirySaga;
import eu.dezky.sagas.domain.MailDomainReleaseSaga;
import eu.dezky.sagas.domain.MailDomainSetupSaga;
import eu.dezky.sagas.domain.MailDomainVerificationSaga;
import eu.dezky.sagas.domain.TenantDomainPolicy;
import eu.dezky.sagas.mail.MailServer;
import eu.dezky.sagas.reconcile.Repairs;
import eu.dezky.sagas.reconcile.TenantReconciler;
import eu.dezky.sagas.reconcile.TenantRepairSaga;
import eu.dezky.sagas.steps.ExternalSystems;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import eu.dezky.platform.audit.CallerMetadata;
import eu.dezky.platform.processing.ProcessorSettings;
import eu.dezky.platform.processing.ProjectionDeadLetterPolicy;
import eu.dezky.platform.readmodel.ProjectionTokenStores;
import eu.dezky.platform.readmodel.ReadModelTransactions;
import eu.dezky.projections.readmodel.ReadModelTemplate;

/**
 * Axon wiring that auto-configuration cannot guess: the aggregates (plain classes, no Spring stereotypes in
 * {@code domain}), the sagas and policies (plain classes in {@code sagas}; their state, tokens and deadlines go to
 * the JDBC stores by default), the projections' token store in MongoDB, and the caller metadata every event inherits.
 */
@Configuration(proxyBeanMethods = false)
class AxonConfig {

    /**
     * Axon's embedded event store as auto-configuration builds it (on the auto-configured JDBC storage), with streams
     * that wake an idle pooled processor when events arrive instead of letting it look every 500 ms
     * ({@link WakingEventStore}). Replaced after creation, so every other auto-configured bean stays as it is.
     */
    @Bean
    static BeanPostProcessor wakingEventStore(ObjectProvider<EventStorageEngine> storage,
                                              ObjectProvider<org.axonframework.config.Configuration> axon) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (!(bean instanceof EmbeddedEventStore plain) || bean instanceof WakingEventStore
                        || !name.equals("eventBus")) {
                    return bean;
                }
                plain.shutDown(); // never started: nothing was read or published through it
                return WakingEventStore.on(storage.getObject(), EmbeddedEventStore.builder()
                        .messageMonitor(axon.getObject().messageMonitor(EventStore.class, "eventStore"))
                        .spanFactory(axon.getObject().getComponent(EventBusSpanFactory.class)));
            }
        };
    }

    /**
     * The event store for processors nobody waits on ({@code source: lingeringEvents} in {@code application.yml}):
     * they look for new events {@code dezky.processors.linger} after they arrive, out of the way of the portal's.
     */
    @Bean
    LingeringEvents lingeringEvents(EventStore eventStore, ProcessorSettings settings) {
        return new LingeringEvents(eventStore, settings.linger());
    }

    @Bean
    ConfigurerModule aggregates() {
        return configurer -> configurer.configureAggregate(TenantAggregate.class)
                .configureAggregate(MailDomainAggregate.class)
                .configureAggregate(MemberAggregate.class)
                .configureAggregate(MemberImportAggregate.class)
                .configureAggregate(MailAddressClaimAggregate.class)
                .configureAggregate(PartnerAggregate.class)
                .configureAggregate(ProcessorLogAggregate.class);
    }

    @Bean
    ConfigurerModule sagas() {
        return configurer -> {
            configurer.eventProcessing(processing -> processing
                    .registerSaga(MailDomainSetupSaga.class)
                    .registerSaga(MailDomainVerificationSaga.class)
                    .registerSaga(MailDomainRemovalSaga.class)
                    .registerSaga(MailDomainExpirySaga.class)
                    .registerSaga(MailDomainReleaseSaga.class)
                    .registerSaga(MemberOnboardingSaga.class)
                    .registerSaga(MemberLifecycleSaga.class)
                    .registerSaga(MemberUpdateSaga.class)
                    .registerSaga(UnconfirmedClaimSaga.class)
                    .registerSaga(MemberRemovalSaga.class)
                    .registerSaga(MemberLinkSaga.class));
            configurer.registerEventHandler(config -> new TenantDomainPolicy(config.commandGateway()));
        };
    }

    /** The reconciler reads the systems through the same clients the sagas write with; the repair saga writes. */
    @Bean
    ConfigurerModule reconciler(ExternalSystems systems, AuthentikClient authentik, StalwartClient stalwart,
                                OcisClient ocis) {
        return configurer -> {
            configurer.registerEventHandler(config -> new TenantReconciler(config.commandGateway(),
                    config.queryGateway(), systems, authentik, stalwart, ocis));
            configurer.eventProcessing(processing -> processing.registerSaga(TenantRepairSaga.class));
        };
    }

    /** What the repair saga does to one object, through the member sagas' accounts and the mail server. */
    @Bean
    Repairs repairs(MemberAccounts accounts, MailServer mail, AuthentikClient authentik, StalwartClient stalwart,
                    OcisClient ocis) {
        return new Repairs(accounts, mail, authentik, stalwart, ocis);
    }

    /**
     * The member sagas' way into Authentik, Stalwart and oCIS. The subject mode must match the {@code sub_mode} of
     * the Authentik provider issuing the portal's tokens (DEZKY_SSO_SUBJECT_MODE); a wrong value stops the start.
     */
    @Bean
    MemberAccounts memberAccounts(AuthentikClient authentik, StalwartClient stalwart, OcisClient ocis,
                                  SagaSettings.Members members) {
        return new MemberAccounts(authentik, stalwart, ocis, SsoSubjectMode.parse(members.ssoSubjectMode()));
    }

    /**
     * Projections keep their tokens in MongoDB beside their read models (ARCHITECTURE.md's storage rule), under the
     * name of the read-model generation they write; every other processor uses the JDBC token store
     * auto-configured on the event store's database. The token store is not a bean on purpose: a TokenStore bean
     * would replace the JDBC default for everyone. A projection's unit of work is a write batch of the read models
     * ({@link ReadModelTransactions}), not a JDBC transaction: it writes nothing to the event store's database, and
     * its token is stored once the batch's writes are in.
     */
    @Bean
    ConfigurerModule projectionTokenStores(ProjectionTokenStores tokenStores, ReadModelTemplate readModels) {
        ReadModelTransactions transactions = new ReadModelTransactions(readModels);
        return configurer -> configurer.eventProcessing(processing -> ProjectionGroups.ALL.forEach(group -> processing
                .registerTokenStore(group, config -> tokenStores.live(config.serializer(), transactions::storeAfterCommit))
                .registerTransactionManager(group, config -> transactions)));
    }

    /** What a projection does with an event it failed on: park it, unless the read-model store itself failed. */
    @Bean
    ConfigurerModule projectionDeadLetterPolicy() {
        ProjectionDeadLetterPolicy policy = new ProjectionDeadLetterPolicy();
        return configurer -> configurer.eventProcessing(processing -> ProjectionGroups.ALL.forEach(group ->
                processing.registerDeadLetterPolicy(group, config -> policy)));
    }

    /** Projections whose documents gather a tenant's events from several aggregates run one sequence per tenant. */
    @Bean
    ConfigurerModule perTenantSequencing() {
        return configurer -> configurer.eventProcessing(processing -> ProjectionGroups.PER_TENANT.forEach(group ->
                processing.registerSequencingPolicy(group, config -> new TenantSequencingPolicy())));
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
