package eu.dezky.api.partner;

import java.time.Instant;

/** One staff member of a partner as the read model shows them; {@code since} is when they were last added or changed. */
public record PartnerStaff(String subject, String email, StaffRole role, Instant since) {
}
