package eu.dezky.projections.operation;

import eu.dezky.api.domain.DomainName;
import eu.dezky.api.domain.DomainStatus;
import eu.dezky.api.domain.MailDomainCheckRequestedEvent;
import eu.dezky.api.domain.MailDomainReleaseReason;
import eu.dezky.api.domain.MailDomainReleaseStartedEvent;
import eu.dezky.api.domain.MailDomainRemovalRefusedEvent;
import eu.dezky.api.domain.MailDomainRemovalRequestedEvent;
import eu.dezky.api.domain.MailDomainTakeoverAbandonedEvent;
import eu.dezky.api.operation.FindOperationQuery;
import eu.dezky.api.operation.OperationStatus;
import eu.dezky.api.operation.OperationView;
import eu.dezky.api.operation.StepState;
import eu.dezky.api.tenant.TenantId;
import eu.dezky.projections.support.InMemoryMongo;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/** A takeover's operation for the claimant ends when the holder's removal it waits on is refused. */
class DomainTakeoverOperationTest {

    static final DomainName ORG = new DomainName("acme.org");
    static final TenantId HOLDER = new TenantId("acme");
    static final TenantId CLAIMANT = new TenantId("owner");
    static final List<String> BLOCKERS = List.of("mailbox alice@acme.org");
    static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    @RegisterExtension
    final InMemoryMongo mongo = new InMemoryMongo();
    DomainOperationHistory domains;
    OperationViews views;

    @BeforeEach
    void start() {
        domains = new DomainOperationHistory(new OperationRecords(mongo.template(), mock(QueryUpdateEmitter.class)));
        views = new OperationViews(mongo.template());
    }

    @Test
    void aRefusedReleaseFailsTheClaimantsTakeoverWithoutShowingTheHoldersBlockers() {
        domains.on(new MailDomainReleaseStartedEvent(ORG, HOLDER, MailDomainReleaseReason.TAKEN_OVER, CLAIMANT,
                "claim_0123456789abcdef", "op-release", "op-takeover", false), T0, "bob", "customer-admin");
        domains.on(new MailDomainRemovalRefusedEvent(ORG, HOLDER, BLOCKERS, DomainStatus.PENDING, "op-release",
                "op-takeover"), T0.plusSeconds(60));

        OperationView takeover = view(CLAIMANT, "op-takeover");
        assertThat(takeover.kind()).isEqualTo("mail-domain-takeover");
        assertThat(takeover.status()).isEqualTo(OperationStatus.FAILED);
        assertThat(takeover.finishedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(takeover.reason()).contains("still in use by its current holder", "takeover did not happen",
                "try again later", "contact support").doesNotContain("alice");
        assertThat(takeover.steps()).singleElement().satisfies(step -> assertThat(step.state())
                .isEqualTo(StepState.SKIPPED));
        OperationView release = view(HOLDER, "op-release");
        assertThat(release.status()).isEqualTo(OperationStatus.FAILED);
        assertThat(release.reason()).isEqualTo("the domain is still in use: mailbox alice@acme.org");
    }

    @Test
    void aRefusalWithoutATakeoverEndsOnlyTheRemoval() {
        domains.on(new MailDomainReleaseStartedEvent(ORG, HOLDER, MailDomainReleaseReason.TAKEN_OVER, CLAIMANT,
                "claim_0123456789abcdef", "op-release", "op-takeover", false), T0, "bob", "customer-admin");
        domains.on(new MailDomainCheckRequestedEvent(ORG, HOLDER, "op-check"), T0, "alice", "customer-admin");
        DomainName net = new DomainName("acme.net");
        domains.on(new MailDomainRemovalRequestedEvent(net, HOLDER, "d2", "op-rm"), T0, "alice", "customer-admin");

        domains.on(new MailDomainRemovalRefusedEvent(net, HOLDER, BLOCKERS, DomainStatus.VERIFIED, "op-rm", null),
                T0.plusSeconds(5));

        assertThat(view(HOLDER, "op-rm").status()).isEqualTo(OperationStatus.FAILED);
        assertThat(view(CLAIMANT, "op-takeover").status()).isEqualTo(OperationStatus.RUNNING);
        assertThat(view(HOLDER, "op-release").status()).isEqualTo(OperationStatus.RUNNING);
        assertThat(view(HOLDER, "op-check").status()).isEqualTo(OperationStatus.RUNNING);
    }

    @Test
    void aReleaseContinuingAsARemovalKeepsItsStartAndShowsNoActorOfTheClaimant() {
        domains.on(new MailDomainReleaseStartedEvent(ORG, HOLDER, MailDomainReleaseReason.TAKEN_OVER, CLAIMANT,
                "claim_0123456789abcdef", "op-release", "op-takeover", false), T0, "bob", "customer-admin");
        domains.on(new MailDomainRemovalRequestedEvent(ORG, HOLDER, "d1", "op-release"), T0.plusSeconds(30), "bob",
                "customer-admin");

        OperationView release = view(HOLDER, "op-release");
        assertThat(release.kind()).isEqualTo("mail-domain-removal");
        assertThat(release.status()).isEqualTo(OperationStatus.RUNNING);
        assertThat(release.startedAt()).isEqualTo(T0);
        assertThat(release.actor()).isNull();
        assertThat(release.steps()).hasSize(1);
    }

    @Test
    void aTakeoverWhoseAddWasRefusedFailsWithTheReason() {
        domains.on(new MailDomainReleaseStartedEvent(ORG, HOLDER, MailDomainReleaseReason.TAKEN_OVER, CLAIMANT,
                "claim_0123456789abcdef", "op-release", "op-takeover", false), T0, "bob", "customer-admin");
        domains.on(new MailDomainTakeoverAbandonedEvent(ORG, CLAIMANT, "op-takeover", "tenant owner is suspended"),
                T0.plusSeconds(90));

        OperationView takeover = view(CLAIMANT, "op-takeover");
        assertThat(takeover.status()).isEqualTo(OperationStatus.FAILED);
        assertThat(takeover.finishedAt()).isEqualTo(T0.plusSeconds(90));
        assertThat(takeover.reason()).contains("could not be added to this tenant", "tenant owner is suspended",
                "add it again");
        assertThat(view(HOLDER, "op-release").status()).isEqualTo(OperationStatus.RUNNING);
    }

    private OperationView view(TenantId tenant, String operationId) {
        return views.handle(new FindOperationQuery(tenant, operationId));
    }
}
