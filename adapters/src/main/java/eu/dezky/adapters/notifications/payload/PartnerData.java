package eu.dezky.adapters.notifications.payload;

/**
 * A partner (reseller) registered. The billing e-mail is where invoices go, which billing consumers need.
 */
public record PartnerData(String partnerId, String name, String billingEmail) implements PartnerScopedData {

    @Override
    public String subject() {
        return partnerId;
    }
}
