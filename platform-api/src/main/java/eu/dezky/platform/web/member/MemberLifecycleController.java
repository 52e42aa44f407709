package eu.dezky.platform.web.member;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import eu.dezky.api.member.MemberOperationKind;
import eu.dezky.platform.application.TenantReads;
import eu.dezky.platform.application.member.MemberLifecycle;
import eu.dezky.platform.security.Caller;
import eu.dezky.platform.web.http.Accepted;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A member's lifecycle operations: suspend, resume, force logout, reset password; no request body. Ended within the
 * short wait: 200 with the member, whose {@code operation} shows how it ended (a failed one too: its reason and steps
 * are what the portal shows); otherwise 202 with the operation. A reset's new one-time password is in this answer only.
 */
@RestController
@Tag(name = "members")
class MemberLifecycleController {

    private final TenantReads reads;
    private final MemberLifecycle lifecycle;
    private final Accepted accepted;

    MemberLifecycleController(TenantReads reads, MemberLifecycle lifecycle, Accepted accepted) {
        this.reads = reads;
        this.lifecycle = lifecycle;
        this.accepted = accepted;
    }

    @ApiResponse(responseCode = "200", description = "Ended within the short wait: the member; its operation shows how it ended",
            content = @Content(schema = @Schema(implementation = MemberAnswers.Ended.class)))
    @ApiResponse(responseCode = "202", description = "Still running after the short wait: Location points at the operation",
            content = @Content(schema = @Schema(implementation = MemberAnswers.Running.class)))
    @PostMapping("/api/tenants/{slug}/members/{id}/suspend")
    ResponseEntity<MemberAnswers.Lifecycle> suspend(@PathVariable String slug, @PathVariable String id,
                              @AuthenticationPrincipal Caller caller) {
        return start(slug, id, MemberOperationKind.SUSPEND, caller);
    }

    @ApiResponse(responseCode = "200", description = "Ended within the short wait: the member; its operation shows how it ended",
            content = @Content(schema = @Schema(implementation = MemberAnswers.Ended.class)))
    @ApiResponse(responseCode = "202", description = "Still running after the short wait: Location points at the operation",
            content = @Content(schema = @Schema(implementation = MemberAnswers.Running.class)))
    @PostMapping("/api/tenants/{slug}/members/{id}/resume")
    ResponseEntity<MemberAnswers.Lifecycle> resume(@PathVariable String slug, @PathVariable String id,
                             @AuthenticationPrincipal Caller caller) {
        return start(slug, id, MemberOperationKind.RESUME, caller);
    }

    @ApiResponse(responseCode = "200", description = "Ended within the short wait: the member; its operation shows how it ended",
            content = @Content(schema = @Schema(implementation = MemberAnswers.Ended.class)))
    @ApiResponse(responseCode = "202", description = "Still running after the short wait: Location points at the operation",
            content = @Content(schema = @Schema(implementation = MemberAnswers.Running.class)))
    @PostMapping("/api/tenants/{slug}/members/{id}/logout")
    ResponseEntity<MemberAnswers.Lifecycle> logout(@PathVariable String slug, @PathVariable String id,
                             @AuthenticationPrincipal Caller caller) {
        return start(slug, id, MemberOperationKind.LOGOUT, caller);
    }

    @ApiResponse(responseCode = "200", description = "Ended within the short wait: the member; its operation shows how it ended",
            content = @Content(schema = @Schema(implementation = MemberAnswers.Ended.class)))
    @ApiResponse(responseCode = "202", description = "Still running after the short wait: Location points at the operation",
            content = @Content(schema = @Schema(implementation = MemberAnswers.Running.class)))
    @PostMapping("/api/tenants/{slug}/members/{id}/reset-password")
    ResponseEntity<MemberAnswers.Lifecycle> resetPassword(@PathVariable String slug, @PathVariable String id,
                                    @AuthenticationPrincipal Caller caller) {
        return start(slug, id, MemberOperationKind.RESET_PASSWORD, caller);
    }

    private ResponseEntity<MemberAnswers.Lifecycle> start(String slug, String id, MemberOperationKind kind, Caller caller) {
        MemberLifecycle.Started started = lifecycle.start(reads.tenantId(slug), id, kind, caller, Accepted.SHORT_WAIT);
        return accepted.answer(slug, started.operationId(), started.settled(),
                () -> ResponseEntity.ok(new MemberAnswers.Ended(MemberAnswers.Member.of(started.member()),
                        started.oneTimePassword())),
                MemberAnswers.Running.of(started.operationId(), kind, id, slug, started.oneTimePassword()));
    }
}
