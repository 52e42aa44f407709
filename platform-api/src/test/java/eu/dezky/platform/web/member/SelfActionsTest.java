package eu.dezky.platform.web.member;

import eu.dezky.platform.web.member.SelfActionException;
import eu.dezky.platform.web.member.SelfActions;
import eu.dezky.platform.web.http.ApiExceptionHandler;
import eu.dezky.api.common.PartnerId;
import eu.dezky.api.member.MemberRole;
import eu.dezky.api.member.MemberStatus;
import eu.dezky.api.member.MemberView;
import eu.dezky.platform.security.Audience;
import eu.dezky.platform.security.Caller;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The self-action rule: nobody suspends, force-logs-out or removes themself, recognised by subject or e-mail. */
class SelfActionsTest {

    static MemberView bob(String ssoSubject) {
        return new MemberView("6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b", "acme", "Bob Builder", "bob", MemberRole.ADMIN,
                "bob@acme.test", MemberStatus.ACTIVE, null, List.of(), Instant.EPOCH, List.of(), null, ssoSubject);
    }

    static Caller admin(String subject, String email) {
        return new Caller(subject, email, Audience.CUSTOMER_ADMIN, null);
    }

    @Test
    void suspendingYourselfByYourRecordedSubjectIsRefused() {
        assertThatThrownBy(() -> SelfActions.refuseSelf(admin("sub-bob", null), bob("sub-bob"), "suspend"))
                .isInstanceOf(SelfActionException.class)
                .hasMessage("you cannot suspend yourself; ask another admin of the tenant");
    }

    @Test
    void yourEmailClaimEqualToTheMailboxIsRecognisedWhenNoSubjectIsRecorded() {
        assertThatThrownBy(() -> SelfActions.refuseSelf(admin("whatever", "Bob@ACME.test"), bob(null), "remove"))
                .isInstanceOf(SelfActionException.class).hasMessageContaining("remove yourself");
    }

    @Test
    void theEmailClaimAlsoCountsWhenTheSubjectDiffers() {
        // refusing a doubtful case only sends the caller to another admin; letting it through could lock them out
        assertThatThrownBy(() -> SelfActions.refuseSelf(admin("sub-other", "bob@acme.test"), bob("sub-bob"),
                "force-logout")).isInstanceOf(SelfActionException.class).hasMessageContaining("force-logout yourself");
    }

    @Test
    void anotherCallerMayActOnTheMember() {
        assertThatCode(() -> SelfActions.refuseSelf(admin("sub-alice", "alice@acme.test"), bob("sub-bob"), "suspend"))
                .doesNotThrowAnyException();
        assertThatCode(() -> SelfActions.refuseSelf(admin("sub-alice", null), bob(null), "suspend"))
                .as("no e-mail claim and no recorded subject: nothing matches").doesNotThrowAnyException();
        assertThatCode(() -> SelfActions.refuseSelf(admin("sub-alice", "bob@acme.test.evil"), bob(null), "suspend"))
                .as("exact mailbox only").doesNotThrowAnyException();
    }

    @Test
    void theRuleHoldsWhateverTheAudience() {
        Caller operator = new Caller("sub-bob", null, Audience.OPERATOR, null);
        Caller partner = new Caller("x", "bob@acme.test", Audience.PARTNER, new PartnerId("reseller"));
        assertThatThrownBy(() -> SelfActions.refuseSelf(operator, bob("sub-bob"), "suspend"))
                .isInstanceOf(SelfActionException.class);
        assertThatThrownBy(() -> SelfActions.refuseSelf(partner, bob("sub-bob"), "remove"))
                .isInstanceOf(SelfActionException.class);
    }

    @Test
    void theRefusalIsA403ProblemNamingTheActionAndTheWayOut() {
        ProblemDetail problem = new ApiExceptionHandler(null).selfAction(new SelfActionException("suspend"));

        assertThat(problem.getStatus()).isEqualTo(HttpStatus.FORBIDDEN.value());
        assertThat(problem.getDetail()).isEqualTo("you cannot suspend yourself; ask another admin of the tenant");
        assertThat(problem.getProperties()).containsEntry("code", "self-action").containsEntry("action", "suspend");
    }
}
