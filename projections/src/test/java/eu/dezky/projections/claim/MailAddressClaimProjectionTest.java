package eu.dezky.projections.claim;

import eu.dezky.api.claim.FindMailAddressHoldersQuery;
import eu.dezky.api.claim.MailAddress;
import eu.dezky.api.claim.MailAddressClaimedEvent;
import eu.dezky.api.claim.MailAddressHolders;
import eu.dezky.api.claim.MailAddressJoinedEvent;
import eu.dezky.api.claim.MailAddressLeftEvent;
import eu.dezky.api.claim.MailAddressReleasedEvent;
import eu.dezky.api.tenant.TenantId;
import eu.dezky.projections.support.InMemoryMongo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The address holders read model on the Mongo-protocol server the engine embeds. */
class MailAddressClaimProjectionTest {

    static final TenantId ACME = new TenantId("acme");
    static final MailAddress BOB = new MailAddress("bob@acme.org");

    @RegisterExtension
    final InMemoryMongo mongo = new InMemoryMongo();
    MailAddressClaimProjection claims;

    @BeforeEach
    void start() {
        claims = new MailAddressClaimProjection(mongo.template());
    }

    @Test
    void holdersFollowClaimsJoinsLeavesAndTheRelease() {
        claims.on(new MailAddressClaimedEvent(BOB, ACME, "m-a"));
        claims.on(new MailAddressJoinedEvent(BOB, new TenantId("globex"), "m-b", "m-a"));
        assertThat(claims.handle(new FindMailAddressHoldersQuery(BOB)).holders()).containsExactly(
                new MailAddressHolders.Holder("acme", "m-a"), new MailAddressHolders.Holder("globex", "m-b"));

        claims.on(new MailAddressLeftEvent(BOB, ACME, "m-a", false));
        assertThat(claims.handle(new FindMailAddressHoldersQuery(BOB)).holders())
                .isEqualTo(List.of(new MailAddressHolders.Holder("globex", "m-b")));
        claims.on(new MailAddressLeftEvent(BOB, new TenantId("globex"), "m-b", true));
        assertThat(claims.handle(new FindMailAddressHoldersQuery(BOB))).isNull();
        claims.on(new MailAddressReleasedEvent(BOB, new TenantId("globex"), "m-b"));
        assertThat(claims.handle(new FindMailAddressHoldersQuery(BOB))).isNull();
        assertThat(claims.handle(new FindMailAddressHoldersQuery(new MailAddress("nobody@acme.org")))).isNull();
    }
}
