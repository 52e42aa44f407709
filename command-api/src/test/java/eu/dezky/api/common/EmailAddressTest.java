package eu.dezky.api.common;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmailAddressTest {

    @Test
    void domainPartIsLowerCasedAndTheLocalPartKept() {
        assertThat(new EmailAddress(" Alice.Smith@ACME.Test ").value()).isEqualTo("Alice.Smith@acme.test");
    }

    @ParameterizedTest
    @ValueSource(strings = {"alice", "alice@", "@acme.test", "alice@acme", "al ice@acme.test", "alice@acme..test",
            "alice@-acme.test", ".alice@acme.test", "alice@@acme.test"})
    void malformedAddressesAreRejected(String value) {
        assertThatThrownBy(() -> new EmailAddress(value)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aMissingAddressIsRejected() {
        assertThatThrownBy(() -> new EmailAddress(null)).isInstanceOf(InvalidValueException.class);
    }
}
