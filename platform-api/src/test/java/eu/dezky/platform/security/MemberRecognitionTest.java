package eu.dezky.platform.security;

import eu.dezky.api.member.MemberRole;
import eu.dezky.api.member.MemberStatus;
import eu.dezky.api.member.MemberView;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Who a caller is among a tenant's members: subject first, the e-mail claim as the fallback. */
class MemberRecognitionTest {

    static MemberView member(String ssoSubject) {
        return new MemberView("6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b", "acme", "Bob", "bob", MemberRole.ADMIN,
                "bob@acme.test", MemberStatus.ACTIVE, null, List.of(), Instant.EPOCH, List.of(), null, ssoSubject);
    }

    static Caller caller(String subject, String email) {
        return new Caller(subject, email, Audience.CUSTOMER_ADMIN, null);
    }

    @Test
    void theRecordedSubjectRecognisesTheCaller() {
        assertThat(MemberRecognition.isCaller(caller("s-1", null), member("s-1"))).isTrue();
        assertThat(MemberRecognition.isCaller(caller("s-2", null), member("s-1"))).isFalse();
    }

    @Test
    void withoutARecordedSubjectTheEmailClaimRecognisesTheCallerIgnoringCase() {
        assertThat(MemberRecognition.isCaller(caller("any", "BOB@acme.TEST"), member(null))).isTrue();
        assertThat(MemberRecognition.isCaller(caller("any", null), member(null))).isFalse();
        assertThat(MemberRecognition.isCaller(caller("any", "alice@acme.test"), member(null))).isFalse();
    }

    @Test
    void aKnownSubjectIsNotOverriddenByAnEmailClaimForGrantingRights() {
        assertThat(MemberRecognition.isCaller(caller("s-other", "bob@acme.test"), member("s-1"))).isFalse();
        assertThat(MemberRecognition.mayBeCaller(caller("s-other", "bob@acme.test"), member("s-1"))).isTrue();
    }
}
