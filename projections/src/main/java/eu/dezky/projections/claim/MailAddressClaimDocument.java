package eu.dezky.projections.claim;

import eu.dezky.api.claim.MailAddressHolders;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.ArrayList;
import java.util.List;

/** One claimed address in the {@code mail_address_claims} collection, keyed by the address (lookups by id only). */
@Document("mail_address_claims")
record MailAddressClaimDocument(@Id String address, List<MailAddressHolders.Holder> holders) {

    MailAddressClaimDocument with(MailAddressHolders.Holder holder) {
        List<MailAddressHolders.Holder> changed = new ArrayList<>(holders);
        changed.removeIf(h -> h.claimant().equals(holder.claimant()));
        changed.add(holder);
        return new MailAddressClaimDocument(address, changed);
    }

    MailAddressClaimDocument without(String claimant) {
        List<MailAddressHolders.Holder> changed = new ArrayList<>(holders);
        changed.removeIf(h -> h.claimant().equals(claimant));
        return new MailAddressClaimDocument(address, changed);
    }
}
