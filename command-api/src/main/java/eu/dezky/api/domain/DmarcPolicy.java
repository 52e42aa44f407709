package eu.dezky.api.domain;

import eu.dezky.api.common.EmailAddress;
import eu.dezky.api.common.InvalidValueException;

import java.util.Set;

/** The DMARC policy a tenant wants published: {@code p=} and an optional aggregate-report address ({@code rua=}). */
public record DmarcPolicy(String policy, String rua) {

    private static final Set<String> POLICIES = Set.of("none", "quarantine", "reject");

    public DmarcPolicy {
        InvalidValueException.require(policy != null && POLICIES.contains(policy), "policy",
                "policy must be none, quarantine or reject");
        if (rua != null) {
            InvalidValueException.require(rua.startsWith("mailto:"), "rua", "rua must be a mailto: URI");
            try {
                new EmailAddress(rua.substring("mailto:".length()));
            } catch (InvalidValueException e) {
                throw new InvalidValueException("rua", "rua must be mailto: followed by an e-mail address");
            }
        }
    }

    /** The TXT value of the {@code _dmarc} record this policy asks for. */
    public String record() {
        return "v=DMARC1; p=" + policy + (rua == null ? "" : "; rua=" + rua);
    }
}
