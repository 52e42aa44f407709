package eu.dezky.platform.replay;

import eu.dezky.projections.readmodel.ReadModelTemplate;
import eu.dezky.projections.readmodel.WriteBatch;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;

/**
 * The rebuild processor's transactions: each is a {@link WriteBatch} of the rebuild's template, so a batch of events
 * costs one bulk write per collection at commit. The tracking token stored during the batch waits for that commit
 * ({@link #storeAfterCommit}), so a token never claims events whose writes did not reach MongoDB.
 */
final class RebuildTransactions implements TransactionManager {

    private final ReadModelTemplate template;

    RebuildTransactions(ReadModelTemplate template) {
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
    void storeAfterCommit(Runnable storeToken) {
        template.currentBatch().ifPresentOrElse(batch -> batch.afterCommit(storeToken), storeToken);
    }
}
