package eu.dezky.platform.readmodel;

import eu.dezky.projections.readmodel.ReadModelTemplate;
import eu.dezky.projections.readmodel.WriteBatch;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;

/**
 * A projection processor's transactions: each is a {@link WriteBatch} of its template, so a batch of events costs one
 * bulk write per collection at commit instead of a round trip per save (an onboarding's five events at once were ten
 * round trips to the member views alone). The tracking token stored during the batch waits for that commit
 * ({@link #storeAfterCommit}), so a token never claims events whose writes did not reach MongoDB. Live projections
 * and rebuilds both run on these; a projection handler sees its own pending writes in lookups by id, and any other
 * query first sends them ({@link ReadModelTemplate}).
 */
public final class ReadModelTransactions implements TransactionManager {

    private final ReadModelTemplate template;

    public ReadModelTransactions(ReadModelTemplate template) {
        this.template = template;
    }

    @Override
    public Transaction startTransaction() {
        WriteBatch batch = template.begin();
        return new Transaction() {
            @Override
            public void commit() {
                batch.commit();
            }

            @Override
            public void rollback() {
                batch.close();
            }
        };
    }

    /** Stores a token after the current batch's commit, or at once outside a batch. */
    public void storeAfterCommit(Runnable storeToken) {
        template.currentBatch().ifPresentOrElse(batch -> batch.afterCommit(storeToken), storeToken);
    }
}
