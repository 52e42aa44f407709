package eu.dezky.adapters.notifications.payload;

/**
 * A person added to or removed from a partner's staff ({@code role} only when added); the subject is the person's
 * token subject. Their e-mail address stays in the engine: it is personal data of the reseller's employees that no
 * consumer needs to act on the change.
 */
public record PartnerStaffData(String partnerId, String staffSubject, String role) implements PartnerScopedData {

    @Override
    public String subject() {
        return staffSubject;
    }
}
