package eu.dezky.platform.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Conditional;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The development token issuer, active only when no SSO issuer is configured. Its RSA key is kept under the
 * data directory so tokens stay valid across restarts of a local engine.
 */
@Component
@Conditional(DevIssuerCondition.class)
public class DevIssuer {

    public static final String ISSUER = "urn:dezky:dev-issuer";
    private static final Logger log = LoggerFactory.getLogger(DevIssuer.class);
    private static final Duration LIFETIME = Duration.ofHours(8);

    private final RSAKey key;
    private final NimbusJwtEncoder encoder;

    public DevIssuer(@Value("${dezky.data-dir}") Path dataDir) {
        this.key = loadOrCreate(dataDir.resolve("dev-issuer").resolve("signing-key.jwk.json"));
        this.encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)));
        log.warn("Neither OIDC_ISSUER_URI nor OIDC_ISSUERS is set: using the development token issuer (POST /dev/token on loopback)."
                + " Not for production.");
    }

    /** Signs a token for {@code subject} with the given {@code aud} value and extra claims. */
    public String issue(String subject, String email, String audienceValue, String partnerClaim, String partnerId) {
        Instant now = Instant.now();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer(ISSUER).subject(subject).audience(List.of(audienceValue))
                .issuedAt(now).expiresAt(now.plus(LIFETIME)).id(UUID.randomUUID().toString());
        if (email != null) {
            claims.claim("email", email);
        }
        if (partnerId != null) {
            claims.claim(partnerClaim, partnerId);
        }
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(key.getKeyID()).build();
        return encoder.encode(JwtEncoderParameters.from(header, claims.build())).getTokenValue();
    }

    JwtDecoder decoder(OAuth2TokenValidator<Jwt> validator) {
        try {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(key.toRSAPublicKey()).build();
            decoder.setJwtValidator(validator);
            return decoder;
        } catch (JOSEException e) {
            throw new IllegalStateException("dev issuer key unusable", e);
        }
    }

    private static RSAKey loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return RSAKey.parse(Files.readString(file));
            }
            RSAKey generated = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
            Files.createDirectories(file.getParent());
            Files.writeString(file, generated.toJSONString());
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // Not a POSIX file system; the data directory's own permissions apply.
            }
            return generated;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the dev issuer key at " + file, e);
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException("dev issuer key at " + file + " is unreadable", e);
        }
    }
}
