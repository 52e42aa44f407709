package eu.dezky.platform.web.member;

import eu.dezky.api.member.MemberOperationKind;
import eu.dezky.platform.application.TenantReads;
import eu.dezky.platform.application.member.MemberDetails;
import eu.dezky.platform.application.member.MemberLifecycle;
import eu.dezky.platform.security.Caller;
import eu.dezky.platform.web.http.Accepted;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code PATCH} a member (JSON merge patch: a field left out is unchanged): display name and role. Answered like the
 * lifecycle operations: ended within the short wait, 200 with the member and its {@code member-update} operation;
 * otherwise 202 with the operation. A patch that changes nothing is 200 with the member as it is.
 */
@RestController
@Tag(name = "members")
class MemberDetailsController {

    /** The fields a member patch may carry; anything else is a 400 naming it. */
    record MemberPatch(String displayName, String role) {
    }

    private final TenantReads reads;
    private final MemberDetails details;
    private final Accepted accepted;

    MemberDetailsController(TenantReads reads, MemberDetails details, Accepted accepted) {
        this.reads = reads;
        this.details = details;
        this.accepted = accepted;
    }

    @ApiResponse(responseCode = "200", description = "Ended within the short wait (or nothing to change): the member;"
            + " its operation shows how it ended",
            content = @Content(schema = @Schema(implementation = MemberAnswers.Ended.class)))
    @ApiResponse(responseCode = "202", description = "Still running after the short wait: Location points at the operation",
            content = @Content(schema = @Schema(implementation = MemberAnswers.Running.class)))
    @PatchMapping(path = "/api/tenants/{slug}/members/{id}",
            consumes = {"application/merge-patch+json", "application/json"})
    ResponseEntity<MemberAnswers.Lifecycle> patch(@PathVariable String slug, @PathVariable String id,
                                                  @RequestBody MemberPatch body,
                                                  @AuthenticationPrincipal Caller caller) {
        MemberLifecycle.Started started = details.change(reads.tenantId(slug), id, body.displayName(), body.role(),
                caller, Accepted.SHORT_WAIT);
        return accepted.answer(slug, started.operationId(), started.settled(),
                () -> ResponseEntity.ok(new MemberAnswers.Ended(MemberAnswers.Member.of(started.member()), null)),
                MemberAnswers.Running.of(started.operationId(), MemberOperationKind.UPDATE, id, slug, null));
    }
}
