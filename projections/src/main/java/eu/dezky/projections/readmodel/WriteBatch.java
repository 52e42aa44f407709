package eu.dezky.projections.readmodel;

/**
 * A thread's open batch of read-model writes (see {@link ReadModelTemplate#begin()}). {@link #commit()} sends them and
 * then runs the tasks registered with {@link #afterCommit(Runnable)}, such as storing the tracking token that says
 * the batch's events are done; {@link #close()} without a commit forgets them. A batch opened while another is open
 * on the same thread joins it: only the outer one commits.
 */
public final class WriteBatch implements AutoCloseable {

    private final ReadModelTemplate template;
    private final PendingWrites writes;
    private final boolean owner;
    private boolean ended;

    WriteBatch(ReadModelTemplate template, PendingWrites writes, boolean owner) {
        this.template = template;
        this.writes = writes;
        this.owner = owner;
    }

    /** A point in the batch's writes (see {@link #mark()}). */
    public record Mark(int sends, int writes) {
    }

    /** The point to come back to if what follows fails: one event's handler, say. */
    public Mark mark() {
        return writes.mark();
    }

    /**
     * Takes back the writes made since {@code mark}, so a handler that failed half-way leaves none of its writes
     * behind; false (nothing taken back) when they were sent meanwhile.
     */
    public boolean rollBackTo(Mark mark) {
        return writes.rollBackTo(mark);
    }

    /** Runs {@code task} once the batch's writes are in MongoDB; never if the batch is rolled back. */
    public void afterCommit(Runnable task) {
        writes.afterCommit(task);
    }

    public void commit() {
        if (owner && !ended) {
            ended = true;
            template.end(writes, true);
        }
    }

    /** Ends the batch; writes not committed by then are dropped. */
    @Override
    public void close() {
        if (owner && !ended) {
            ended = true;
            template.end(writes, false);
        }
    }
}
