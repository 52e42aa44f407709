package eu.dezky.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Remembers the bearer tokens it verified, until they expire: a portal sends the same token with every request, and
 * verifying it again (parse, signature, claims, validators) cost more CPU than many a request's own work. Only a
 * token that decoded and validated is kept, under its whole text (signature included), so a forged or altered token
 * is never a hit; a kept token stops being one at its {@code exp}, after which the validators decide again. The price:
 * a token signed with a key its issuer has since withdrawn stays accepted for at most {@link #KEPT} — bearer tokens
 * have no revocation either way.
 */
final class CachingJwtDecoder implements JwtDecoder {

    /** The longest a verified token is answered from memory. */
    static final Duration KEPT = Duration.ofMinutes(5);
    /** Tokens kept at most: about 2 kB each, so the cache stays under a few MB of the engine's heap. */
    static final int MAX_TOKENS = 2_000;

    private final JwtDecoder delegate;
    private final Supplier<Instant> now;
    private final Cache<String, Jwt> verified;

    CachingJwtDecoder(JwtDecoder delegate, Supplier<Instant> now) {
        this.delegate = delegate;
        this.now = now;
        this.verified = Caffeine.newBuilder().maximumSize(MAX_TOKENS).expireAfterWrite(KEPT).build();
    }

    @Override
    public Jwt decode(String token) {
        Jwt known = verified.getIfPresent(token);
        if (known != null && (known.getExpiresAt() == null || now.get().isBefore(known.getExpiresAt()))) {
            return known;
        }
        Jwt jwt = delegate.decode(token);
        verified.put(token, jwt);
        return jwt;
    }
}
