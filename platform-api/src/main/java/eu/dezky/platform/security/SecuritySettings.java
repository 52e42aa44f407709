package eu.dezky.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.Map;

/**
 * Token settings: the SSO issuer (blank: the development issuer), the {@code aud} value of each audience, and
 * the claim that carries a partner's id.
 */
@ConfigurationProperties("dezky.security")
public record SecuritySettings(String issuerUri, Map<String, String> audiences, String partnerClaim) {

    public boolean devIssuer() {
        return issuerUri == null || issuerUri.isBlank();
    }

    /** The {@code aud} value tokens carry for {@code audience}. */
    public String audienceValue(Audience audience) {
        return audiences.getOrDefault(audience.claimName(), audience.claimName());
    }
}
