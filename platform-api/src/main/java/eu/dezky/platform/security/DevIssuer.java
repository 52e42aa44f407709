package eu.dezky.platform.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
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
 * The development token issuer, active only when no SSO issuer is configured. Its key is kept under the data
 * directory so tokens stay valid across restarts of a local engine. It signs with ES256 (a P-256 key): generating
 * an RSA key took 0.3–2 s of a fresh engine's first start on two cores, a P-256 key takes milliseconds.
 */
@Component
@Conditional(DevIssuerCondition.class)
public class DevIssuer {

    public static final String ISSUER = "urn:dezky:dev-issuer";
    private static final Logger log = LoggerFactory.getLogger(DevIssuer.class);
    private static final Duration LIFETIME = Duration.ofHours(8);

    private final ECKey key;
    private final NimbusJwtEncoder encoder;

    public DevIssuer(@Value("${dezky.data-dir}") Path dataDir) {
        this.key = loadOrCreate(dataDir.resolve("dev-issuer").resolve("signing-key-es256.jwk.json"));
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
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.ES256).keyId(key.getKeyID()).build();
        return encoder.encode(JwtEncoderParameters.from(header, claims.build())).getTokenValue();
    }

    JwtDecoder decoder(OAuth2TokenValidator<Jwt> validator) {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.ES256,
                new ImmutableJWKSet<>(new JWKSet(key.toPublicJWK()))));
        // lifetimes are checked by the validator, with Spring's clock skew, as for the configured issuers
        processor.setJWTClaimsSetVerifier((claims, context) -> { });
        NimbusJwtDecoder decoder = new NimbusJwtDecoder(processor);
        decoder.setJwtValidator(validator);
        return decoder;
    }

    private static ECKey loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return ECKey.parse(Files.readString(file));
            }
            ECKey generated = new ECKeyGenerator(Curve.P_256).keyID(UUID.randomUUID().toString()).generate();
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
