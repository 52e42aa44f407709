package eu.dezky.platform.web.partner;

import io.swagger.v3.oas.annotations.media.Schema;
import eu.dezky.api.partner.PartnerStaff;
import eu.dezky.api.partner.PartnerView;

import java.time.Instant;
import java.util.List;

/** Request and response bodies of the staff routes, partner's and operator's alike. */
public final class StaffRequests {

    private StaffRequests() {
    }

    /** Body of a staff POST: the SSO subject of the person's partner tokens, their e-mail, {@code admin|member}. */
    @Schema(name = "StaffRequest")
    public record StaffBody(String subject, String email, String role) {
    }

    /** A staff member as the portal shows them. */
    @Schema(name = "PartnerStaff")
    public record Staff(String subject, String email, String role, Instant since) {

        public static Staff of(PartnerStaff staff) {
            return new Staff(staff.subject(), staff.email(), staff.role().wireName(), staff.since());
        }
    }

    /** The staff list of a partner. */
    @Schema(name = "PartnerStaffList")
    public record StaffList(List<Staff> staff) {

        public static StaffList of(PartnerView partner) {
            return new StaffList(partner.staff().stream().map(Staff::of).toList());
        }
    }

    /** A partner with its staff, as operators see it. */
    @Schema(name = "Partner")
    public record Partner(String id, String name, String billingEmail, Instant createdAt, List<Staff> staff) {

        public static Partner of(PartnerView view) {
            return new Partner(view.id(), view.name(), view.billingEmail(), view.createdAt(),
                    view.staff().stream().map(Staff::of).toList());
        }
    }
}
