package eu.dezky.platform.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A verified token is answered from memory until it expires; a refused one is verified again every time. */
class CachingJwtDecoderTest {

    private static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");

    private final AtomicInteger verifications = new AtomicInteger();
    /** The verifying decoder: "good-*" tokens expire a minute from now, anything else is refused. */
    private final JwtDecoder verifier = token -> {
        verifications.incrementAndGet();
        if (!token.startsWith("good")) {
            throw new BadJwtException("bad signature");
        }
        return Jwt.withTokenValue(token).header("alg", "ES256").subject(token).issuedAt(NOW)
                .expiresAt(NOW.plusSeconds(60)).build();
    };

    @Test
    void aVerifiedTokenIsAnsweredFromMemoryUntilItExpires() {
        AtomicReference<Instant> now = new AtomicReference<>(NOW);
        CachingJwtDecoder decoder = new CachingJwtDecoder(verifier, now::get);

        assertThat(decoder.decode("good-1").getSubject()).isEqualTo("good-1");
        assertThat(decoder.decode("good-1").getSubject()).isEqualTo("good-1");
        assertThat(decoder.decode("good-2").getSubject()).isEqualTo("good-2");
        assertThat(verifications).hasValue(2);

        now.set(NOW.plusSeconds(60)); // expired: the verifier (and its validators' clock skew) decides again
        decoder.decode("good-1");
        assertThat(verifications).hasValue(3);
    }

    @Test
    void aRefusedTokenIsNeverKept() {
        CachingJwtDecoder decoder = new CachingJwtDecoder(verifier, () -> NOW);

        assertThatThrownBy(() -> decoder.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThat(verifications).hasValue(2);
    }
}
