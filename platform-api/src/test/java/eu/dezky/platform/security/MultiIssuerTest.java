package eu.dezky.platform.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import eu.dezky.platform.support.Api;
import eu.dezky.platform.support.ComponentTest;
import eu.dezky.platform.support.OidcServer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tokens as Authentik issues them, from a real OIDC server in the test JVM: three issuers, one per portal audience
 * (OIDC_ISSUERS) beside one issuer for all three (OIDC_ISSUER_URI), keys found through each issuer's discovery document, the partner id in the claim OIDC_PARTNER_CLAIM
 * names. Tokens of an unknown issuer, of an audience their issuer does not serve, expired ones and ones signed with
 * another key are refused; the development token route does not exist.
 */
@ComponentTest
class MultiIssuerTest {

    private static final String PARTNER_CLAIM = "dezky_partner";

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void issuers(DynamicPropertyRegistry registry) {
        registry.add("OIDC_ISSUERS", () -> OidcServer.issuer("portal-admin") + "=customer-admin,"
                + OidcServer.issuer("portal-partner") + "=partner," + OidcServer.issuer("portal-operator") + "=operator");
        registry.add("OIDC_PARTNER_CLAIM", () -> PARTNER_CLAIM);
        // The single-issuer form beside it: one issuer for all three audiences.
        registry.add("OIDC_ISSUER_URI", () -> OidcServer.issuer("portal-all"));
    }

    @Test
    void theSingleIssuerFormServesEveryAudience() {
        Api api = new Api(port);
        for (String audience : new String[] {"customer-admin", "operator"}) {
            var me = api.get("/api/me", OidcServer.token("portal-all", "u-" + audience, audience, Map.of(), 300));
            assertThat(me.status()).as(audience).isEqualTo(200);
            assertThat(me.body().get("audience").asText()).isEqualTo(audience);
        }
        var partner = api.get("/api/me", OidcServer.token("portal-all", "p", "partner", Map.of(PARTNER_CLAIM, "p_any"), 300));
        assertThat(partner.status()).isEqualTo(200);
        assertThat(partner.body().get("partnerId").asText()).isEqualTo("p_any");
        assertThat(partner.body().has("partner")).as("a partner claim alone makes nobody staff").isFalse();
    }

    @Test
    void eachIssuerIsTrustedForItsOwnAudience() {
        Api api = new Api(port);
        String operator = OidcServer.token("portal-operator", "op-sso", "operator", Map.of("name", "Olga Op"), 300);
        var me = api.get("/api/me", operator);
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        assertThat(me.body().get("audience").asText()).isEqualTo("operator");
        assertThat(me.body().get("name").asText()).isEqualTo("Olga Op");

        var partner = api.post("/api/operator/partners", operator, Map.of("name", "Nordic IT", "billingEmail", "b@nordic.test"));
        assertThat(partner.status()).isEqualTo(201);
        String partnerId = partner.body().get("id").asText();
        assertThat(api.post("/api/operator/partners/" + partnerId + "/staff", operator,
                Map.of("subject", "anna-sso", "email", "anna@nordic.test", "role", "admin")).status()).isEqualTo(201);

        String staff = OidcServer.token("portal-partner", "anna-sso", "partner", Map.of(PARTNER_CLAIM, partnerId), 300);
        assertThat(api.post("/api/tenants", staff, Api.tenantBody("sso-cust", "carl-sso", null)).status()).isEqualTo(201);
        // The tenant directory is a projection of its own: the new customer shows there a moment after the 201.
        await().atMost(Duration.ofSeconds(10)).until(() -> api.get("/api/me", staff).body().at("/tenants/0").isObject());
        var mine = api.get("/api/me", staff);
        assertThat(mine.body().at("/partner/name").asText()).isEqualTo("Nordic IT");
        assertThat(mine.body().at("/tenants/0/slug").asText()).isEqualTo("sso-cust");

        String admin = OidcServer.token("portal-admin", "carl-sso", "customer-admin", Map.of(), 300);
        assertThat(api.get("/api/tenants/sso-cust", admin).status()).isEqualTo(200);
        assertThat(api.get("/api/me", admin).body().at("/tenants/0/via").asText()).isEqualTo("tenant-admin");
    }

    @Test
    void tokensOfAnotherIssuerOrAudienceExpiredOrForeignSignedAreRefused() {
        Api api = new Api(port);
        // an issuer nobody configured, though the same server signs for it
        assertThat(api.get("/api/me", OidcServer.token("elsewhere", "x", "operator", Map.of(), 300)).status()).isEqualTo(401);
        // the customer-admin provider cannot mint operator tokens, nor tokens for some other application
        assertThat(api.get("/api/me", OidcServer.token("portal-admin", "x", "operator", Map.of(), 300)).status()).isEqualTo(401);
        assertThat(api.get("/api/me", OidcServer.token("portal-admin", "x", "other-app", Map.of(), 300)).status()).isEqualTo(401);
        // expired two minutes ago (beyond the 60 s clock skew)
        assertThat(api.get("/api/me", OidcServer.token("portal-operator", "x", "operator", Map.of(), -120)).status())
                .isEqualTo(401);
        // the right issuer and audience, signed with a key that is not the issuer's
        assertThat(api.get("/api/me", foreignSigned(OidcServer.issuer("portal-operator"), "operator")).status())
                .isEqualTo(401);
        // a partner token without the configured partner claim
        assertThat(api.get("/api/me", OidcServer.token("portal-partner", "x", "partner", Map.of("partner_id", "p_x"), 300))
                .status()).isEqualTo(401);
        // and still fine with a valid one
        assertThat(api.get("/api/me", OidcServer.token("portal-operator", "x", "operator", Map.of(), 300)).status())
                .isEqualTo(200);
    }

    @Test
    void theDevelopmentTokenRouteDoesNotExist() {
        var response = new Api(port).send("POST", "/dev/token", null, Map.of("sub", "x", "audience", "operator"), Map.of());

        assertThat(response.status()).isEqualTo(404);
    }

    private static String foreignSigned(String issuer, String audience) {
        try {
            RSAKey key = new RSAKeyGenerator(2048).keyID("foreign").generate();
            var claims = new JWTClaimsSet.Builder().issuer(issuer).subject("mallory").audience(List.of(audience))
                    .issueTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(300))).build();
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
