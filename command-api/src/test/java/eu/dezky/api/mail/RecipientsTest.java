package eu.dezky.api.mail;

import eu.dezky.api.common.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecipientsTest {

    @Test
    void entriesAreTrimmedLowerCasedWithIdnDomainsAsALabels() {
        assertThat(Recipients.parse(List.of(" Anna@Example.ORG ", "info@bücher.example")).addresses())
                .containsExactly("anna@example.org", "info@xn--bcher-kva.example");
    }

    @Test
    void duplicatesAloneAreMergedSilentlyKeepingTheFirstPosition() {
        assertThat(Recipients.parse(List.of("b@x.test", "a@x.test", "B@X.test")).addresses())
                .containsExactly("b@x.test", "a@x.test");
    }

    @Test
    void everyInvalidEntryIsNamedWithTheDuplicatesFound() {
        assertThatThrownBy(() -> Recipients.parse(Arrays.asList("a@x.test", "nope", "A@x.test", "c@@x.test", null)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("recipients");
                    assertThat(e.getMessage()).contains("'nope'", "'c@@x.test'", "null",
                            "more than once: a@x.test");
                });
    }

    @Test
    void atLeastOneAndAtMostTheMaximum() {
        assertThatThrownBy(() -> Recipients.parse(List.of())).isInstanceOf(InvalidValueException.class);
        List<String> many = new ArrayList<>();
        for (int i = 0; i <= Recipients.MAX; i++) {
            many.add("r" + i + "@x.test");
        }
        assertThatThrownBy(() -> Recipients.parse(many)).hasMessageContaining("at most " + Recipients.MAX);
    }
}
