package eu.dezky.sagas.domain;

import eu.dezky.api.claim.MailAddress;
import eu.dezky.api.common.RuleViolationException;
import eu.dezky.api.domain.AbandonMailDomainTakeoverCommand;
import eu.dezky.api.domain.AddMailDomainCommand;
import eu.dezky.api.domain.ContinueMailDomainReleaseCommand;
import eu.dezky.api.domain.DomainName;
import eu.dezky.api.domain.MailDomainReleaseReason;
import eu.dezky.api.domain.MailDomainReleaseStartedEvent;
import eu.dezky.api.domain.MailDomainRemovedEvent;
import eu.dezky.api.mail.FindMailAddressesOnDomainQuery;
import eu.dezky.api.mail.MailAddressesOnDomain;
import eu.dezky.api.mail.MailAliasId;
import eu.dezky.api.mail.MailAliasRemovalFailedEvent;
import eu.dezky.api.mail.MailAliasRemovedEvent;
import eu.dezky.api.mail.RemoveMailAliasCommand;
import eu.dezky.api.member.FindMembersQuery;
import eu.dezky.api.member.MemberId;
import eu.dezky.api.member.MemberList;
import eu.dezky.api.member.MemberRemovedEvent;
import eu.dezky.api.member.MemberStatus;
import eu.dezky.api.member.MemberView;
import eu.dezky.api.member.RemoveMemberCommand;
import eu.dezky.api.tenant.TenantId;
import eu.dezky.sagas.SagaFixtures;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.isA;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** A domain's release: its users go first through their own removal paths, then the domain, then the claimant's add. */
class MailDomainReleaseSagaTest {

    static final DomainName DOMAIN = new DomainName("contested.example");
    static final TenantId SQUATTER = new TenantId("squat-co");
    static final TenantId OWNER = new TenantId("owner-co");
    static final String ALICE = "6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b";
    static final MailAliasId SALES = MailAliasId.of(new MailAddress("sales@contested.example"));
    static final MailDomainReleaseStartedEvent TAKEOVER = new MailDomainReleaseStartedEvent(DOMAIN, SQUATTER,
            MailDomainReleaseReason.TAKEN_OVER, OWNER, "claim_0123456789abcdef", "op-squat", "op-owner", false);

    private final QueryGateway queries = mock(QueryGateway.class);
    private SagaTestFixture<MailDomainReleaseSaga> fixture;

    @BeforeEach
    void setUp() {
        fixture = SagaFixtures.of(MailDomainReleaseSaga.class, queries);
    }

    private void using(List<String> aliases, List<MemberView> members) {
        when(queries.query(isA(FindMailAddressesOnDomainQuery.class), any(org.axonframework.messaging.responsetypes.ResponseType.class)))
                .thenReturn(CompletableFuture.completedFuture(new MailAddressesOnDomain(List.of(), aliases, List.of())));
        when(queries.query(isA(FindMembersQuery.class), any(org.axonframework.messaging.responsetypes.ResponseType.class)))
                .thenReturn(CompletableFuture.completedFuture(new MemberList(members)));
    }

    private static MemberView member(String id, String mailbox, MemberStatus status) {
        return new MemberView(id, "squat-co", "Alice", "alice", null, mailbox, status, null, List.of(), null, List.of(),
                null, null);
    }

    @Test
    void theDomainsAliasesAndMembersAreRemovedFirst() {
        using(List.of("sales@contested.example"), List.of(member(ALICE, "alice@contested.example", MemberStatus.ACTIVE),
                member("0b6d1f52-6a4e-4d77-9d1a-3b6c1b0e9f10", "bob@other.example", MemberStatus.ACTIVE)));
        fixture.givenNoPriorActivity()
                .whenAggregate(DOMAIN.value()).publishes(TAKEOVER)
                .expectDispatchedCommands(
                        new RemoveMailAliasCommand(SALES, SQUATTER, "its domain contested.example was taken over by its"
                                + " proven owner", "op-squat"),
                        new RemoveMemberCommand(new MemberId(ALICE), SQUATTER, "op-squat"));
    }

    @Test
    void onceTheyAreGoneTheDomainIsRemovedAndThenAddedToTheClaimant() {
        using(List.of("sales@contested.example"), List.of(member(ALICE, "alice@contested.example", MemberStatus.ACTIVE)));
        fixture.givenAggregate(DOMAIN.value()).published(TAKEOVER)
                .andThenAggregate(SALES.toString()).published(new MailAliasRemovedEvent(SALES, SQUATTER, "x", "op-squat"))
                .whenAggregate(ALICE).publishes(new MemberRemovedEvent(new MemberId(ALICE), SQUATTER,
                        new MailAddress("alice@contested.example"), false, "op-squat"))
                .expectDispatchedCommands(new ContinueMailDomainReleaseCommand(DOMAIN));
        fixture.whenAggregate(DOMAIN.value()).publishes(new MailDomainRemovedEvent(DOMAIN, SQUATTER, "op-squat"))
                .expectDispatchedCommands(new AddMailDomainCommand(DOMAIN, OWNER, "claim_0123456789abcdef", "op-owner"))
                .expectActiveSagas(0);
    }

    @Test
    void aDomainWithoutUsersIsRemovedAtOnce() {
        using(List.of(), List.of(member(ALICE, "alice@contested.example", MemberStatus.REMOVED)));
        fixture.givenNoPriorActivity()
                .whenAggregate(DOMAIN.value()).publishes(TAKEOVER)
                .expectDispatchedCommands(new ContinueMailDomainReleaseCommand(DOMAIN));
    }

    @Test
    void aClaimantWhoseAddIsRefusedHasItsTakeoverAbandoned() {
        using(List.of(), List.of());
        fixture.setCallbackBehavior((command, metaData) -> {
            if (command instanceof AddMailDomainCommand) {
                throw new RuleViolationException("tenant-suspended", "tenant owner-co is suspended");
            }
            return null;
        });
        fixture.givenAggregate(DOMAIN.value()).published(TAKEOVER)
                .whenAggregate(DOMAIN.value()).publishes(new MailDomainRemovedEvent(DOMAIN, SQUATTER, "op-squat"))
                .expectDispatchedCommands(new AddMailDomainCommand(DOMAIN, OWNER, "claim_0123456789abcdef", "op-owner"),
                        new AbandonMailDomainTakeoverCommand(DOMAIN, OWNER, "op-owner", "tenant owner-co is suspended"));
    }

    @Test
    void anAliasWhoseRemovalFailedIsNotAwaitedForever() {
        using(List.of("sales@contested.example"), List.of());
        fixture.givenAggregate(DOMAIN.value()).published(TAKEOVER)
                .whenAggregate(SALES.toString()).publishes(new MailAliasRemovalFailedEvent(SALES, SQUATTER,
                        "the mail server answered 500", "op-squat"))
                .expectDispatchedCommands(new ContinueMailDomainReleaseCommand(DOMAIN));
    }
}
