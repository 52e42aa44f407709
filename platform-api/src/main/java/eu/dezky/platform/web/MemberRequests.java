package eu.dezky.platform.web;

import eu.dezky.api.member.MemberRole;
import eu.dezky.api.member.MemberStatus;
import eu.dezky.api.member.MemberView;
import eu.dezky.api.member.StepStatus;

import java.util.List;

/** The member routes' request and response bodies. */
final class MemberRequests {

    private MemberRequests() {
    }

    /**
     * {@code POST /members}: {@code {"displayName":"Bob Builder","username":"bob","role":"member"}}, or with
     * {@code "mailbox":"bob@a.example"} instead of the username to add a person of another tenant (linked membership).
     */
    record Create(String displayName, String username, String role, String mailbox) {
    }

    /** The answer to a create: the member and, this once, their one-time password. */
    record Created(String id, MemberStatus status, String mailbox, String oneTimePassword, String displayName,
                   String username, MemberRole role, String reason, List<StepStatus> steps) {

        /** Still provisioning; the read model may not even show the member yet. */
        static Created pending(String id, String mailbox, String oneTimePassword, MemberView view) {
            return view != null ? of(view, oneTimePassword)
                    : new Created(id, MemberStatus.PROVISIONING, mailbox, oneTimePassword, null, null, null, null, null);
        }

        static Created of(MemberView view, String oneTimePassword) {
            return new Created(view.id(), view.status(), view.mailbox(), oneTimePassword, view.displayName(),
                    view.username(), view.role(), view.reason(), view.steps());
        }
    }

    /** An onboarding operation (its id is the member's id) or a removal operation. */
    record Operation(String id, String kind, MemberStatus status, String reason, List<StepStatus> steps,
                     String member) {

        static Operation of(String slug, MemberView view) {
            return new Operation(view.id(), "member-onboarding", view.status(), view.reason(), view.steps(),
                    "/api/tenants/" + slug + "/members/" + view.id());
        }

        static Operation removal(String slug, String operationId, MemberView view) {
            return new Operation(operationId, "member-removal", view.status(), view.reason(), view.steps(),
                    "/api/tenants/" + slug + "/members/" + view.id());
        }
    }
}
