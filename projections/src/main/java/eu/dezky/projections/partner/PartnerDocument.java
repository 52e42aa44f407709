package eu.dezky.projections.partner;

import eu.dezky.api.partner.PartnerStaff;
import eu.dezky.api.partner.PartnerView;
import eu.dezky.api.partner.StaffRole;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** One partner in the {@code partners} collection, keyed by partner id, with its staff list ordered by subject. */
@Document("partners")
record PartnerDocument(@Id String id, String name, String billingEmail, Instant createdAt, List<Staff> staff) {

    /** A staff entry as stored. */
    record Staff(String subject, String email, StaffRole role, Instant since) {
    }

    PartnerDocument withStaff(Staff entry) {
        List<Staff> changed = new ArrayList<>(withoutStaff(entry.subject()).staff());
        changed.add(entry);
        changed.sort(Comparator.comparing(Staff::subject));
        return new PartnerDocument(id, name, billingEmail, createdAt, changed);
    }

    PartnerDocument withoutStaff(String subject) {
        return new PartnerDocument(id, name, billingEmail, createdAt,
                staff.stream().filter(s -> !s.subject().equals(subject)).toList());
    }

    PartnerView toView() {
        return new PartnerView(id, name, billingEmail, createdAt,
                staff.stream().map(s -> new PartnerStaff(s.subject(), s.email(), s.role(), s.since())).toList());
    }
}
