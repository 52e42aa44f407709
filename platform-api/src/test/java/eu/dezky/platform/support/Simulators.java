package eu.dezky.platform.support;

import eu.dezky.platform.integrations.Sandbox;
import eu.dezky.sandbox.authentik.AuthentikSimulator;
import eu.dezky.sandbox.authentik.AuthentikUserState;
import eu.dezky.sandbox.ocis.OcisSimulator;
import eu.dezky.sandbox.ocis.OcisUserState;
import eu.dezky.sandbox.stalwart.StalwartInspection;
import eu.dezky.sandbox.stalwart.StalwartSandboxSimulator;

import static org.assertj.core.api.Assertions.assertThat;

/** The engine's sandbox simulators (Authentik, oCIS, Stalwart) by type, for fault injection and inspection. */
public final class Simulators {

    private final Sandbox sandbox;

    public Simulators(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    public AuthentikSimulator authentik() {
        return (AuthentikSimulator) sandbox.simulator("authentik").orElseThrow();
    }

    public OcisSimulator ocis() {
        return (OcisSimulator) sandbox.simulator("ocis").orElseThrow();
    }

    public StalwartSandboxSimulator stalwart() {
        return (StalwartSandboxSimulator) sandbox.simulator("stalwart").orElseThrow();
    }

    public StalwartInspection stalwartInspect() {
        return stalwart().simulator().inspect();
    }

    /** The SSO user named {@code username}; fails if Authentik has none. */
    public AuthentikUserState ssoUser(String username) {
        return authentik().users().stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow();
    }

    /** The file-storage user named {@code username}; fails if oCIS has none. */
    public OcisUserState filesUser(String username) {
        return ocis().users().stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow();
    }

    /** Stalwart's id of the account with mailbox {@code address}; fails if there is none. */
    public String mailboxId(String address) {
        return stalwartInspect().accountWithEmail(address).orElseThrow().path("id").asText();
    }

    /** Asserts that no system has an account for {@code address} any more: no SSO user, mailbox or file user. */
    public void assertNoAccounts(String address) {
        assertThat(authentik().users()).as("SSO users").noneMatch(u -> u.username().equals(address));
        assertThat(stalwartInspect().accountWithEmail(address)).as("mailbox").isEmpty();
        assertThat(ocis().users()).as("file users").noneMatch(u -> u.username().equals(address));
    }

    /** Forgets every planned fault (and call count) in all three simulators, so the next test starts clean. */
    public void clearFaults() {
        authentik().faults().clear();
        ocis().faults().clear();
        stalwart().faults().clear();
    }
}
