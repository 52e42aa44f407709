package eu.dezky.platform.application.domain;

import eu.dezky.api.domain.DomainName;
import eu.dezky.api.tenant.TenantId;
import eu.dezky.platform.secrets.SecretCipher;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/**
 * Makes the token of a domain's ownership TXT record: 24 random bytes as 32 URL-safe base64 characters, so only
 * someone who read it from the portal can publish it. A tenant claiming a domain another tenant holds gets a token of
 * its own that the engine derives (keyed with the vault key) from the tenant and the domain: the same whenever it
 * asks, so nothing needs storing between "publish this" and the takeover, and nobody else can compute it.
 */
@Component
class OwnershipTokens {

    private static final int BYTES = 24;
    private final SecureRandom random = new SecureRandom();
    private final SecretCipher cipher;

    OwnershipTokens(SecretCipher cipher) {
        this.cipher = cipher;
    }

    String next() {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    String forClaim(TenantId claimant, DomainName domain) {
        byte[] mac = cipher.mac("domain-claim", claimant.slug() + "\n" + domain.value());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(mac, BYTES));
    }
}
