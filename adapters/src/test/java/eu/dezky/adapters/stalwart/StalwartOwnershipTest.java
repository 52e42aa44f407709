package eu.dezky.adapters.stalwart;

import eu.dezky.adapters.common.Ownership;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StalwartOwnershipTest {

    private static StalwartAccount described(String description) {
        return new StalwartAccount("d", "bob", "c", "bob@acme.test", description, true, List.of(),
                AccountPermissions.INHERIT);
    }

    @Test
    void theMarkerAtTheEndOfTheDescriptionNamesTenantAndMember() {
        Ownership owner = new Ownership("acme", "m-1");
        assertThat(StalwartAccount.describe("Bob Doe", owner)).isEqualTo("Bob Doe [dezky:acme/m-1]");
        assertThat(described(StalwartAccount.describe("Bob Doe", owner)).ownership()).contains(owner);
    }

    @Test
    void anAccountWithoutTheMarkerIsNobodysOfOurs() {
        assertThat(described(null).ownership()).isEmpty();
        assertThat(described("Bob Doe").ownership()).isEmpty();
        assertThat(described("[dezky:acme/m-1] moved by hand").ownership()).isEmpty();
    }
}
