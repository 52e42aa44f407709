package eu.dezky.platform.config;

import eu.dezky.domain.maildomain.MailDomainAggregate;
import eu.dezky.domain.member.MailAddressClaimAggregate;
import eu.dezky.domain.member.MemberAggregate;
import eu.dezky.domain.tenant.TenantAggregate;
import eu.dezky.adapters.authentik.AuthentikClient;
import eu.dezky.adapters.authentik.SsoSubjectMode;
import eu.dezky.adapters.ocis.OcisClient;
import eu.dezky.adapters.stalwart.StalwartClient;
import eu.dezky.sagas.member.MemberAccounts;
import eu.dezky.sagas.member.ClaimSettings;
import eu.dezky.sagas.member.MemberLifecycleSaga;
import eu.dezky.sagas.member.MemberLinkSaga;
import eu.dezky.sagas.member.MemberOnboardingSaga;
import eu.dezky.sagas.member.MemberRemovalSaga;
import eu.dezky.sagas.member.UnconfirmedClaimSaga;
import eu.dezky.sagas.member.MemberSagaSettings;
import eu.dezky.projections.ProjectionGroups;
import eu.dezky.sagas.domain.DomainSagaSettings;
import eu.dezky.sagas.domain.MailDomainRemovalSaga;
import eu.dezky.sagas.domain.MailDomainSetupSaga;
import eu.dezky.sagas.domain.MailDomainVerificationSaga;
import eu.dezky.sagas.domain.TenantDomainPolicy;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import eu.dezky.platform.audit.CallerMetadata;
import eu.dezky.platform.readmodel.ProjectionTokenStores;

import java.time.Duration;

/**
 * Axon wiring that auto-configuration cannot guess: the aggregates (plain classes, no Spring stereotypes in
 * {@code domain}), the sagas and policies (plain classes in {@code sagas}; their state, tokens and deadlines go to
 * the JDBC stores by default), the projections' token store in MongoDB, and the caller metadata every event inherits.
 */
@Configuration(proxyBeanMethods = false)
class AxonConfig {

    @Bean
    ConfigurerModule aggregates() {
        return configurer -> configurer.configureAggregate(TenantAggregate.class)
                .configureAggregate(MailDomainAggregate.class)
                .configureAggregate(MemberAggregate.class)
                .configureAggregate(MailAddressClaimAggregate.class);
    }

    @Bean
    ConfigurerModule sagas() {
        return configurer -> {
            configurer.eventProcessing(processing -> processing
                    .registerSaga(MailDomainSetupSaga.class)
                    .registerSaga(MailDomainVerificationSaga.class)
                    .registerSaga(MailDomainRemovalSaga.class)
                    .registerSaga(MemberOnboardingSaga.class)
                    .registerSaga(MemberLifecycleSaga.class)
                    .registerSaga(UnconfirmedClaimSaga.class)
                    .registerSaga(MemberRemovalSaga.class)
                    .registerSaga(MemberLinkSaga.class));
            configurer.registerEventHandler(config -> new TenantDomainPolicy(config.commandGateway()));
        };
    }

    /** Injected into the mail-domain sagas as a resource; the values are documented in README.md. */
    @Bean
    DomainSagaSettings domainSagaSettings(
            @Value("${dezky.domains.stalwart-provisioning-enabled}") boolean stalwartEnabled,
            @Value("${dezky.domains.recheck-pending}") Duration recheckPending,
            @Value("${dezky.domains.recheck-verified}") Duration recheckVerified,
            @Value("${dezky.domains.dkim-wait-interval}") Duration dkimWaitInterval) {
        return DomainSagaSettings.defaults().withStalwartEnabled(stalwartEnabled)
                .withRechecks(recheckPending, recheckVerified)
                .withDkimWaitInterval(dkimWaitInterval);
    }

    /** Injected into the member sagas as a resource; the values are documented in README.md. */
    @Bean
    MemberSagaSettings memberSagaSettings(
            @Value("${dezky.members.authentik-provisioning-enabled}") boolean authentikEnabled,
            @Value("${dezky.domains.stalwart-provisioning-enabled}") boolean stalwartEnabled,
            @Value("${dezky.members.ocis-provisioning-enabled}") boolean ocisEnabled,
            @Value("${dezky.members.authentik-max-attempts}") int authentikAttempts,
            @Value("${dezky.members.stalwart-max-attempts}") int stalwartAttempts,
            @Value("${dezky.members.ocis-max-attempts}") int ocisAttempts,
            @Value("${dezky.members.retry-base-backoff}") Duration baseBackoff,
            @Value("${dezky.members.retry-max-backoff}") Duration maxBackoff) {
        return MemberSagaSettings.defaults().withEnabled(authentikEnabled, stalwartEnabled, ocisEnabled)
                .withAttempts(authentikAttempts, stalwartAttempts, ocisAttempts)
                .withBackoff(baseBackoff, maxBackoff, MemberSagaSettings.defaults().jitter());
    }

    /** How long a member's provisional address claim waits for the member (DEZKY_MEMBER_CLAIM_CONFIRM_WITHIN). */
    @Bean
    ClaimSettings claimSettings(@Value("${dezky.members.claim-confirm-within}") Duration confirmWithin) {
        return new ClaimSettings(confirmWithin);
    }

    /**
     * The member sagas' way into Authentik, Stalwart and oCIS. The subject mode must match the {@code sub_mode} of
     * the Authentik provider issuing the portal's tokens (DEZKY_SSO_SUBJECT_MODE); a wrong value stops the start.
     */
    @Bean
    MemberAccounts memberAccounts(AuthentikClient authentik, StalwartClient stalwart, OcisClient ocis,
                                  @Value("${dezky.members.sso-subject-mode}") String subjectMode) {
        return new MemberAccounts(authentik, stalwart, ocis, SsoSubjectMode.parse(subjectMode));
    }

    /**
     * Projections keep their tokens in MongoDB beside their read models (ARCHITECTURE.md's storage rule), under the
     * name of the read-model generation they write; every other processor uses the JDBC token store
     * auto-configured on the event store's database. The token store is not a bean on purpose: a TokenStore bean
     * would replace the JDBC default for everyone.
     */
    @Bean
    ConfigurerModule projectionTokenStores(ProjectionTokenStores tokenStores) {
        return configurer -> configurer.eventProcessing(processing -> ProjectionGroups.ALL.forEach(group ->
                processing.registerTokenStore(group, config -> tokenStores.live(config.serializer()))));
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
