package eu.dezky.domain.member;

import eu.dezky.api.member.MemberProvisionedEvent;
import eu.dezky.api.member.MemberSsoSubjectRecordedEvent;
import eu.dezky.api.member.RecordMemberSsoSubjectCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static eu.dezky.domain.member.MemberAggregateTest.ACME;
import static eu.dezky.domain.member.MemberAggregateTest.CREATED;
import static eu.dezky.domain.member.MemberAggregateTest.ID;

/** The SSO subject a member's tokens carry is recorded once, while onboarding. */
class MemberSsoSubjectTest {

    private FixtureConfiguration<MemberAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(MemberAggregate.class);
    }

    @Test
    void theSubjectIsRecordedWhileProvisioning() {
        fixture.given(CREATED)
                .when(new RecordMemberSsoSubjectCommand(ID, "abc123"))
                .expectEvents(new MemberSsoSubjectRecordedEvent(ID, ACME, "abc123"));
    }

    @Test
    void aRetriedSsoStepReportingTheSameSubjectRecordsNothingNew() {
        fixture.given(CREATED, new MemberSsoSubjectRecordedEvent(ID, ACME, "abc123"))
                .when(new RecordMemberSsoSubjectCommand(ID, "abc123"))
                .expectNoEvents();
    }

    @Test
    void aBlankSubjectIsNotRecorded() {
        fixture.given(CREATED)
                .when(new RecordMemberSsoSubjectCommand(ID, " "))
                .expectNoEvents();
    }

    @Test
    void aLateReportAfterTheOutcomeIsIgnored() {
        fixture.given(CREATED, new MemberProvisionedEvent(ID, ACME, null))
                .when(new RecordMemberSsoSubjectCommand(ID, "abc123"))
                .expectNoEvents();
    }
}
