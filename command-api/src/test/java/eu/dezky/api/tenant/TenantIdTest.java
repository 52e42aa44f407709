package eu.dezky.api.tenant;

import eu.dezky.api.common.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TenantIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"ab", "acme", "acme-aps", "a1", "0-9", "x23456789012345678901234567890123456789012345678901234567890123"})
    void slugsOfTwoToSixtyThreeLowercaseLettersDigitsAndInnerHyphensAreAccepted(String slug) {
        assertThat(new TenantId(slug).toString()).isEqualTo(slug);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a", "-acme", "acme-", "Acme", "ac_me", "acme.aps", "æble",
            "x234567890123456789012345678901234567890123456789012345678901234"})
    void anythingElseIsRejectedNamingTheSlugField(String slug) {
        assertThatThrownBy(() -> new TenantId(slug))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("slug");
    }
}
