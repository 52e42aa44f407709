package eu.dezky.platform.config;

import eu.dezky.adapters.authentik.AuthentikClient;
import eu.dezky.adapters.ocis.OcisClient;
import eu.dezky.adapters.stalwart.StalwartClient;
import eu.dezky.sagas.claim.ClaimSettings;
import eu.dezky.sagas.domain.DomainExpirySettings;
import eu.dezky.sagas.domain.DomainSagaSettings;
import eu.dezky.sagas.steps.ExternalSystems;
import eu.dezky.sagas.steps.SystemSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.Duration;

/**
 * The sagas' settings, bound once from the configuration (README.md lists the variables) and injected into the sagas
 * as resources: one record per external system, shared by every saga that calls it, plus what only the domain and
 * member sagas know about.
 */
@Configuration(proxyBeanMethods = false)
class SagaSettings {

    /** {@code dezky.systems}: each external system's switch, attempts and backoff. */
    @ConfigurationProperties("dezky.systems")
    record Systems(System authentik, System stalwart, System ocis) {

        /** One system: off means its steps are skipped; attempts per step and undo; first and longest retry delay. */
        record System(boolean enabled, int maxAttempts, Duration firstBackoff, Duration maxBackoff) {

            SystemSettings settings(String name) {
                return SystemSettings.of(name, enabled, maxAttempts, firstBackoff, maxBackoff);
            }
        }
    }

    /** {@code dezky.domains}: DNS rechecks, the wait for Stalwart's DKIM keys, the life of an unverified domain. */
    @ConfigurationProperties("dezky.domains")
    record Domains(Duration recheckPending, Duration recheckVerified, Duration dkimWaitInterval,
                   Duration unverifiedTtl) {
    }

    /** {@code dezky.members}: the SSO subject mode and how long a provisional address claim waits for its owner. */
    @ConfigurationProperties("dezky.members")
    record Members(String ssoSubjectMode, Duration claimConfirmWithin) {
    }

    /** Each system's settings with its client's limiter, where a step reserves its requests. */
    @Bean
    ExternalSystems externalSystems(Systems systems, AuthentikClient authentik, StalwartClient stalwart,
                                    OcisClient ocis) {
        ExternalSystems bound = bound(systems);
        return new ExternalSystems(bound.authentik().withAdmission(authentik.admission()),
                bound.stalwart().withAdmission(stalwart.admission()), bound.ocis().withAdmission(ocis.admission()));
    }

    /** The systems' settings as configured, without limiters. */
    static ExternalSystems bound(Systems systems) {
        return new ExternalSystems(systems.authentik().settings("Authentik"), systems.stalwart().settings("Stalwart"),
                systems.ocis().settings("oCIS"));
    }

    @Bean
    DomainSagaSettings domainSagaSettings(Domains domains) {
        return DomainSagaSettings.defaults().withRechecks(domains.recheckPending(), domains.recheckVerified())
                .withDkimWaitInterval(domains.dkimWaitInterval());
    }

    /** How long a domain whose ownership was never proven is kept (DEZKY_DOMAIN_UNVERIFIED_TTL). */
    @Bean
    DomainExpirySettings domainExpirySettings(Domains domains) {
        return new DomainExpirySettings(domains.unverifiedTtl());
    }

    /** How long a provisional address claim waits for its member, alias or list (DEZKY_CLAIM_CONFIRM_WITHIN). */
    @Bean
    ClaimSettings claimSettings(Members members) {
        return new ClaimSettings(members.claimConfirmWithin());
    }

    /** The sagas' clock: when a scheduled retry is due, as their step reports say. */
    @Bean
    Clock sagaClock() {
        return Clock.systemUTC();
    }
}
