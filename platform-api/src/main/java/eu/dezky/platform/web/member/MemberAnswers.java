package eu.dezky.platform.web.member;

import io.swagger.v3.oas.annotations.media.Schema;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import eu.dezky.api.member.MemberPage;
import eu.dezky.api.member.MemberOperationKind;
import eu.dezky.api.member.MemberOperationView;
import eu.dezky.api.member.MemberRole;
import eu.dezky.api.member.MemberStatus;
import eu.dezky.api.member.MemberView;
import eu.dezky.api.member.StepStatus;
import eu.dezky.api.member.SystemAccount;
import eu.dezky.api.operation.OperationStatus;
import eu.dezky.platform.application.member.MemberStarted;
import eu.dezky.platform.web.http.Locations;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** The member routes' answers. A one-time password appears in the answer that made it, and nowhere else. */
final class MemberAnswers {

    private MemberAnswers() {
    }

    /** The role in the request's spelling ({@code admin}, {@code member}), so what is sent is what comes back. */
    static String wireRole(MemberRole role) {
        return role == null ? null : role.name().toLowerCase(Locale.ROOT);
    }

    /**
     * {@code GET /members/{id}} and each entry of the list: the read model's member with the role spelled as in
     * requests. {@code systems} is each account's state, {@code operation} the latest lifecycle operation (null before
     * the first); {@code ssoSubject} is the {@code sub} of the member's tokens (not a secret; null until known).
     */
    @Schema(name = "Member")
    record Member(String id, String tenant, String displayName, String username, String role, String mailbox,
                  MemberStatus status, String reason, List<StepStatus> steps, Instant createdAt,
                  List<SystemAccount> systems, MemberOperationView operation, String ssoSubject) {

        static Member of(MemberView view) {
            return new Member(view.id(), view.tenant(), view.displayName(), view.username(), wireRole(view.role()),
                    view.mailbox(), view.status(), view.reason(), view.steps(), view.createdAt(), view.systems(),
                    view.operation(), view.ssoSubject());
        }
    }

    /** {@code GET /members}: a page of the tenant's members, {@code total} matches in all. */
    @Schema(name = "MemberPage")
    record Members(List<Member> members, long total, String nextCursor) {

        static Members of(MemberPage page) {
            return new Members(page.members().stream().map(Member::of).toList(), page.total(), page.nextCursor());
        }
    }

    /** The answer to a create: the member, its onboarding operation and, this once, the one-time password. */
    @Schema(name = "CreatedMember")
    record Created(String id, MemberStatus status, String mailbox, String oneTimePassword, String displayName,
                   String username, String role, String reason, List<StepStatus> steps, String operationId) {

        /** The member as the read model shows it; before it does (a slow projection), what the create knows. */
        static Created of(MemberStarted started) {
            MemberView view = started.view();
            return view == null
                    ? new Created(started.memberId(), MemberStatus.PROVISIONING, started.mailbox(),
                            started.oneTimePassword(), null, null, null, null, null, started.operationId())
                    : new Created(view.id(), view.status(), view.mailbox(), started.oneTimePassword(),
                            view.displayName(), view.username(), wireRole(view.role()), view.reason(), view.steps(),
                            started.operationId());
        }
    }

    /** The answer to a lifecycle operation: {@link Ended} (200) or {@link Running} (202). */
    @Schema(name = "MemberOperationAnswer")
    sealed interface Lifecycle permits Ended, Running {
    }

    /** 200 to a lifecycle operation: the member as it left them; their {@code operation} says whether it worked. */
    @Schema(name = "MemberOperationEnded")
    record Ended(@JsonUnwrapped Member member, @JsonInclude(JsonInclude.Include.NON_NULL) String oneTimePassword)
            implements Lifecycle {
    }

    /** 202 to a lifecycle operation: still running; poll {@code Location}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "RunningMemberOperation")
    record Running(String id, String kind, OperationStatus status, String member, String oneTimePassword)
            implements Lifecycle {

        static Running of(String operationId, MemberOperationKind kind, String memberId, String slug,
                          String oneTimePassword) {
            return new Running(operationId, kind.wireName(), OperationStatus.RUNNING,
                    Locations.member(slug, memberId).toString(), oneTimePassword);
        }
    }
}
