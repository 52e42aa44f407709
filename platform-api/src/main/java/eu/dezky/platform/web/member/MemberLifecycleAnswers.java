package eu.dezky.platform.web.member;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import eu.dezky.api.member.MemberId;
import eu.dezky.api.member.MemberOperationKind;
import eu.dezky.api.operation.OperationStatus;

/** The lifecycle routes' answers; {@code oneTimePassword} only after a password reset, and only in this answer. */
final class MemberLifecycleAnswers {

    private MemberLifecycleAnswers() {
    }

    /** 200: the member as the operation left them; their {@code operation} says whether it succeeded. */
    record Ended(@JsonUnwrapped MemberRequests.Member member,
                 @JsonInclude(JsonInclude.Include.NON_NULL) String oneTimePassword) {
    }

    /** 202: the operation is still running; poll {@code Location}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Running(String id, String kind, OperationStatus status, String member, String oneTimePassword) {

        static Running of(String operationId, MemberOperationKind kind, MemberId memberId, String slug,
                          String oneTimePassword) {
            return new Running(operationId, kind.wireName(), OperationStatus.RUNNING,
                    "/api/tenants/" + slug + "/members/" + memberId, oneTimePassword);
        }
    }
}
