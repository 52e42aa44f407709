package eu.dezky.platform.web.partner;

import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import eu.dezky.platform.application.partner.PartnerStaffChanges;

import eu.dezky.api.common.RuleViolationException;
import eu.dezky.platform.security.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/**
 * {@code /api/partner/staff}: the caller's own partner's team. Any staff member reads it; only admins change it (the
 * security filter chain says so). An admin cannot remove themself, so a partner cannot lock itself out by accident:
 * another admin or an operator does it.
 */
@RestController
@Tag(name = "partners")
@RequestMapping("/api/partner/staff")
class PartnerStaffController {

    private final PartnerStaffChanges staff;

    PartnerStaffController(PartnerStaffChanges staff) {
        this.staff = staff;
    }

    @GetMapping
    StaffRequests.StaffList list(@AuthenticationPrincipal Caller caller) {
        return StaffRequests.StaffList.of(staff.partner(caller.partnerId().value()));
    }

    @ApiResponse(responseCode = "201", description = "Added (or changed); Location: the staff member",
            content = @Content(schema = @Schema(implementation = StaffRequests.Staff.class)))
    @PostMapping
    ResponseEntity<StaffRequests.Staff> add(@RequestBody StaffRequests.StaffBody body,
                                            @AuthenticationPrincipal Caller caller) {
        StaffRequests.Staff added = StaffRequests.Staff.of(staff.add(caller.partnerId(), body.subject(), body.email(),
                body.role()));
        return ResponseEntity.created(URI.create("/api/partner/staff/" + added.subject())).body(added);
    }

    @ApiResponse(responseCode = "204", description = "Taken off the staff list")
    @DeleteMapping("/{subject}")
    ResponseEntity<Void> remove(@PathVariable String subject, @AuthenticationPrincipal Caller caller) {
        if (subject.equals(caller.subject())) {
            throw new RuleViolationException("self-removal",
                    "you cannot remove yourself from your partner's staff; another admin or an operator can");
        }
        staff.remove(caller.partnerId(), subject);
        return ResponseEntity.noContent().build();
    }
}
