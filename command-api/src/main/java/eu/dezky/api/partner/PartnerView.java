package eu.dezky.api.partner;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A partner with its current staff, served from the read model. */
public record PartnerView(String id, String name, String billingEmail, Instant createdAt, List<PartnerStaff> staff) {

    public PartnerView {
        staff = List.copyOf(staff);
    }

    /** The staff entry of {@code subject}, if they are on the list now. */
    public Optional<PartnerStaff> staffMember(String subject) {
        return staff.stream().filter(s -> s.subject().equals(subject)).findFirst();
    }
}
