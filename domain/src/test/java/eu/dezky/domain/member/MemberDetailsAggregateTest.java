package eu.dezky.domain.member;

import eu.dezky.api.common.RuleViolationException;
import eu.dezky.api.member.ChangeMemberDetailsCommand;
import eu.dezky.api.member.MemberDetailsChangedEvent;
import eu.dezky.api.member.MemberLinkedEvent;
import eu.dezky.api.member.MemberOperationKind;
import eu.dezky.api.member.MemberProvisionedEvent;
import eu.dezky.api.member.MemberRemovalStartedEvent;
import eu.dezky.api.member.MemberRole;
import eu.dezky.api.member.MemberSystem;
import eu.dezky.api.member.RecordMemberOperationCompletedCommand;
import eu.dezky.api.member.MemberOperationCompletedEvent;
import eu.dezky.api.member.Username;
import eu.dezky.api.tenant.TenantId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static eu.dezky.domain.member.MemberAggregateTest.ACME;
import static eu.dezky.domain.member.MemberAggregateTest.BOB;
import static eu.dezky.domain.member.MemberAggregateTest.CREATED;
import static eu.dezky.domain.member.MemberAggregateTest.ID;
import static eu.dezky.domain.member.MemberLifecycleAggregateTest.ACTIVE;
import static eu.dezky.domain.member.MemberLifecycleAggregateTest.OP;
import static eu.dezky.domain.member.MemberLifecycleAggregateTest.OP2;
import static eu.dezky.domain.member.MemberLifecycleAggregateTest.SSO;
import static org.hamcrest.Matchers.containsString;

/** A member PATCH: what changed becomes the event and starts a member-update; the lifecycle rules apply. */
class MemberDetailsAggregateTest {

    private FixtureConfiguration<MemberAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(MemberAggregate.class);
    }

    @Test
    void aNewNameAndRoleStartTheUpdateWithTheAccountsAndAnUnchangedRoleIsLeftOut() {
        fixture.given(CREATED, SSO, ACTIVE)
                .when(new ChangeMemberDetailsCommand(ID, ACME, OP, "Bob B.", MemberRole.ADMIN))
                .expectEvents(new MemberDetailsChangedEvent(ID, ACME, OP, "Bob B.", MemberRole.ADMIN, BOB,
                        Map.of(MemberSystem.SSO, "7")));
        fixture.given(CREATED, SSO, ACTIVE)
                .when(new ChangeMemberDetailsCommand(ID, ACME, OP, null, MemberRole.MEMBER))
                .expectEvents(new MemberDetailsChangedEvent(ID, ACME, OP, null, null, BOB,
                        Map.of(MemberSystem.SSO, "7")));
    }

    @Test
    void oneOperationAtATimeAndTheNextOnceItEnded() {
        var changed = new MemberDetailsChangedEvent(ID, ACME, OP, "Bob B.", null, BOB, Map.of());
        fixture.given(CREATED, ACTIVE, changed)
                .when(new ChangeMemberDetailsCommand(ID, ACME, OP2, null, MemberRole.ADMIN))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(containsString("has a member-update operation running"));
        fixture.given(CREATED, ACTIVE, changed)
                .when(new RecordMemberOperationCompletedCommand(ID, OP))
                .expectEvents(new MemberOperationCompletedEvent(ID, ACME, OP, MemberOperationKind.UPDATE));
    }

    @Test
    void noChangeWhileProvisioningOrOnceRemovingAndNoRenameOfALinkedMembership() {
        fixture.given(CREATED)
                .when(new ChangeMemberDetailsCommand(ID, ACME, OP, "Bob B.", null))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(containsString("their status is PROVISIONING"));
        fixture.given(CREATED, ACTIVE, new MemberRemovalStartedEvent(ID, ACME, BOB, null, null, null, true, OP2))
                .when(new ChangeMemberDetailsCommand(ID, ACME, OP, "Bob B.", null))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(containsString("their status is REMOVING"));
        var linked = new MemberLinkedEvent(ID, ACME, "Bob Builder", new Username("bob"), MemberRole.MEMBER, BOB,
                new TenantId("globex"), null);
        fixture.given(linked, new MemberProvisionedEvent(ID, ACME, null))
                .when(new ChangeMemberDetailsCommand(ID, ACME, OP, "Bob B.", null))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(containsString("shares the person's accounts"));
        fixture.given(linked, new MemberProvisionedEvent(ID, ACME, null))
                .when(new ChangeMemberDetailsCommand(ID, ACME, OP, null, MemberRole.ADMIN))
                .expectEvents(new MemberDetailsChangedEvent(ID, ACME, OP, null, MemberRole.ADMIN, BOB, Map.of()));
    }
}
