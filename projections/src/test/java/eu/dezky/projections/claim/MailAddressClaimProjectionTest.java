package eu.dezky.projections.claim;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import eu.dezky.api.claim.FindMailAddressHoldersQuery;
import eu.dezky.api.claim.MailAddress;
import eu.dezky.api.claim.MailAddressClaimedEvent;
import eu.dezky.api.claim.MailAddressHolders;
import eu.dezky.api.claim.MailAddressJoinedEvent;
import eu.dezky.api.claim.MailAddressLeftEvent;
import eu.dezky.api.claim.MailAddressReleasedEvent;
import eu.dezky.api.tenant.TenantId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The address holders read model on the Mongo-protocol server the engine embeds. */
class MailAddressClaimProjectionTest {

    static final TenantId ACME = new TenantId("acme");
    static final MailAddress BOB = new MailAddress("bob@acme.org");

    MongoServer server;
    MongoClient client;
    MailAddressClaimProjection claims;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create(server.bindAndGetConnectionString());
        claims = new MailAddressClaimProjection(new MongoTemplate(client, "test"));
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
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
