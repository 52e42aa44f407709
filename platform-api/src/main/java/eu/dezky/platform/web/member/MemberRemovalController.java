package eu.dezky.platform.web.member;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import eu.dezky.platform.application.TenantReads;
import eu.dezky.platform.application.member.MemberRemoval;
import eu.dezky.platform.security.Caller;
import eu.dezky.platform.web.http.Accepted;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Removes a member ({@code DELETE /api/tenants/{slug}/members/{id}}): 204 when the removal finished within the short
 * wait (or the member was already removed: the caller's goal holds), else 202 with the removal operation; a removal
 * already running answers 202 with that operation. A member still being onboarded is a 409.
 */
@RestController
@Tag(name = "members")
class MemberRemovalController {

    private final TenantReads reads;
    private final MemberRemoval removal;
    private final Accepted accepted;

    MemberRemovalController(TenantReads reads, MemberRemoval removal, Accepted accepted) {
        this.reads = reads;
        this.removal = removal;
        this.accepted = accepted;
    }

    @ApiResponse(responseCode = "204", description = "Removed (or already removed)", content = @Content)
    @ApiResponse(responseCode = "202", description = "Still running after the short wait: Location points at the operation", content = @Content)
    @DeleteMapping("/api/tenants/{slug}/members/{id}")
    ResponseEntity<Void> remove(@PathVariable String slug, @PathVariable String id,
                                @AuthenticationPrincipal Caller caller) {
        MemberRemoval.Removal result = removal.remove(reads.tenantId(slug), id, caller, Accepted.SHORT_WAIT);
        return accepted.answer(slug, result.operationId(), result.done(), () -> ResponseEntity.noContent().build(),
                null);
    }
}
