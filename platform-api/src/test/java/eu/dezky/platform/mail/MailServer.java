package eu.dezky.platform.mail;

import com.fasterxml.jackson.databind.JsonNode;
import eu.dezky.platform.support.Simulators;
import eu.dezky.sandbox.stalwart.StalwartInspection;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** What the Stalwart simulator holds of aliases and lists, as the alias and list tests check it. */
final class MailServer {

    private final Simulators simulators;

    MailServer(Simulators simulators) {
        this.simulators = simulators;
    }

    /** Whether the mail server has {@code localPart@domain} as an alias on the account with {@code mailbox}. */
    boolean hasAlias(String mailbox, String localPart, String domain) {
        String domainId = domainId(domain);
        Optional<JsonNode> account = inspect().accountWithEmail(mailbox);
        assertThat(account).as("account " + mailbox).isPresent();
        for (JsonNode alias : account.get().path("aliases")) {
            if (alias.path("name").asText().equals(localPart) && alias.path("domainId").asText().equals(domainId)) {
                return true;
            }
        }
        return false;
    }

    /** The mail server's list named {@code localPart} on {@code domain}, if any. */
    Optional<JsonNode> list(String localPart, String domain) {
        String domainId = domainId(domain);
        return inspect().mailingLists().stream()
                .filter(l -> l.path("name").asText().equals(localPart) && l.path("domainId").asText().equals(domainId))
                .findFirst();
    }

    /** The simulator's id of a registered domain. */
    private String domainId(String domain) {
        return inspect().domainNamed(domain).orElseThrow().path("id").asText();
    }

    private StalwartInspection inspect() {
        return simulators.stalwartInspect();
    }
}
