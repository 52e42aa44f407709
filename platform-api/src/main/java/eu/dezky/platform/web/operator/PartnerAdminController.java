package eu.dezky.platform.web.operator;

import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import eu.dezky.api.common.PartnerId;
import eu.dezky.api.partner.FindPartnersQuery;
import eu.dezky.api.partner.PartnerList;
import eu.dezky.api.partner.PartnerView;
import eu.dezky.platform.application.partner.PartnerRegistration;
import eu.dezky.platform.application.partner.PartnerStaffChanges;
import eu.dezky.platform.web.partner.StaffRequests;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

/**
 * {@code /api/operator/partners}: operators register resellers and manage any partner's staff.
 */
@RestController
@Tag(name = "operator")
@RequestMapping("/api/operator/partners")
class PartnerAdminController {

    private final QueryGateway queries;
    private final PartnerRegistration registration;
    private final PartnerStaffChanges staff;

    PartnerAdminController(QueryGateway queries, PartnerRegistration registration, PartnerStaffChanges staff) {
        this.queries = queries;
        this.registration = registration;
        this.staff = staff;
    }

    /** Body of {@code POST /api/operator/partners}. */
    @Schema(name = "CreatePartnerRequest")
    record CreatePartnerRequest(String name, String billingEmail) {
    }

    /** Every partner, ordered by name. */
    @Schema(name = "Partners")
    record Partners(List<StaffRequests.Partner> partners) {
    }

    @ApiResponse(responseCode = "201", description = "Created; Location: the partner",
            content = @Content(schema = @Schema(implementation = StaffRequests.Partner.class)))
    @PostMapping
    ResponseEntity<StaffRequests.Partner> create(@RequestBody CreatePartnerRequest body) {
        PartnerView partner = registration.register(body.name(), body.billingEmail());
        return ResponseEntity.created(URI.create("/api/operator/partners/" + partner.id()))
                .body(StaffRequests.Partner.of(partner));
    }

    @GetMapping
    Partners list() {
        return new Partners(queries.query(new FindPartnersQuery(), ResponseTypes.instanceOf(PartnerList.class)).join()
                .partners().stream().map(StaffRequests.Partner::of).toList());
    }

    @GetMapping("/{id}")
    StaffRequests.Partner get(@PathVariable String id) {
        return StaffRequests.Partner.of(staff.partner(id));
    }

    @ApiResponse(responseCode = "201", description = "Added (or changed); Location: the staff member",
            content = @Content(schema = @Schema(implementation = StaffRequests.Staff.class)))
    @PostMapping("/{id}/staff")
    ResponseEntity<StaffRequests.Staff> addStaff(@PathVariable String id, @RequestBody StaffRequests.StaffBody body) {
        PartnerId partner = new PartnerId(staff.partner(id).id());
        StaffRequests.Staff added = StaffRequests.Staff.of(staff.add(partner, body.subject(), body.email(),
                body.role()));
        return ResponseEntity.created(URI.create("/api/operator/partners/" + id + "/staff/" + added.subject()))
                .body(added);
    }

    @ApiResponse(responseCode = "204", description = "Taken off the staff list")
    @DeleteMapping("/{id}/staff/{subject}")
    ResponseEntity<Void> removeStaff(@PathVariable String id, @PathVariable String subject) {
        staff.remove(new PartnerId(staff.partner(id).id()), subject);
        return ResponseEntity.noContent().build();
    }
}
