package eu.dezky.platform.security;

import eu.dezky.api.common.InvalidValueException;
import eu.dezky.api.common.PartnerId;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.jwt.Jwt;

import java.util.Arrays;
import java.util.List;

/**
 * Maps a verified JWT to a {@link Caller}. A token must name exactly one of our audiences; a partner token must
 * carry its partner id. Anything else is an invalid token (401), not a caller with fewer rights.
 */
class JwtCallerConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final SecuritySettings settings;

    JwtCallerConverter(SecuritySettings settings) {
        this.settings = settings;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        List<String> aud = jwt.getAudience() == null ? List.of() : jwt.getAudience();
        List<Audience> matching = Arrays.stream(Audience.values())
                .filter(audience -> aud.contains(settings.audienceValue(audience)))
                .toList();
        if (matching.size() != 1) {
            throw new InvalidBearerTokenException(matching.isEmpty()
                    ? "token is not meant for this service (aud)" : "token names more than one audience of this service");
        }
        if (jwt.getSubject() == null || jwt.getSubject().isBlank()) {
            throw new InvalidBearerTokenException("token has no subject");
        }
        Audience audience = matching.get(0);
        PartnerId partnerId = null;
        if (audience == Audience.PARTNER) {
            try {
                partnerId = new PartnerId(jwt.getClaimAsString(settings.partnerClaim()));
            } catch (InvalidValueException e) {
                throw new InvalidBearerTokenException("partner token without a valid " + settings.partnerClaim() + " claim");
            }
        }
        return new CallerAuthentication(new Caller(jwt.getSubject(), jwt.getClaimAsString("email"), audience, partnerId), jwt);
    }
}
