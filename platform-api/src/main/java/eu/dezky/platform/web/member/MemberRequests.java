package eu.dezky.platform.web.member;

import io.swagger.v3.oas.annotations.media.Schema;
/** The member routes' request bodies. */
final class MemberRequests {

    private MemberRequests() {
    }

    /**
     * {@code POST /members}: {@code {"displayName":"Bob Builder","username":"bob","role":"member"}}, or with
     * {@code "mailbox":"bob@a.example"} instead of the username to add a person of another tenant (linked membership).
     */
    @Schema(name = "CreateMemberRequest")
    record Create(String displayName, String username, String role, String mailbox) {
    }
}
