package eu.dezky.platform.web.member;

import eu.dezky.api.member.MemberList;
import eu.dezky.api.member.MemberOperationView;
import eu.dezky.api.member.MemberRole;
import eu.dezky.api.member.MemberStatus;
import eu.dezky.api.member.MemberView;
import eu.dezky.api.member.StepStatus;
import eu.dezky.api.member.SystemAccount;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** The member routes' request and response bodies. */
public final class MemberRequests {

    private MemberRequests() {
    }

    /**
     * {@code POST /members}: {@code {"displayName":"Bob Builder","username":"bob","role":"member"}}, or with
     * {@code "mailbox":"bob@a.example"} instead of the username to add a person of another tenant (linked membership).
     */
    public record Create(String displayName, String username, String role, String mailbox) {
    }

    /** The role in the request's spelling ({@code admin}, {@code member}), so what is sent is what comes back. */
    public static String wireRole(MemberRole role) {
        return role == null ? null : role.name().toLowerCase(Locale.ROOT);
    }

    /**
     * {@code GET /members/{id}} and each entry of the list: the read model's member with the role spelled as in
     * requests. {@code systems} is each account's state, {@code operation} the latest lifecycle operation (null before
     * the first); {@code ssoSubject} is the {@code sub} of the member's tokens (not a secret; null until known).
     */
    public record Member(String id, String tenant, String displayName, String username, String role, String mailbox,
                  MemberStatus status, String reason, List<StepStatus> steps, Instant createdAt,
                  List<SystemAccount> systems, MemberOperationView operation, String ssoSubject) {

    public     static Member of(MemberView view) {
            return new Member(view.id(), view.tenant(), view.displayName(), view.username(), wireRole(view.role()),
                    view.mailbox(), view.status(), view.reason(), view.steps(), view.createdAt(), view.systems(),
                    view.operation(), view.ssoSubject());
        }
    }

    /** {@code GET /members}: the tenant's members, oldest first. */
    public record Members(List<Member> members) {

    public     static Members of(MemberList list) {
            return new Members(list.members().stream().map(Member::of).toList());
        }
    }

    /** The answer to a create: the member and, this once, their one-time password. */
    public record Created(String id, MemberStatus status, String mailbox, String oneTimePassword, String displayName,
                   String username, String role, String reason, List<StepStatus> steps) {

        /** Still provisioning; the read model may not even show the member yet. */
        static Created pending(String id, String mailbox, String oneTimePassword, MemberView view) {
            return view != null ? of(view, oneTimePassword)
                    : new Created(id, MemberStatus.PROVISIONING, mailbox, oneTimePassword, null, null, null, null, null);
        }

    public     static Created of(MemberView view, String oneTimePassword) {
            return new Created(view.id(), view.status(), view.mailbox(), oneTimePassword, view.displayName(),
                    view.username(), wireRole(view.role()), view.reason(), view.steps());
        }
    }

    /** An onboarding operation (its id is the member's id) or a removal operation. */
    public record Operation(String id, String kind, MemberStatus status, String reason, List<StepStatus> steps,
                     String member) {

    public     static Operation of(String slug, MemberView view) {
            return new Operation(view.id(), "member-onboarding", view.status(), view.reason(), view.steps(),
                    "/api/tenants/" + slug + "/members/" + view.id());
        }

    public     static Operation removal(String slug, String operationId, MemberView view) {
            return new Operation(operationId, "member-removal", view.status(), view.reason(), view.steps(),
                    "/api/tenants/" + slug + "/members/" + view.id());
        }
    }
}
