package eu.dezky.platform.security;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The two ways to name trusted issuers (OIDC_ISSUER_URI and OIDC_ISSUERS), alone and together. */
class SecuritySettingsTest {

    private static final Map<String, String> AUDIENCES = Map.of("customer-admin", "dezky-admin", "partner", "dezky-partner",
            "operator", "dezky-operator");

    @Test
    void oneIssuerServesAllThreeAudiences() {
        var settings = new SecuritySettings("https://sso.example/application/o/dezky/", null, AUDIENCES, "partner_id");

        assertThat(settings.devIssuer()).isFalse();
        assertThat(settings.trustedIssuers()).isEqualTo(Map.of("https://sso.example/application/o/dezky/",
                Set.of("dezky-admin", "dezky-partner", "dezky-operator")));
    }

    @Test
    void eachListedIssuerServesItsOwnAudienceAndBothFormsCombine() {
        var settings = new SecuritySettings("https://a.example/", " https://sso.example/application/o/partner/=dezky-partner,"
                + "https://sso.example/application/o/ops/=dezky-operator ", AUDIENCES, "partner_id");

        assertThat(settings.trustedIssuers()).containsEntry("https://sso.example/application/o/partner/", Set.of("dezky-partner"))
                .containsEntry("https://sso.example/application/o/ops/", Set.of("dezky-operator"))
                .containsEntry("https://a.example/", Set.of("dezky-admin", "dezky-partner", "dezky-operator"));
    }

    @Test
    void aPairNamingNoConfiguredAudienceStopsTheStart() {
        var settings = new SecuritySettings(null, "https://sso.example/o/x/=operator", AUDIENCES, "partner_id");

        assertThatThrownBy(settings::trustedIssuers).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("OIDC_ISSUERS").hasMessageContaining("https://sso.example/o/x/=operator");
    }

    @Test
    void neitherFormMeansTheDevelopmentIssuer() {
        assertThat(new SecuritySettings("", " ", AUDIENCES, "partner_id").devIssuer()).isTrue();
    }
}
