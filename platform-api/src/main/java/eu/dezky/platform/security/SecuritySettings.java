package eu.dezky.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Token settings: the SSO issuers whose tokens are accepted, the {@code aud} value of each audience, and the claim
 * that carries a partner's id. Two forms, which may be combined: {@code issuerUri} (OIDC_ISSUER_URI), one issuer whose
 * tokens may carry any of the three audiences; and {@code issuers} (OIDC_ISSUERS), a comma-separated list of
 * {@code issuer=aud} pairs, as Authentik gives every OAuth2 provider (one per portal audience) its own issuer. Neither
 * set: the development issuer.
 */
@ConfigurationProperties("dezky.security")
public record SecuritySettings(String issuerUri, String issuers, Map<String, String> audiences, String partnerClaim) {

    public boolean devIssuer() {
        return blank(issuerUri) && blank(issuers);
    }

    /** The {@code aud} value tokens carry for {@code audience}. */
    public String audienceValue(Audience audience) {
        return audiences.getOrDefault(audience.claimName(), audience.claimName());
    }

    /**
     * Every trusted issuer with the {@code aud} values its tokens may carry. A pair naming an {@code aud} that is none
     * of the three configured audiences stops the start: such tokens could never be mapped to a caller.
     */
    public Map<String, Set<String>> trustedIssuers() {
        Map<String, Set<String>> trusted = new LinkedHashMap<>();
        if (!blank(issuerUri)) {
            Arrays.stream(Audience.values()).forEach(a -> add(trusted, issuerUri.trim(), audienceValue(a)));
        }
        if (!blank(issuers)) {
            Set<String> known = new LinkedHashSet<>();
            Arrays.stream(Audience.values()).forEach(a -> known.add(audienceValue(a)));
            for (String pair : issuers.split(",")) {
                if (pair.isBlank()) {
                    continue;
                }
                int split = pair.lastIndexOf('=');
                String issuer = split < 0 ? "" : pair.substring(0, split).trim();
                String audience = split < 0 ? "" : pair.substring(split + 1).trim();
                if (issuer.isEmpty() || !known.contains(audience)) {
                    throw new IllegalStateException("OIDC_ISSUERS: '" + pair.trim() + "' is not issuer=audience with"
                            + " one of the configured audiences " + known);
                }
                add(trusted, issuer, audience);
            }
        }
        trusted.replaceAll((issuer, values) -> Collections.unmodifiableSet(values));
        return Collections.unmodifiableMap(trusted);
    }

    private static void add(Map<String, Set<String>> trusted, String issuer, String audience) {
        trusted.computeIfAbsent(issuer, i -> new LinkedHashSet<>()).add(audience);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
