package eu.dezky.projections.claim;

import eu.dezky.api.claim.FindMailAddressHoldersQuery;
import eu.dezky.api.claim.MailAddressClaimedEvent;
import eu.dezky.api.claim.MailAddressHolders;
import eu.dezky.api.claim.MailAddressJoinedEvent;
import eu.dezky.api.claim.MailAddressLeftEvent;
import eu.dezky.api.claim.MailAddressReleasedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Who holds each address, so linking a membership can find the person's existing membership by mailbox. Only for
 * finding: whether an address may be shared or released is decided by the claim aggregate itself. An address whose
 * last holder left (accounts being torn down) or that was released has no holders here.
 */
@Component
@ProcessingGroup(MailAddressClaimProjection.PROCESSING_GROUP)
public class MailAddressClaimProjection {

    /** Processor name, also the key of its tracking token in MongoDB. */
    public static final String PROCESSING_GROUP = "mail-address-claim-views";

    private final MongoTemplate mongo;

    public MailAddressClaimProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(MailAddressClaimedEvent event) {
        mongo.save(new MailAddressClaimDocument(event.address().value(),
                List.of(new MailAddressHolders.Holder(event.tenantId().slug(), event.claimant()))));
    }

    @EventHandler
    void on(MailAddressJoinedEvent event) {
        MailAddressClaimDocument document = mongo.findById(event.address().value(), MailAddressClaimDocument.class);
        if (document != null) {
            mongo.save(document.with(new MailAddressHolders.Holder(event.tenantId().slug(), event.claimant())));
        }
    }

    @EventHandler
    void on(MailAddressLeftEvent event) {
        MailAddressClaimDocument document = mongo.findById(event.address().value(), MailAddressClaimDocument.class);
        if (document != null) {
            mongo.save(document.without(event.claimant()));
        }
    }

    @EventHandler
    void on(MailAddressReleasedEvent event) {
        mongo.save(new MailAddressClaimDocument(event.address().value(), List.of()));
    }

    /** Answers null for an address nobody holds. */
    @QueryHandler
    public MailAddressHolders handle(FindMailAddressHoldersQuery query) {
        MailAddressClaimDocument document = mongo.findById(query.address().value(), MailAddressClaimDocument.class);
        return document == null || document.holders().isEmpty() ? null
                : new MailAddressHolders(document.address(), List.copyOf(document.holders()));
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(MailAddressClaimDocument.class);
    }
}
