package eu.dezky.platform.web.domain;

import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Makes the token of a domain's ownership TXT record: 24 random bytes as 32 URL-safe base64 characters, so only
 * someone who read it from the portal can publish it.
 */
@Component
class OwnershipTokens {

    private static final int BYTES = 24;
    private final SecureRandom random = new SecureRandom();

    String next() {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
