package eu.dezky.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.authentication.JwtIssuerAuthenticationManagerResolver;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One authentication manager per trusted issuer, chosen by the token's {@code iss} (Spring Security's
 * {@link JwtIssuerAuthenticationManagerResolver}); a token from any other issuer is a 401. Each issuer's keys come
 * from its discovery document, fetched on first use so the engine starts while the SSO is down; each issuer accepts
 * only its own audiences, so a token one provider issued for the partner portal cannot pass as an operator token.
 */
final class IssuerAuthentication {

    private IssuerAuthentication() {
    }

    static AuthenticationManagerResolver<HttpServletRequest> resolver(SecuritySettings settings, DevIssuer devIssuer) {
        JwtCallerConverter converter = new JwtCallerConverter(settings);
        Map<String, AuthenticationManager> managers = new HashMap<>();
        if (settings.devIssuer()) {
            Set<String> all = Set.copyOf(List.of(settings.audienceValue(Audience.CUSTOMER_ADMIN),
                    settings.audienceValue(Audience.PARTNER), settings.audienceValue(Audience.OPERATOR)));
            managers.put(DevIssuer.ISSUER, manager(devIssuer.decoder(validator(DevIssuer.ISSUER, all)), converter));
        }
        settings.trustedIssuers().forEach((issuer, audiences) ->
                managers.put(issuer, manager(discovered(issuer, validator(issuer, audiences)), converter)));
        return new JwtIssuerAuthenticationManagerResolver(managers::get);
    }

    private static JwtDecoder discovered(String issuer, OAuth2TokenValidator<Jwt> validator) {
        return new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(issuer).build();
            decoder.setJwtValidator(validator);
            return decoder;
        });
    }

    /** Signature, expiry and not-before (Spring's defaults, 60 s skew), the issuer, and one of its audiences. */
    private static OAuth2TokenValidator<Jwt> validator(String issuer, Set<String> audiences) {
        OAuth2TokenValidator<Jwt> audience = jwt -> jwt.getAudience() != null
                && jwt.getAudience().stream().anyMatch(audiences::contains)
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token",
                "the token's aud is not an audience of its issuer", null));
        return new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer), audience);
    }

    private static AuthenticationManager manager(JwtDecoder decoder, JwtCallerConverter converter) {
        JwtAuthenticationProvider provider = new JwtAuthenticationProvider(new CachingJwtDecoder(decoder, Instant::now));
        provider.setJwtAuthenticationConverter(converter);
        return new ProviderManager(provider);
    }
}
