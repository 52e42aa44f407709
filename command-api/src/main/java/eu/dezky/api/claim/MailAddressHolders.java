package eu.dezky.api.claim;

import java.util.List;

/** The holders of an address (member ids or other claimants, with their tenant), oldest first. */
public record MailAddressHolders(String address, List<Holder> holders) {

    /** One holder: {@code claimant} in the tenant with slug {@code tenant}. */
    public record Holder(String tenant, String claimant) {
    }
}
